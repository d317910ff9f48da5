package org.cunwu.villages;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.modulith.NamedInterface;
import org.springframework.web.util.HtmlUtils;

/**
 * The options of a list's town filter, written once as markup: a province has about 1,800 towns, and drawing them option
 * by option through the template cost more than the rest of a list page. The chosen town is marked per request.
 * <p>
 * With more towns than a page should carry ({@code cunwu.lists.all-towns-up-to}, 300) the filter lists only the chosen
 * town and finds the others as the user types ({@code /pickers/towns}), as the village filters do: 1,800 options were
 * 90 KB of every list page at province scale.
 */
@NamedInterface(name = "api", propagate = false)
public final class TownChoices {

    /** More towns than this get the type-to-search box. */
    private static final int SEARCHABLE_FROM = 30;

    private final String options;
    private final Map<Long, String> optionOf;
    private final List<Choice> choices;
    private final boolean narrowed;

    /** A town as the filter and the picker show it. */
    @NamedInterface(name = "api", propagate = false)
    public record Choice(Long id, String name, String code) {
    }

    private TownChoices(String options, Map<Long, String> optionOf, List<Choice> choices, boolean narrowed) {
        this.options = options;
        this.optionOf = optionOf;
        this.choices = choices;
        this.narrowed = narrowed;
    }

    /** Every town listed up to {@code listedUpTo} towns; past it only the chosen one. */
    static TownChoices of(List<Town> towns, int listedUpTo) {
        StringBuilder html = new StringBuilder(towns.size() * 48);
        Map<Long, String> optionOf = new HashMap<>(towns.size() * 2);
        for (Town town : towns) {
            String option = "<option value=\"" + town.getId() + "\">" + HtmlUtils.htmlEscape(town.getName()) + "</option>\n";
            optionOf.put(town.getId(), option);
            html.append(option);
        }
        List<Choice> choices = towns.stream().map(t -> new Choice(t.getId(), t.getName(), t.getCode())).toList();
        return new TownChoices(html.toString(), optionOf, choices, towns.size() > listedUpTo);
    }

    /** The options' markup (names escaped), the chosen town selected as Thymeleaf would write it. */
    public String html(Long selected) {
        if (narrowed) {
            String option = selected == null ? null : optionOf.get(selected);
            return option == null ? "" : selectedIn(option, selected);
        }
        return selected == null ? options : selectedIn(options, selected);
    }

    private static String selectedIn(String html, Long selected) {
        String option = "<option value=\"" + selected + "\">";
        return html.replace(option, "<option value=\"" + selected + "\" selected=\"selected\">");
    }

    public boolean searchable() {
        return narrowed || choices.size() > SEARCHABLE_FROM;
    }

    /** Where the browser asks for the towns matching what was typed, when only the chosen town is listed; else null. */
    public String searchUrl() {
        return narrowed ? "/pickers/towns" : null;
    }

    /** The message saying that only the chosen town is listed, or null. */
    public String hint() {
        return narrowed ? "picker.typeToFindTown" : null;
    }

    /** The towns, in the filter's order, for the picker. */
    Stream<Choice> stream() {
        return choices.stream();
    }
}
