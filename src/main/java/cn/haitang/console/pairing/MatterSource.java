package cn.haitang.console.pairing;

/** Where a matter was raised: 逢五说事, 先锋夜谈, a resident, a grid worker. */
public enum MatterSource {
    FENGWU, PIONEER_NIGHT, RESIDENT, GRID_WORKER;

    public String messageKey() {
        return "pairing.matterSource.".concat(name());
    }
}
