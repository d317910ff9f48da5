package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A report is a fixed number of SQL statements whatever the size of its scope: the district (8 towns, 87
 * villages) costs what a town or a village costs, and adding villages adds none.
 */
@DemoIntegrationTest
@Import(ReportQueryCountTests.CountingDataSource.class)
class ReportQueryCountTests {

    static final AtomicInteger STATEMENTS = new AtomicInteger();

    /** Counts every statement prepared or created on the application's connections. */
    @TestConfiguration
    static class CountingDataSource {

        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource)) {
                        return bean;
                    }
                    return Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (p, method, args) -> {
                        Object result = invoke(dataSource, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
                }
            };
        }

        static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, method, args) -> {
                if (method.getName().equals("prepareStatement") || method.getName().equals("createStatement")
                        || method.getName().equals("prepareCall")) {
                    STATEMENTS.incrementAndGet();
                }
                return invoke(connection, method, args);
            });
        }

        static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    int statementsFor(Supplier<ReportScope> scope) {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
        ReportScope resolved = scope.get();
        STATEMENTS.set(0);
        Report report = reports.report(resolved, Period.ofYear(2023, true));
        assertThat(report.total().count(Figure.VILLAGES)).isPositive();
        return STATEMENTS.get();
    }

    @Test
    void aReportCostsTheSameWhateverItsSize() {
        Long town = jdbc.queryForObject("select id from town where name = '褚墩镇'", Long.class);
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        int district = statementsFor(reports::district);
        // ten aggregate queries since the report carries its month trend for the charts (the dashboard's own query moved in)
        assertThat(district).as("ten aggregate queries and the transaction's own").isBetween(10, 13);
        assertThat(statementsFor(() -> reports.town(town))).isLessThanOrEqualTo(district);
        assertThat(statementsFor(() -> reports.village(village))).as("plus the village's profile and its cadres in post")
                .isLessThanOrEqualTo(district + 2);
        jdbc.update("""
                insert into village (name, kind, code, town_id) select '计数村' || g, 'VILLAGE', '9999' || lpad(g::text, 8, '0'), ?
                from generate_series(1, 50) g""", town);
        assertThat(statementsFor(reports::district)).isEqualTo(district);
        jdbc.update("delete from village where name like '计数村%'");
    }
}
