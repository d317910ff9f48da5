package org.cunwu.villages;

import java.util.List;

import org.springframework.web.util.HtmlUtils;

/**
 * The options of a list's town filter, written once as markup: a province has about 1,800 towns, and drawing them option
 * by option through the template cost more than the rest of a list page. The chosen town is marked per request.
 */
public final class TownChoices {

    /** More towns than this get the type-to-search box. */
    private static final int SEARCHABLE_FROM = 30;

    private final String options;
    private final int size;

    private TownChoices(String options, int size) {
        this.options = options;
        this.size = size;
    }

    static TownChoices of(List<Town> towns) {
        StringBuilder html = new StringBuilder(towns.size() * 48);
        for (Town town : towns) {
            html.append("<option value=\"").append(town.getId()).append("\">")
                    .append(HtmlUtils.htmlEscape(town.getName())).append("</option>\n");
        }
        return new TownChoices(html.toString(), towns.size());
    }

    /** The options' markup (names escaped), the chosen town selected as Thymeleaf would write it. */
    public String html(Long selected) {
        if (selected == null) {
            return options;
        }
        String option = "<option value=\"" + selected + "\">";
        return options.replace(option, "<option value=\"" + selected + "\" selected=\"selected\">");
    }

    public boolean searchable() {
        return size > SEARCHABLE_FROM;
    }
}
