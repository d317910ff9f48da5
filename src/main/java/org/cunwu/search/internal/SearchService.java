package org.cunwu.search.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.cunwu.cadres.CadreRoster;
import org.cunwu.projects.ProjectService;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.talent.TalentPool;
import org.cunwu.villages.VillageFilter;
import org.cunwu.villages.VillageService;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Finds a text in the villages, the people (cadres, resident representatives, talents), the projects and the public
 * commitments through each module's own list, so that each group holds what the user's scope may see and counts
 * exactly what its list shows for the same text.
 */
@Service
class SearchService {

    /** How many records of each kind the search page shows; its "all" link opens the rest. */
    static final int SHOWN = 8;

    /** The longest text searched for (longer input is cut, not refused). */
    static final int MAX_LENGTH = 50;

    private final VillageService villages;
    private final CadreRoster cadres;
    private final RepresentativeService representatives;
    private final CommitmentService commitments;
    private final TalentPool talents;
    private final ProjectService projects;
    private final MessageSource messages;

    SearchService(VillageService villages, CadreRoster cadres, RepresentativeService representatives, CommitmentService commitments, TalentPool talents,
            ProjectService projects, MessageSource messages) {
        this.villages = villages;
        this.commitments = commitments;
        this.cadres = cadres;
        this.representatives = representatives;
        this.talents = talents;
        this.projects = projects;
        this.messages = messages;
    }

    /** One record found: its name, a line saying where it belongs, and its page. */
    record Hit(String title, String detail, String href) {
    }

    /** The records of one kind found: how many there are, the first of them, and the list holding all of them. */
    record Group(String key, long total, List<Hit> hits, String all) {
    }

    /** The text as searched: trimmed and at most {@value #MAX_LENGTH} characters; null when there is nothing to search. */
    static String clean(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
    }

    @Transactional(readOnly = true)
    List<Group> search(String q, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        return List.of(
                group("search.villages", "/villages", q,
                        villages.list(new VillageFilter(q, null, null, null, null, null, null), first(Sort.by("town.code", "code"))),
                        v -> new Hit(v.getName(), v.getTown().getName() + " · " + message(v.getKind().messageKey(), locale), "/villages/" + v.getId())),
                group("search.cadres", "/cadres", q,
                        cadres.search(q, SHOWN),
                        h -> new Hit(h.personName(), h.villageName() + " · " + (english ? h.postTypeEn() : h.postTypeZh())
                                + (h.current() ? "" : " · " + message("search.formerPost", locale)), "/cadres/" + h.personId())),
                group("search.representatives", "/representatives", q,
                        representatives.search(q, first(Sort.by("name", "id"))),
                        r -> new Hit(r.name(), r.villageName(), "/representatives/" + r.id())),
                group("search.talents", "/talent/pool", q, talents.search(q, SHOWN),
                        t -> new Hit(t.name(), (t.villageName() == null ? "" : t.villageName() + " · ")
                                + message(t.kindMessageKey(), locale), "/talent/pool/" + t.id())),
                group("search.projects", "/projects", q,
                        projects.search(q, first(Sort.by("name", "id"))),
                        p -> new Hit(p.name(), p.leadVillageName() + " · " + message(p.status().messageKey(), locale),
                                "/projects/" + p.id())),
                group("search.commitments", "/commitments", q,
                        commitments.search(q, first(Sort.by(Sort.Order.desc("pledgedOn"), Sort.Order.desc("id")))),
                        c -> new Hit(c.content(), c.villageName() + " · " + c.pledgedBy() + " · " + c.pledgedOn() + " · "
                                + message(c.statusKey(), locale), "/commitments/" + c.id())));
    }

    private static PageRequest first(Sort sort) {
        return PageRequest.of(0, SHOWN, sort);
    }

    private static <T> Group group(String key, String list, String q, Page<T> page, Function<T, Hit> hit) {
        String all = UriComponentsBuilder.fromPath(list).queryParam("q", q).encode().build().toUriString();
        return new Group(key, page.getTotalElements(), page.getContent().stream().map(hit).toList(), all);
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
