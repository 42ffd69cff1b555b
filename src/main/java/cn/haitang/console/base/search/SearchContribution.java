package cn.haitang.console.base.search;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A feature's records in the one search box. A feature declares, as a Spring bean in its own package
 * annotated with {@link Searchable}, which entity holds searchable names, and says how a hit is shown and
 * opened; the search module maps that entity into the index (Chinese fragments, full pinyin, pinyin
 * initials), keeps it current on every write, applies the caller's scope in the query and asks the
 * feature to describe the hits. The feature never sees the search engine.
 */
public interface SearchContribution {

    /** A stable key ("compound"); the group's title is the message key {@code search.kind.<kind>}. */
    String kind();

    /** Where the group sits among the others. */
    int order();

    /**
     * The kind whose hits lead to this one's (accreditation applications are found through their
     * compounds); {@link #describe} then receives that kind's ids. Null for a {@link Searchable} kind.
     */
    default @Nullable String via() {
        return null;
    }

    /**
     * The hits for these ids, at most {@code limit}: already inside the caller's scope (the query applied
     * it), but a feature may narrow further. Ids of records gone since they were indexed are left out.
     */
    List<SearchHit> describe(Collection<Long> ids, int limit);
}
