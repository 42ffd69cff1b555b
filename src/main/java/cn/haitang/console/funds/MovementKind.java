package cn.haitang.console.funds;

/** What a movement is: four kinds of income, three of spending. A reversal keeps its original's kind. */
public enum MovementKind {
    DONATION(true), PROJECT_INCOME(true), ALLOCATION_IN(true), INTEREST(true),
    GRANT(false), OPERATING(false), ALLOCATION_OUT(false);

    private final boolean income;

    MovementKind(boolean income) {
        this.income = income;
    }

    public boolean isIncome() {
        return income;
    }

    /** The kinds a person records by hand (allocations in are created by their allocation out). */
    public boolean recordable() {
        return this != ALLOCATION_IN;
    }
}
