package cn.haitang.console.funds;

/** PENDING waits for a second person's approval; only POSTED movements count in a balance. */
public enum MovementStatus { PENDING, POSTED, REJECTED }
