package cn.haitang.console.base.search;

import java.util.Collection;

/**
 * For writers that bypass JPA (bulk imports and the demo's JDBC batches): tells the search index which
 * rows of an entity changed. Writes through JPA entities need nothing: the index follows them at commit.
 */
public interface SearchIndexing {

    /** Re-reads these rows of the entity into the index (deleted ones leave it). */
    void reindex(Class<?> entity, Collection<Long> ids);

    /** Rebuilds the whole index of the entity (after a bulk load). */
    void rebuild(Class<?> entity);
}
