package org.cunwu.villages.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.validation.Valid;

import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.GroupSection;
import org.cunwu.villages.VillageGroup;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages a named group of villages with a plan shares (clusters, demonstration zones): its detail page's model, the
 * creation and update forms of district staff. A kind names its path, model attribute and message prefix ({@code
 * cluster.created}, {@code zone.saved} …) and says how its form is read and written.
 */
abstract class VillageGroupController<G extends VillageGroup, F> {

    private final String path;
    private final String kind;
    private final Class<G> type;
    private final VillageGroups<G> groups;

    protected final HistoryService history;
    protected final TableExporter exporter;
    private final List<GroupSection> groupSections;
    private final FormSubmission submissions;

    /** {@code kind} is the model attribute and the message prefix; {@code path} the pages' root, e.g. {@code /clusters}. */
    VillageGroupController(String path, String kind, Class<G> type, VillageGroups<G> groups, HistoryService history,
            List<GroupSection> groupSections, TableExporter exporter, FormSubmission submissions) {
        this.path = path;
        this.groups = groups;
        this.kind = kind;
        this.type = type;
        this.history = history;
        this.exporter = exporter;
        this.submissions = submissions;
        this.groupSections = groupSections.stream().sorted(Comparator.comparingInt(GroupSection::order)).toList();
    }

    /** The form as the group stands, or an empty one for a new group ({@code null}). */
    abstract F formOf(G group);

    /** Creates the group ({@code id} null) or updates it, checking the form's version. */
    abstract G save(Long id, F form);

    /** Adds what the form's choices need and names the form's template. */
    abstract String form(Model model);

    /** The detail page's common model: the group, its sections (each given the group), whether the user may change it, its history. */
    String detail(G group, Function<GroupSection, Map<String, Object>> sectionModel, Model model) {
        model.addAttribute(kind, group);
        model.addAttribute("sections", groupSections.stream()
                .map(g -> new DossierSection.View(g.template(), g.fragment(), sectionModel.apply(g))).toList());
        model.addAttribute("canManage", groups.canManage());
        model.addAttribute("history", history.historyOf(type, group.getId()));
        return "villages/" + kind + "-detail";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        requireManager();
        model.addAttribute("form", formOf(null));
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") F form, BindingResult result, Model model, RedirectAttributes redirect) {
        requireManager();
        return submissions.of(result, () -> form(model))
                .save(() -> save(null, form), saved -> path + "/" + saved.getId(), kind + ".created", redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        G group = groups.get(id);
        requireManager();
        model.addAttribute(kind, group);
        model.addAttribute("form", formOf(group));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") F form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute(kind, groups.get(id));
        requireManager();
        return submissions.of(result, () -> form(model)).run(() -> save(id, form), path + "/" + id, kind + ".saved", redirect);
    }

    void requireManager() {
        if (!groups.canManage()) {
            throw new AccessDeniedException("may not change " + path.substring(1));
        }
    }
}
