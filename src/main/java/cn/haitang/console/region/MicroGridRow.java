package cn.haitang.console.region;

/** A micro-grid of a compound as lists and forms show it, with the version the user saw. */
public record MicroGridRow(long id, long version, long compoundId, String name, String gridWorker, int households) {
}
