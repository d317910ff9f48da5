package org.cunwu.accounts.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.cunwu.accounts.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns the stored detail of an audit line into words for the log page: an export names the list and the filters that
 * were set (town and village by name), a password reset names the account, a lockout its end. Lines written before
 * the log stored exports this way ({@code CadreFilter[q=null, townId=3, …]}) lose their empty entries.
 */
@Component
public class AuditDetails {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** The exported lists by their address, named by their page titles. */
    private static final Map<String, String> LIST_TITLES = Map.of(
            "/cadres", "cadre.list.title",
            "/talent/pool", "talent.pool.title",
            "/receptions", "reception.list.title",
            "/commitments", "commitment.list.title",
            "/representatives", "representative.list.title");

    private static final Map<String, String> FILTER_LABELS = Map.ofEntries(
            Map.entry("q", "audit.filter.q"),
            Map.entry("townId", "audit.filter.townId"),
            Map.entry("villageId", "audit.filter.villageId"),
            Map.entry("kind", "audit.filter.kind"),
            Map.entry("status", "audit.filter.status"),
            Map.entry("postTypeId", "post.postType"),
            Map.entry("current", "cadre.filter.current"),
            Map.entry("nineties", "person.nineties"),
            Map.entry("adjusted", "cadre.filter.adjusted"),
            Map.entry("onDate", "audit.filter.onDate"));

    private static final Pattern EMPTY_ENTRY = Pattern.compile("\\w+=null(, )?");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile(", \\]");

    private final MessageSource messages;
    private final PlaceNames places;

    AuditDetails(MessageSource messages, PlaceNames places) {
        this.messages = messages;
        this.places = places;
    }

    record Row(AuditEvent event, String detail) {
    }

    List<Row> describe(List<AuditEvent> events, Locale locale) {
        PlaceNames.Lookup names = places.lookup();
        List<Row> rows = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            rows.add(new Row(event, describe(event, names, locale)));
        }
        return rows;
    }

    private String describe(AuditEvent event, PlaceNames.Lookup names, Locale locale) {
        String detail = event.getDetail();
        String kind = event.getKind();
        if (AuditLog.PASSWORD_RESET.equals(kind)) {
            return message("audit.detail.passwordReset", locale, event.getSubject());
        }
        if (detail == null || detail.isBlank()) {
            return detail;
        }
        if (AuditLog.LOCKED.equals(kind)) {
            String until = time(detail.startsWith("until ") ? detail.substring(6) : detail);
            return until == null ? detail : message("audit.detail.lockedUntil", locale, until);
        }
        if (AuditLog.LOGIN_FAILED.equals(kind) && detail.matches("[a-z]+")) {
            return messages.getMessage("audit.detail.failed." + detail, null, detail, locale);
        }
        if (AuditLog.EXPORT.equals(kind) && detail.startsWith("/")) {
            return export(detail, names, locale);
        }
        String legacy = TRAILING_SEPARATOR.matcher(EMPTY_ENTRY.matcher(detail).replaceAll("")).replaceAll("]");
        return legacy.replaceAll("\\w+\\[\\]", "").trim();
    }

    private String export(String detail, PlaceNames.Lookup names, Locale locale) {
        int query = detail.indexOf('?');
        String path = query < 0 ? detail : detail.substring(0, query);
        String titleKey = LIST_TITLES.get(path);
        String list = titleKey == null ? path : message(titleKey, locale);
        String format = null;
        List<String> filters = new ArrayList<>();
        if (query >= 0) {
            for (String pair : detail.substring(query + 1).split("&")) {
                int equals = pair.indexOf('=');
                if (equals <= 0) {
                    continue;
                }
                String name = unescape(pair.substring(0, equals));
                String value = unescape(pair.substring(equals + 1));
                if (name.equals("format")) {
                    format = value.toUpperCase(Locale.ROOT);
                } else {
                    filters.add(label(name, locale) + " " + value(name, value, names, locale));
                }
            }
        }
        String what = format == null ? list : message("audit.detail.exportFormat", locale, list, format);
        return message("audit.detail.export", locale, what,
                filters.isEmpty() ? message("audit.detail.noFilter", locale) : String.join(message("audit.detail.separator", locale), filters));
    }

    private String label(String name, Locale locale) {
        String key = FILTER_LABELS.get(name);
        if (key != null) {
            return message(key, locale);
        }
        if (name.endsWith("From")) {
            return message("audit.filter.from", locale);
        }
        if (name.endsWith("To")) {
            return message("audit.filter.to", locale);
        }
        return name;
    }

    private String value(String name, String value, PlaceNames.Lookup names, Locale locale) {
        return switch (name) {
            case "townId" -> names.town(value);
            case "villageId" -> names.village(value);
            default -> "true".equals(value) || "false".equals(value) ? message("common." + value, locale) : value;
        };
    }

    private static String time(String instant) {
        try {
            return TIME.format(Instant.parse(instant.trim()).atZone(ZoneId.systemDefault()));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }

    /** The three characters that would end a name or value in the stored detail. */
    public static String escape(String text) {
        return text.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
    }

    static String unescape(String text) {
        return text.replace("%3D", "=").replace("%26", "&").replace("%25", "%");
    }
}
