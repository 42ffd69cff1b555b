package cn.haitang.console.pairing;

/** Pairing figures of one town/street, computed in SQL. */
public record TownPairingFigures(long townId, String townName, long institutionsPaired, long communities,
                                 long communitiesPaired) {
}
