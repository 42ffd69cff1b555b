package cn.haitang.console.funds;

/** A contest proposal's life: submitted and reviewed, then not awarded, or awarded, in progress and closed. */
public enum ProjectState { SUBMITTED, NOT_AWARDED, AWARDED, IN_PROGRESS, CLOSED }
