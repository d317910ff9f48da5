package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Publishing a report (定稿): its figures, their definitions and its tables in both languages are stored as they are
 * now, to be shown again unchanged, beside the same report counted from today's records. Whoever reads a scope's
 * reports reads its published ones; anyone but a viewer may publish the reports of their scope.
 */
@Service
class PublishedReportService {

    static final int TITLE_MAX = 200;
    static final int NOTE_MAX = 1000;
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ReportService reports;
    private final ReportQueries queries;
    private final PublishedReports store;
    private final ReportModel model;
    private final TemplateEngine templates;
    private final MessageSource messages;
    private final Clock clock;

    PublishedReportService(ReportService reports, ReportQueries queries, PublishedReports store, ReportModel model, TemplateEngine templates,
            MessageSource messages, Clock clock) {
        this.reports = reports;
        this.queries = queries;
        this.store = store;
        this.model = model;
        this.templates = templates;
        this.messages = messages;
        this.clock = clock;
    }

    /** Anyone with a scope except a viewer (leaders read, they do not file). */
    boolean canPublish() {
        return Access.canCreate(Access.Editors.VILLAGE);
    }

    /**
     * Publishes the report of a scope (already checked as readable) for a valid period. The same title published twice
     * by the same user within a minute (a double click) gives the first one back.
     */
    @Transactional
    long publish(ReportScope scope, Period period, String periodQuery, String title, String note) {
        if (!canPublish()) {
            throw new AccessDeniedException("viewers do not publish reports");
        }
        if (!period.valid()) {
            throw new InvalidFieldException("period", "published.error.period");
        }
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_MAX) {
            throw new InvalidFieldException("title", "published.error.title");
        }
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) {
            throw new InvalidFieldException("note", "published.error.note");
        }
        PortalUser user = Scope.currentUser();
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (PublishedReport earlier : store.of(scope, period)) {
            if (earlier.title().equals(cleanTitle) && earlier.publishedBy().equals(user.getUsername())
                    && earlier.publishedAt().isAfter(now.minusMinutes(1))) {
                return earlier.id();
            }
        }
        Report report = reports.report(scope, period);
        String stamp = now.atZoneSameInstant(clock.getZone()).format(STAMP);
        PublishedReport published = new PublishedReport(null, scope.level(), scope.id(),
                scope.district() ? null : scope.town() ? scope.id() : scope.townId(), scope.villageId(), scope.name(),
                ReportModel.scopeLabel(scope), period.from(), period.to(), periodQuery.startsWith("?") ? periodQuery.substring(1) : periodQuery,
                model.periodLabel(period, Locale.SIMPLIFIED_CHINESE), model.periodLabel(period, Locale.ENGLISH), cleanTitle, cleanNote, now,
                user.getUsername(), user.getDisplayName());
        return store.insert(published, body(report, periodQuery, stamp, Locale.SIMPLIFIED_CHINESE), body(report, periodQuery, stamp, Locale.ENGLISH),
                values(report), definitions());
    }

    /** The report's tables as printed (no links: a published report points to no live list). */
    private String body(Report report, String periodQuery, String stamp, Locale locale) {
        Map<String, Object> attributes = model.paperAttributes(report, periodQuery, stamp, locale);
        return templates.process("reports/report-body", Set.of("body"), new Context(locale, attributes)).strip();
    }

    private static List<PublishedReport.Value> values(Report report) {
        List<PublishedReport.Value> values = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            values.add(new PublishedReport.Value(null, null, figure, decimal(report.total().get(figure))));
        }
        for (Report.Unit unit : report.units()) {
            for (Figure figure : Figure.values()) {
                values.add(new PublishedReport.Value(unit.id(), unit.name(), figure, decimal(unit.figures().get(figure))));
            }
        }
        return values;
    }

    private List<PublishedReport.Definition> definitions() {
        List<PublishedReport.Definition> definitions = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            definitions.add(new PublishedReport.Definition(figure, message(figure.messageKey(), Locale.SIMPLIFIED_CHINESE),
                    message(figure.messageKey(), Locale.ENGLISH), message(definitionKey(figure), Locale.SIMPLIFIED_CHINESE),
                    message(definitionKey(figure), Locale.ENGLISH)));
        }
        return definitions;
    }

    static String definitionKey(Figure figure) {
        return "report.definition." + figure.name();
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** A published report the user reads: their scope covers it; otherwise not found. */
    @Transactional(readOnly = true)
    PublishedReport find(long id) {
        PublishedReport report = store.find(id).orElseThrow(() -> new RecordNotFoundException("published report", id));
        if (!Access.canSee(report.townId(), report.villageId())) {
            throw new RecordNotFoundException("published report", id);
        }
        return report;
    }

    @Transactional(readOnly = true)
    String body(PublishedReport report, Locale locale) {
        return store.body(report.id(), "en".equals(locale.getLanguage()));
    }

    @Transactional(readOnly = true)
    Page<PublishedReport> page(ReportScope.Level level, String q, Integer year, Pageable pageable) {
        return store.page(level, q, year, pageable);
    }

    /** The published versions of the report of a scope for a period, newest first. */
    @Transactional(readOnly = true)
    List<PublishedReport> versionsOf(ReportScope scope, Period period) {
        return store.of(scope, period);
    }

    /** A published report's figures beside the same report counted from today's records, with what changed. */
    @Transactional(readOnly = true)
    Comparison compare(PublishedReport published, Locale locale) {
        List<PublishedReport.Value> values = store.values(published.id());
        Map<Figure, PublishedReport.Definition> definitions = new LinkedHashMap<>();
        store.definitions(published.id()).forEach(d -> definitions.put(d.figure(), d));
        Figures then = new Figures();
        Map<Long, Report.Unit> thenUnits = new LinkedHashMap<>();
        for (PublishedReport.Value value : values) {
            Figures figures = value.unitId() == null ? then
                    : thenUnits.computeIfAbsent(value.unitId(), id -> new Report.Unit(id, value.unitName(), new Figures())).figures();
            if (value.value() != null) {
                figures.set(value.figure(), value.value());
            }
        }
        Report live = live(published);
        List<Row> rows = new ArrayList<>();
        for (Figure figure : Figure.values()) {
            PublishedReport.Definition definition = definitions.get(figure);
            if (definition == null) {
                continue; // a figure added after this report was published
            }
            boolean definitionChanged = !definition.definitionZh().equals(message(definitionKey(figure), Locale.SIMPLIFIED_CHINESE))
                    || !definition.definitionEn().equals(message(definitionKey(figure), Locale.ENGLISH));
            Number now = live == null ? null : live.total().get(figure);
            rows.add(new Row(figure.name(), definition.name(locale), definition.text(locale), then.text(figure.name()),
                    live == null ? "—" : live.total().text(figure.name()), difference(then.get(figure), now),
                    live != null && !same(then.get(figure), now), definitionChanged));
        }
        List<UnitChange> units = new ArrayList<>();
        if (live != null) {
            Map<Long, Report.Unit> liveUnits = new LinkedHashMap<>();
            live.units().forEach(u -> liveUnits.put(u.id(), u));
            List<Figure> columns = ReportLayout.breakdownOf(published.level() == ReportScope.Level.DISTRICT);
            for (Report.Unit unit : thenUnits.values()) {
                Report.Unit now = liveUnits.remove(unit.id());
                List<String> changes = new ArrayList<>();
                for (Figure figure : columns) {
                    Number after = now == null ? null : now.figures().get(figure);
                    if (!same(unit.figures().get(figure), after)) {
                        PublishedReport.Definition definition = definitions.get(figure);
                        String name = definition != null ? definition.name(locale) : message(figure.messageKey(), locale);
                        changes.add(name + " " + unit.figures().text(figure.name()) + " → "
                                + (now == null ? "—" : now.figures().text(figure.name())));
                    }
                }
                if (!changes.isEmpty()) {
                    units.add(new UnitChange(unit.name(), changes));
                }
            }
            for (Report.Unit added : liveUnits.values()) {
                units.add(new UnitChange(added.name(), List.of(message("published.compare.newUnit", locale))));
            }
        }
        return new Comparison(live != null, rows, units);
    }

    /** The same scope and period counted now; null when the town or village is no longer on record. */
    private Report live(PublishedReport published) {
        var scope = switch (published.level()) {
            case DISTRICT -> Optional.of(queries.district());
            case TOWN -> queries.town(published.scopeId());
            case VILLAGE -> queries.village(published.scopeId());
        };
        if (scope.isEmpty()) {
            return null;
        }
        Period period = new Period(published.from(), published.to(), "period.range",
                new Object[] {published.from().toString(), published.to().toString()}, true);
        return reports.report(scope.get(), period);
    }

    private static boolean same(Number a, Number b) {
        if (a == null || b == null) {
            return a == null && b == null;
        }
        return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
    }

    /** Today minus published, signed ("+3", "-0.5"); empty when equal or either is missing. */
    private static String difference(Number then, Number now) {
        if (then == null || now == null || same(then, now)) {
            return "";
        }
        BigDecimal d = new BigDecimal(now.toString()).subtract(new BigDecimal(then.toString())).stripTrailingZeros();
        String text = new DecimalFormat("#,##0.##").format(d);
        return d.signum() > 0 ? "+" + text : text;
    }

    private static BigDecimal decimal(Number value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** The comparison of a published report with today's counting of it. */
    record Comparison(boolean liveAvailable, List<Row> rows, List<UnitChange> units) {

        public long changed() {
            return rows.stream().filter(Row::changed).count();
        }
    }

    /** One figure: its name and definition as published, its value then and now, and whether it or its definition changed. */
    record Row(String figure, String name, String definition, String then, String now, String difference, boolean changed,
            boolean definitionChanged) {
    }

    /** A town or village of the breakdown whose figures changed since publishing, with what changed. */
    record UnitChange(String name, List<String> changes) {
    }
}
