package cn.haitang.console.pairing;

/** Where a micro-grid lies: resolved once, copied onto a report for fast counts by area. */
record GridPlace(long gridId, long compoundId, long communityId, long townId) {
}
