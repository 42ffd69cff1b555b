package cn.haitang.console.pairing;

import org.jspecify.annotations.Nullable;

/** Implemented by a feature that raises matters: the in-app link to one of its records named as a matter's origin. */
public interface MatterOriginLinks {

    /** The origin kind this feature answers for. */
    String kind();

    /** The route to the record (e.g. {@code deliberation/sessions?session=12}), or null when it no longer exists. */
    @Nullable String link(long id);
}
