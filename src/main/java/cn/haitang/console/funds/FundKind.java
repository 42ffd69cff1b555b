package cn.haitang.console.funds;

/** The city's special fund, or a community's governance fund. */
public enum FundKind { CITY, COMMUNITY }
