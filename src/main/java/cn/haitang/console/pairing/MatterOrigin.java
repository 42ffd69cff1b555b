package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/**
 * Where a matter came from, as the feature that raised it describes it: a kind of its own (e.g. {@code DELIB_TOPIC}),
 * the record's id, a label to show ("逢五说事 2026-11-15 · 议题「…」") and, on reading, the link to it when the
 * feature offers one ({@link MatterOriginLinks}). The board knows none of those features.
 */
public record MatterOrigin(String kind, long id, String label, @Nullable String link) {

    static final int KIND_LENGTH = 32;
    static final int LABEL_LENGTH = 200;

    /** An origin as a feature gives it when it raises a matter. */
    public static MatterOrigin of(String kind, long id, String label) {
        return new MatterOrigin(kind, id, label, null);
    }
}
