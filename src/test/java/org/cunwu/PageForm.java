package org.cunwu;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A form as the app renders it on one of its pages (read with jsoup): where it goes, how, and its fields. The tests
 * submit it the way a person would, with the values already there and a plausible value in each empty field.
 */
record PageForm(String page, String action, String method, List<Field> fields, boolean submittable) {

    PageForm(String page, String action, String method, List<Field> fields) {
        this(page, action, method, fields, true);
    }

    /** One named control: its kind (text, number, date, select, checkbox, hidden, textarea …), value and options. */
    record Field(String name, String kind, String value, List<String> options, boolean checked, boolean multiple) {

        boolean isText() {
            return switch (kind) {
                case "text", "textarea", "search", "tel", "email", "url", "password" -> true;
                default -> false;
            };
        }
    }

    static List<PageForm> in(String html, String pageUrl) {
        Document document = Jsoup.parse(html, "http://localhost");
        List<PageForm> forms = new ArrayList<>();
        for (Element form : document.select("form")) {
            String action = form.attr("action");
            if (action.isBlank()) {
                action = pageUrl;
            }
            List<Field> fields = new ArrayList<>();
            for (Element control : form.select("input[name], select[name], textarea[name]")) {
                String kind = switch (control.tagName()) {
                    case "select" -> "select";
                    case "textarea" -> "textarea";
                    default -> control.attr("type").isBlank() ? "text" : control.attr("type").toLowerCase();
                };
                if (kind.equals("submit") || kind.equals("button") || kind.equals("reset") || kind.equals("image")) {
                    continue;
                }
                List<String> options = new ArrayList<>();
                String value = control.tagName().equals("textarea") ? control.wholeText() : control.attr("value");
                if (kind.equals("select")) {
                    value = null;
                    for (Element option : control.select("option")) {
                        options.add(option.attr("value"));
                        if (option.hasAttr("selected") && value == null) {
                            value = option.attr("value");
                        }
                    }
                }
                fields.add(new Field(control.attr("name"), kind, value, options, control.hasAttr("checked"), control.hasAttr("multiple")));
            }
            // a person can send a form only through an enabled submit control (a read-only form shows values, no button)
            boolean submittable = form.select("button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]").stream()
                    .anyMatch(button -> !button.hasAttr("disabled") && button.parents().stream()
                            .noneMatch(parent -> parent.tagName().equals("fieldset") && parent.hasAttr("disabled")));
            forms.add(new PageForm(pageUrl, action, form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(), fields, submittable));
        }
        return forms;
    }

    Field field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst().orElse(null);
    }

    /** The pairs a browser would send after a person filled every empty field plausibly; overrides replace a field's value. */
    List<Map.Entry<String, String>> plausible(Map<String, String> overrides) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        List<String> radiosDone = new ArrayList<>();
        for (Field field : fields) {
            if (overrides.containsKey(field.name())) {
                if (pairs.stream().noneMatch(p -> p.getKey().equals(field.name()))) {
                    pairs.add(new SimpleEntry<>(field.name(), overrides.get(field.name())));
                }
                continue;
            }
            String value = switch (field.kind()) {
                case "file" -> null;
                case "checkbox" -> field.checked() ? (field.value().isEmpty() ? "on" : field.value()) : null;
                case "radio" -> radiosDone.contains(field.name()) ? null : field.value();
                case "select" -> field.value() != null && !field.value().isEmpty() ? field.value()
                        : field.options().stream().filter(o -> !o.isEmpty()).findFirst().orElse(field.value() == null ? "" : field.value());
                case "hidden" -> field.value();
                case "date" -> field.value().isEmpty() ? LocalDate.now().toString() : field.value();
                case "month" -> field.value().isEmpty() ? YearMonth.now().toString() : field.value();
                case "number" -> field.value().isEmpty() ? "1" : field.value();
                default -> field.value().isEmpty() ? "测试" : field.value();
            };
            if (field.kind().equals("radio")) {
                radiosDone.add(field.name());
            }
            if (value != null) {
                pairs.add(new SimpleEntry<>(field.name(), value));
            }
        }
        return pairs;
    }
}
