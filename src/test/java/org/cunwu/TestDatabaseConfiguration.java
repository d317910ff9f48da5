package org.cunwu;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one place tests get their database: Testcontainers' PostgreSQL when a Docker engine answers,
 * otherwise the PostgreSQL named by CUNWU_TEST_DB_URL (default 127.0.0.1:5432/test) in a schema of this
 * test context's own, dropped when the context closes. Either way the portal's data is never touched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    static final String POSTGRES_IMAGE = "postgres:15.8-alpine";

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(POSTGRES_IMAGE);
    }

    @Bean
    @Conditional(DockerAvailable.class)
    FlywayConfigurationCustomizer containerSchema() {
        return configuration -> configuration.schemas("public");
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    RunSchema runSchema(Environment environment) {
        return new RunSchema(
                environment.getProperty("CUNWU_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                environment.getProperty("CUNWU_TEST_DB_USER", "postgres"),
                environment.getProperty("CUNWU_TEST_DB_PASSWORD", ""));
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    JdbcConnectionDetails runSchemaConnection(RunSchema schema) {
        return new JdbcConnectionDetails() {
            @Override
            public String getUsername() {
                return schema.user;
            }

            @Override
            public String getPassword() {
                return schema.password;
            }

            @Override
            public String getJdbcUrl() {
                return schema.url + (schema.url.contains("?") ? "&" : "?") + "currentSchema=" + schema.name;
            }
        };
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    FlywayConfigurationCustomizer runSchemaFlyway(RunSchema schema) {
        return configuration -> configuration.schemas(schema.name);
    }

    /** A schema made for one test context and dropped with it. */
    static final class RunSchema implements DisposableBean {

        final String url;
        final String user;
        final String password;
        final String name = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);

        RunSchema(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
            execute("create schema " + name);
        }

        @Override
        public void destroy() {
            execute("drop schema if exists " + name + " cascade");
        }

        private void execute(String sql) {
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the test PostgreSQL at " + url
                        + " (set CUNWU_TEST_DB_URL, or start Docker): " + e.getMessage(), e);
            }
        }
    }

    static final class DockerAvailable implements Condition {

        private static Boolean available;

        static synchronized boolean check() {
            if (available == null) {
                boolean answer;
                try {
                    answer = DockerClientFactory.instance().isDockerAvailable();
                } catch (RuntimeException | LinkageError e) {
                    answer = false;
                }
                available = answer && !"false".equals(System.getenv("CUNWU_TEST_DOCKER"));
            }
            return available;
        }

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return check();
        }
    }

    static final class DockerUnavailable implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !DockerAvailable.check();
        }
    }
}
