package cn.haitang.console.region;

/** Changshu's second level: towns (镇) and streets (街道). */
public enum TownKind {
    TOWN,
    STREET
}
