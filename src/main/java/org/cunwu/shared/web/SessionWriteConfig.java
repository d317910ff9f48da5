package org.cunwu.shared.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Reading a page must not write the session's row. Spring Session stamps every request's time on the session and then
 * updates its row (last access and expiry), so each GET cost a write to {@code spring_session}. The update below
 * only changes the row when something else changed (a new id at sign-in, the principal, the timeout) or when the
 * stored access time is more than {@link #TOUCH_INTERVAL} old: an idle session then expires at most that much early,
 * which nobody notices over an eight-hour timeout. Attributes are written only when set (save mode on-set-attribute,
 * Spring Session's default, and flush mode on-save).
 */
@Configuration(proxyBeanMethods = false)
class SessionWriteConfig {

    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** The same parameters in the same order as Spring Session's own update, and a condition on the old row. */
    static final String UPDATE_SESSION_QUERY = """
            UPDATE %TABLE_NAME% S
            SET SESSION_ID = N.SESSION_ID, LAST_ACCESS_TIME = N.LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL = N.MAX_INACTIVE_INTERVAL,
                EXPIRY_TIME = N.EXPIRY_TIME, PRINCIPAL_NAME = N.PRINCIPAL_NAME
            FROM (SELECT CAST(? AS VARCHAR) AS SESSION_ID, CAST(? AS BIGINT) AS LAST_ACCESS_TIME, CAST(? AS INTEGER) AS MAX_INACTIVE_INTERVAL,
                         CAST(? AS BIGINT) AS EXPIRY_TIME, CAST(? AS VARCHAR) AS PRINCIPAL_NAME) N
            WHERE S.PRIMARY_ID = ?
              AND (S.SESSION_ID <> N.SESSION_ID OR S.MAX_INACTIVE_INTERVAL <> N.MAX_INACTIVE_INTERVAL
                   OR S.PRINCIPAL_NAME IS DISTINCT FROM N.PRINCIPAL_NAME
                   OR N.LAST_ACCESS_TIME >= S.LAST_ACCESS_TIME + TOUCH_MILLIS)
            """.replace("TOUCH_MILLIS", String.valueOf(TOUCH_INTERVAL.toMillis()));

    /**
     * An attribute two requests of one session set at the same time (the sign-in form's token, made by the first pages
     * a new session shows) is written by both: Spring Session inserts it from each, and the second insert failed on the
     * attributes' key, a server error in the middle of a page (spring-projects/spring-session#1213). The last write wins.
     */
    static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
            INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            VALUES (?, ?, ?)
            ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
            """;

    /** Runs after Boot's own customizer (highest precedence), whose table name setting resets every query. */
    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> coarseSessionTouch() {
        return repository -> {
            repository.setUpdateSessionQuery(UPDATE_SESSION_QUERY);
            repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
        };
    }
}
