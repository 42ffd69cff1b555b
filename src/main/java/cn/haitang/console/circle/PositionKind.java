package cn.haitang.console.circle;

/** What kind of place a service position is; a room lent by an institution names the institution. */
public enum PositionKind {
    SERVICE_CENTRE, STATION_1510, OPEN_SPACE, CORRIDOR, LENT_ROOM, OTHER;

    public String messageKey() {
        return "circle.positionKind." + name();
    }
}
