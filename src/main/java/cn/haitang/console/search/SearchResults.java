package cn.haitang.console.search;

import cn.haitang.console.base.search.SearchHit;
import java.util.List;

/**
 * What the search box shows: one group per kind that has hits, in the kinds' order, each with how many
 * records matched in the caller's area and the best of them. {@code complete} is false while the index
 * is still being built after a start.
 */
public record SearchResults(String query, List<Group> groups, boolean complete) {

    public record Group(String kind, long total, List<SearchHit> hits) {
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }
}
