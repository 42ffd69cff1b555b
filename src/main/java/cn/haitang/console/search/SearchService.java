package cn.haitang.console.search;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.search.SearchContribution;
import cn.haitang.console.base.search.SearchHit;
import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search of the console: a name typed as Chinese (a word or any fragment), as full pinyin or as
 * pinyin initials, over every kind of record the features declare. The caller's scope is part of the
 * query: a coordinator's search is filtered to their town inside the index, so another town's records
 * are neither shown nor counted. Reviewers have no search (they work only on their assigned
 * applications, listed on their home page).
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** How many hits a group shows. */
    public static final int PER_KIND = 6;
    /** Longer queries are not names. */
    static final int MAX_QUERY_LENGTH = 40;

    private final EntityManager entityManager;
    private final CurrentUser currentUser;
    private final ObjectProvider<SearchContribution> contributions;
    private final SearchIndexer indexer;

    SearchService(EntityManager entityManager, CurrentUser currentUser,
                  ObjectProvider<SearchContribution> contributions, SearchIndexer indexer) {
        this.entityManager = entityManager;
        this.currentUser = currentUser;
        this.contributions = contributions;
        this.indexer = indexer;
    }

    /** Hits grouped by kind, best first, at most {@code perKind} per group, inside the caller's area. */
    public SearchResults search(@Nullable String text, int perKind) {
        Scope scope = currentUser.scope();
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH || scope.role() == Role.REVIEWER) {
            return new SearchResults(query, List.of(), indexer.ready());
        }
        Long town = scope.townFilter().orElse(null);
        List<SearchContribution> all = contributions.orderedStream()
                .sorted(Comparator.comparingInt(SearchContribution::order)).toList();
        Map<String, List<Long>> idsByKind = new HashMap<>();
        Map<String, SearchResults.Group> groups = new HashMap<>();
        for (SearchContribution contribution : all) {
            Searchable searchable = searchable(contribution);
            if (searchable == null) {
                continue;
            }
            SearchResult<Long> result = query(searchable, query, town, Math.max(perKind, 50));
            List<Long> ids = result.hits();
            idsByKind.put(contribution.kind(), ids);
            if (!ids.isEmpty()) {
                List<SearchHit> hits = contribution.describe(ids.subList(0, Math.min(ids.size(), perKind)), perKind);
                groups.put(contribution.kind(), new SearchResults.Group(contribution.kind(), result.total().hitCount(),
                        hits));
            }
        }
        for (SearchContribution contribution : all) {
            String via = contribution.via();
            if (via == null || idsByKind.getOrDefault(via, List.of()).isEmpty()) {
                continue;
            }
            List<SearchHit> hits = contribution.describe(idsByKind.get(via), Integer.MAX_VALUE);
            if (!hits.isEmpty()) {
                groups.put(contribution.kind(), new SearchResults.Group(contribution.kind(), hits.size(),
                        hits.subList(0, Math.min(hits.size(), perKind))));
            }
        }
        List<SearchResults.Group> ordered = all.stream().map(c -> groups.get(c.kind()))
                .filter(java.util.Objects::nonNull).toList();
        return new SearchResults(query, ordered, indexer.ready());
    }

    /**
     * The ids of one kind's records whose name matches, best first, inside the caller's area (for a
     * feature's own search, such as the structure tree's).
     */
    public List<Long> ids(String kind, @Nullable String text, int limit) {
        Scope scope = currentUser.scope();
        String query = text == null ? "" : text.strip();
        if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
            return List.of();
        }
        Long town = scope.townFilter().orElse(null);
        return contributions.orderedStream().filter(c -> c.kind().equals(kind)).findFirst()
                .map(SearchService::searchable)
                .map(s -> query(s, query, town, limit).hits())
                .orElse(List.of());
    }

    private SearchResult<Long> query(Searchable searchable, String text, @Nullable Long town, int limit) {
        boolean scoped = !searchable.town().isEmpty();
        return Search.session(entityManager).search(searchable.entity())
                .select(f -> f.id(Long.class))
                .where(f -> f.bool(b -> {
                    b.must(matches(f, text));
                    // a hit on a whole word (smartcn) ranks above a hit on a fragment
                    b.should(f.match().field(SearchMapping.WORDS).matching(text).boost(2f));
                    if (scoped && town != null) {
                        b.filter(f.match().field(SearchMapping.TOWN).matching(town));
                    }
                }))
                .fetch(limit);
    }

    /** Chinese text matches names by its characters and pairs; Latin text by pinyin, initials or name. */
    private static PredicateFinalStep matches(SearchPredicateFactory f, String text) {
        boolean chinese = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        PredicateFinalStep byName = f.match().field(SearchMapping.NAME).matching(text).minimumShouldMatchPercent(100);
        if (chinese) {
            return byName;
        }
        String typed = Pinyin.typed(text);
        return f.bool(b -> {
            b.should(byName);
            if (!typed.isEmpty()) {
                // ValueModel.INDEX: what was typed is already pinyin, not a name for the bridge to spell
                b.should(f.match().field(SearchMapping.INITIALS).matching(typed, ValueModel.INDEX).boost(1.5f));
                b.should(f.match().field(SearchMapping.PINYIN).matching(typed, ValueModel.INDEX));
            }
        });
    }

    static @Nullable Searchable searchable(SearchContribution contribution) {
        return AnnotationUtils.findAnnotation(org.springframework.aop.support.AopUtils.getTargetClass(contribution),
                Searchable.class);
    }

    /** The kinds a search can return, in order (for the dialog's labels). */
    public List<String> kinds() {
        List<String> kinds = new ArrayList<>();
        contributions.orderedStream().sorted(Comparator.comparingInt(SearchContribution::order))
                .forEach(c -> kinds.add(c.kind()));
        return kinds;
    }

    Optional<SearchContribution> contribution(String kind) {
        return contributions.orderedStream().filter(c -> c.kind().equals(kind)).findFirst();
    }
}
