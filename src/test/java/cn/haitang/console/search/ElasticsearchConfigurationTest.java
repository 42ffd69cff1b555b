package cn.haitang.console.search;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Several nodes share one Elasticsearch/OpenSearch index (profile {@code search-elasticsearch}). There is
 * no cluster on a build machine, so this starts the application with that profile and the operator's
 * settings as environment variables would give them, and checks that every setting resolved and the
 * search engine came up on the Elasticsearch backend with the Chinese analysis — without creating the
 * cluster's indexes (schema management off) and without a first indexing run (it would need the cluster).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        "HAITANG_SEARCH_HOSTS=search1.example.internal:9200,search2.example.internal:9200",
        "HAITANG_SEARCH_PROTOCOL=https",
        "HAITANG_SEARCH_USERNAME=haitang",
        "HAITANG_SEARCH_VERSION=opensearch:2.17",
        "spring.jpa.properties.hibernate.search.schema_management.strategy=none",
        "haitang.search.startup-indexing=off",
        "haitang.admin.password=Configuration-test-only-1"})
@ActiveProfiles({"test", "search-elasticsearch"})
@DirtiesContext // its own context, closed after this class: the suite's shared one stays on the embedded index
class ElasticsearchConfigurationTest {

    /**
     * Vaadin installs its security-context strategy in Spring Security's static holder when a context starts.
     * A second context in the suite's JVM replaces the shared context's strategy: the shared filter chain then
     * sets and clears one thread-local while views and services read another, so a signed-in user's context
     * stayed on Tomcat's threads and the next browser's first page loop-forwarded between the login and the
     * home page until the stack overflowed (in the middle of a JDBC read, which left that pooled connection
     * answering the wrong statements). The strategy in place before this class goes back after it.
     */
    private static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void keepTheSharedStrategy() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
    }

    @AfterAll
    static void restoreTheSharedStrategy() {
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    Environment environment;

    @Test
    void theApplicationStartsOnTheElasticsearchBackendWithTheOperatorsSettings() {
        String prefix = "spring.jpa.properties.hibernate.search.backend.";
        assertThat(environment.getProperty(prefix + "type")).isEqualTo("elasticsearch");
        assertThat(environment.getProperty(prefix + "hosts"))
                .isEqualTo("search1.example.internal:9200,search2.example.internal:9200");
        assertThat(environment.getProperty(prefix + "protocol")).isEqualTo("https");
        assertThat(environment.getProperty(prefix + "username")).isEqualTo("haitang");
        assertThat(environment.getProperty(prefix + "version")).isEqualTo("opensearch:2.17");
        assertThat(environment.getProperty(prefix + "analysis.configurer"))
                .isEqualTo("class:" + ChineseAnalysisElasticsearch.class.getName());

        var backend = Search.mapping(entityManagerFactory).backend();
        assertThat(backend.unwrap(ElasticsearchBackend.class)).isNotNull();
        assertThat(Search.mapping(entityManagerFactory).allIndexedEntities()).isNotEmpty();
    }
}
