package org.cunwu.reports.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.LikePattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The published reports, their figures and definitions: written once, read often, never changed (the schema refuses it). */
@Repository
class PublishedReports {

    private static final String COLUMNS = "id, level, scope_id, town_id, village_id, scope_name, scope_label, period_from, period_to, "
            + "period_query, period_label_zh, period_label_en, title, note, published_at, published_by, published_by_name";

    private final RowMapper<PublishedReport> row = this::map;

    private final JdbcTemplate jdbc;
    private final ZoneId zone;

    PublishedReports(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.zone = clock.getZone();
    }

    /** Stores a report with its rendered tables, figures and definitions; returns its id. */
    long insert(PublishedReport report, String bodyZh, String bodyEn, List<PublishedReport.Value> values,
            List<PublishedReport.Definition> definitions) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("insert into published_report (level, scope_id, town_id, village_id, scope_name, "
                    + "scope_label, period_from, period_to, period_query, period_label_zh, period_label_en, title, note, published_by, "
                    + "published_by_name, body_zh, body_en) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            int i = 0;
            statement.setString(++i, report.level().name());
            statement.setObject(++i, report.scopeId());
            statement.setObject(++i, report.townId());
            statement.setObject(++i, report.villageId());
            statement.setString(++i, report.scopeName());
            statement.setString(++i, report.scopeLabel());
            statement.setDate(++i, Date.valueOf(report.from()));
            statement.setDate(++i, Date.valueOf(report.to()));
            statement.setString(++i, report.periodQuery());
            statement.setString(++i, report.periodLabelZh());
            statement.setString(++i, report.periodLabelEn());
            statement.setString(++i, report.title());
            statement.setString(++i, report.note());
            statement.setString(++i, report.publishedBy());
            statement.setString(++i, report.publishedByName());
            statement.setString(++i, bodyZh);
            statement.setString(++i, bodyEn);
            return statement;
        }, key);
        long id = key.getKey().longValue();
        jdbc.batchUpdate("insert into published_figure (report_id, unit_id, unit_name, figure, value) values (?, ?, ?, ?, ?)", values, 500,
                (statement, v) -> {
                    statement.setLong(1, id);
                    statement.setObject(2, v.unitId());
                    statement.setString(3, v.unitName());
                    statement.setString(4, v.figure().name());
                    statement.setBigDecimal(5, v.value());
                });
        jdbc.batchUpdate("insert into published_definition (report_id, figure, name_zh, name_en, definition_zh, definition_en) "
                + "values (?, ?, ?, ?, ?, ?)", definitions, 100, (statement, d) -> {
                    statement.setLong(1, id);
                    statement.setString(2, d.figure().name());
                    statement.setString(3, d.nameZh());
                    statement.setString(4, d.nameEn());
                    statement.setString(5, d.definitionZh());
                    statement.setString(6, d.definitionEn());
                });
        return id;
    }

    Optional<PublishedReport> find(long id) {
        return jdbc.query("select " + COLUMNS + " from published_report where id = ?", row, id).stream().findFirst();
    }

    /** The rendered tables in a language (Chinese unless English is asked for). */
    String body(long id, boolean english) {
        return jdbc.queryForObject("select " + (english ? "body_en" : "body_zh") + " from published_report where id = ?", String.class, id);
    }

    List<PublishedReport.Value> values(long id) {
        return jdbc.query("select unit_id, unit_name, figure, value from published_figure where report_id = ? order by unit_id nulls first, figure",
                (rs, n) -> new PublishedReport.Value(rs.getObject(1, Long.class), rs.getString(2), figure(rs.getString(3)), rs.getBigDecimal(4)), id)
                .stream().filter(v -> v.figure() != null).toList();
    }

    List<PublishedReport.Definition> definitions(long id) {
        return jdbc.query("select figure, name_zh, name_en, definition_zh, definition_en from published_definition where report_id = ?",
                (rs, n) -> new PublishedReport.Definition(figure(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)), id).stream().filter(d -> d.figure() != null).toList();
    }

    /** The published versions of one scope's report for exactly one period, newest first. */
    List<PublishedReport> of(ReportScope scope, Period period) {
        return jdbc.query("select " + COLUMNS + " from published_report where level = ? and scope_id is not distinct from ? "
                + "and period_from = ? and period_to = ? order by published_at desc, id desc", row, scope.level().name(), scope.id(),
                Date.valueOf(period.from()), Date.valueOf(period.to()));
    }

    /**
     * A page of the published reports a scope reads (a town's staff their town's and its villages'), newest first;
     * optionally of one level, with text in the title, note or scope, and whose period touches a year.
     */
    Page<PublishedReport> page(ReportScope.Level level, String q, Integer year, Pageable pageable) {
        List<Object> args = new ArrayList<>();
        StringBuilder where = new StringBuilder(" where ").append(Access.sqlVisible("town_id", "village_id", args));
        if (level != null) {
            where.append(" and level = ?");
            args.add(level.name());
        }
        if (q != null) {
            where.append(" and (title || ' ' || coalesce(note, '') || ' ' || scope_label) ilike ? escape '\\'");
            args.add(LikePattern.contains(q));
        }
        if (year != null) {
            where.append(" and period_from <= ? and period_to >= ?");
            args.add(Date.valueOf(LocalDate.of(year, 12, 31)));
            args.add(Date.valueOf(LocalDate.of(year, 1, 1)));
        }
        Long total = jdbc.queryForObject("select count(*) from published_report" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<PublishedReport> rows = jdbc.query("select " + COLUMNS + " from published_report" + where
                + " order by published_at desc, id desc limit ? offset ?", row, pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    private static Figure figure(String name) {
        try {
            return Figure.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null; // a figure this version no longer knows: kept in the table, not shown
        }
    }

    private PublishedReport map(ResultSet rs, int n) throws SQLException {
        return new PublishedReport(rs.getLong("id"), ReportScope.Level.valueOf(rs.getString("level")), rs.getObject("scope_id", Long.class),
                rs.getObject("town_id", Long.class), rs.getObject("village_id", Long.class), rs.getString("scope_name"),
                rs.getString("scope_label"), rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
                rs.getString("period_query"), rs.getString("period_label_zh"), rs.getString("period_label_en"), rs.getString("title"),
                rs.getString("note"), rs.getObject("published_at", OffsetDateTime.class).atZoneSameInstant(zone).toOffsetDateTime(),
                rs.getString("published_by"), rs.getString("published_by_name"));
    }
}
