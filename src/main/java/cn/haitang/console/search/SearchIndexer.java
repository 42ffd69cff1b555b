package cn.haitang.console.search;

import cn.haitang.console.base.search.SearchIndexing;
import cn.haitang.console.base.search.Searchable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the index whole. Writes through JPA update it at commit by themselves; this covers the rest. At
 * start (after the demo data), every searchable entity whose index holds another number of documents
 * than its table holds rows — an empty index, a database restored from a dump, bulk SQL — is rebuilt
 * (mass indexing), in the background by default so the app is usable at once ({@link #ready()} says when
 * the index is whole). Writers that bypass JPA call {@link #reindex} or {@link #rebuild}.
 */
@Component
@Order(900)
class SearchIndexer implements ApplicationRunner, SearchIndexing {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

    private final EntityManagerFactory entityManagerFactory;
    private final SearchMapping mapping;
    private final TransactionTemplate transaction;
    private final String mode;
    private final AtomicBoolean ready = new AtomicBoolean(false);

    SearchIndexer(EntityManagerFactory entityManagerFactory, SearchMapping mapping, PlatformTransactionManager transactions,
                  @Value("${haitang.search.startup-indexing:background}") String mode) {
        this.entityManagerFactory = entityManagerFactory;
        this.mapping = mapping;
        this.transaction = new TransactionTemplate(transactions);
        this.mode = mode;
    }

    /** Whether the index holds every record (false while it is being built after a start). */
    boolean ready() {
        return ready.get();
    }

    @Override
    public void run(ApplicationArguments args) {
        if ("off".equals(mode)) {
            log.info("Search index not checked at start (haitang.search.startup-indexing=off)");
        } else if ("wait".equals(mode)) {
            catchUp();
        } else {
            Thread thread = new Thread(this::catchUp, "search-indexer");
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** Rebuilds the index of every entity whose document count differs from its row count. */
    void catchUp() {
        long started = System.nanoTime();
        try {
            for (Searchable searchable : mapping.searchables()) {
                Class<?> entity = searchable.entity();
                long rows = transaction.execute(status -> {
                    EntityManager em = entityManagerFactory.createEntityManager();
                    try {
                        return em.createQuery("SELECT COUNT(e) FROM " + entity.getSimpleName() + " e", Long.class)
                                .getSingleResult();
                    } finally {
                        em.close();
                    }
                });
                long documents = documents(entity);
                if (rows != documents) {
                    log.info("Search index of {} holds {} documents for {} rows: rebuilding", entity.getSimpleName(),
                            documents, rows);
                    rebuild(entity);
                }
            }
            ready.set(true);
            log.info("Search index complete in {} ms", (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.error("Search index could not be brought up to date", e);
        }
    }

    private long documents(Class<?> entity) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            return Search.session(em).search(entity).where(f -> f.matchAll()).fetchTotalHitCount();
        } finally {
            em.close();
        }
    }

    @Override
    public void rebuild(Class<?> entity) {
        EntityManager em = entityManagerFactory.createEntityManager();
        try {
            Search.session(em).massIndexer(entity).threadsToLoadObjects(1).batchSizeToLoadObjects(500)
                    .purgeAllOnStart(true).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Indexing of " + entity.getSimpleName() + " was interrupted", e);
        } finally {
            em.close();
        }
    }

    @Override
    public void reindex(Class<?> entity, Collection<Long> ids) {
        transaction.executeWithoutResult(status -> {
            EntityManager em = entityManagerFactory.createEntityManager();
            try {
                SearchSession session = Search.session(em);
                for (Long id : ids) {
                    Object row = em.find(entity, id);
                    if (row == null) {
                        session.indexingPlan().purge(entity, id, null);
                    } else {
                        session.indexingPlan().addOrUpdate(row);
                    }
                }
                session.indexingPlan().execute();
            } finally {
                em.close();
            }
        });
    }
}
