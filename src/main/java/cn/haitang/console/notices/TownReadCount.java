package cn.haitang.console.notices;

/** Per addressed town: its coordinators and how many of them have read the notice. */
public record TownReadCount(long townId, String townName, long recipients, long readers) {

    public boolean allRead() {
        return recipients > 0 && readers == recipients;
    }
}
