package org.cunwu.projects;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cunwu.projects.internal.PartnerRole;
import org.cunwu.projects.internal.ProgressEntry;
import org.cunwu.projects.internal.ProgressEntryRepository;
import org.cunwu.projects.internal.Project;
import org.cunwu.projects.internal.ProjectCategory;
import org.cunwu.projects.internal.ProjectCategoryRepository;
import org.cunwu.projects.internal.ProjectDetails;
import org.cunwu.projects.internal.ProjectFilter;
import org.cunwu.projects.internal.ProjectRepository;
import org.cunwu.projects.internal.ProjectSpecifications;
import org.cunwu.projects.internal.StatusChange;
import org.cunwu.projects.internal.StatusChangeRepository;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as the signed-in user may see and change them. A project is visible to the users of
 * every village that takes part; district staff and the lead village's town staff change it; the
 * secretaries and town staff of participating villages add to its progress log.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class ProjectService {

    private final ProjectRepository projects;
    private final ProjectCategoryRepository categories;
    private final ProgressEntryRepository progress;
    private final StatusChangeRepository statusChanges;
    private final VillageService villages;
    private final DemonstrationZoneService zones;
    private final Clock clock;

    ProjectService(ProjectRepository projects, ProjectCategoryRepository categories, ProgressEntryRepository progress,
            StatusChangeRepository statusChanges, VillageService villages, DemonstrationZoneService zones, Clock clock) {
        this.projects = projects;
        this.categories = categories;
        this.progress = progress;
        this.statusChanges = statusChanges;
        this.villages = villages;
        this.zones = zones;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Project> list(ProjectFilter filter, Pageable pageable) {
        return projects.findAll(selection(filter), pageable);
    }

    /** The projects the filter selects, for the list's download (a row's partners are read with its cells). */
    public Selection<Project> forExport(ProjectFilter filter, Sort sort) {
        return Selection.of(Project.class, selection(filter), sort, "category", "leadVillage", "leadVillage.town", "zone");
    }

    @Transactional(readOnly = true)
    public List<ProjectCategory> categories() {
        return categories.findAllByOrderBySortOrder();
    }

    /** A project the user may see, with its partners loaded; otherwise 404. */
    @Transactional(readOnly = true)
    public Project get(Long id) {
        Project project = projects.findWithAllById(id).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException("project", id));
        project.getPartners().forEach(p -> p.getVillage().getTown().getName());
        return project;
    }

    @Transactional(readOnly = true)
    public List<ProgressEntry> progressOf(Project project) {
        return progress.findByProjectIdOrderByEntryDateDescIdDesc(project.getId());
    }

    @Transactional(readOnly = true)
    public List<StatusChange> statusChangesOf(Project project) {
        return statusChanges.findByProjectIdOrderByCreatedAtDescIdDesc(project.getId());
    }

    /** Projects a village leads or joins, for its dossier (the caller has checked the village's scope). */
    @Transactional(readOnly = true)
    public List<Project> projectsOf(Village village) {
        return projects.findByVillage(village.getId());
    }

    /** Projects that any of these villages leads or joins (a cluster's members), for the cluster page. */
    @Transactional(readOnly = true)
    public List<Project> projectsOfVillages(Collection<Long> villageIds) {
        return villageIds.isEmpty() ? List.of() : projects.findByVillages(villageIds);
    }

    @Transactional(readOnly = true)
    public List<Project> projectsOfZone(DemonstrationZone zone) {
        return projects.findByZone(zone.getId());
    }

    /** As {@link #projectsOfVillages}, with partners loaded so that totals over participating villages can be shown. */
    @Transactional(readOnly = true)
    public List<Project> projectsOfVillagesWithPartners(Collection<Long> villageIds) {
        List<Project> list = projectsOfVillages(villageIds);
        list.forEach(p -> p.getPartners().size());
        return list;
    }

    @Transactional(readOnly = true)
    public List<Project> projectsOfZoneWithPartners(DemonstrationZone zone) {
        List<Project> list = projectsOfZone(zone);
        list.forEach(p -> p.getPartners().size());
        return list;
    }

    /** Sums of a set of projects, exact to the fen. */
    public static Totals totalsOf(List<Project> list) {
        BigDecimal investment = BigDecimal.ZERO;
        BigDecimal land = BigDecimal.ZERO;
        BigDecimal income = BigDecimal.ZERO;
        for (Project p : list) {
            investment = investment.add(Objects.requireNonNullElse(p.getInvestmentWan(), BigDecimal.ZERO));
            land = land.add(Objects.requireNonNullElse(p.getLandMu(), BigDecimal.ZERO));
            income = income.add(Objects.requireNonNullElse(p.totalIncomePerYear(), BigDecimal.ZERO));
        }
        return new Totals(list.size(), investment, land, income);
    }

    /** Count, investment (万元), land (亩) and yearly income increase of all participating villages (元). */
    public record Totals(int count, BigDecimal investmentWan, BigDecimal landMu, BigDecimal incomePerYear) {
    }

    /**
     * Per lead village, how many of the operating projects these villages lead went into operation in the period, for a
     * campaign's results; a village without one is absent.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> newOperatingPerLeadVillage(Collection<Long> villageIds, LocalDate from, LocalDate to) {
        return villageIds.isEmpty() ? Map.of() : projects.findNewOperatingLedBy(villageIds, from, to).stream()
                .collect(Collectors.groupingBy(p -> p.getLeadVillage().getId(), Collectors.counting()));
    }

    /** The projects the user may see whose name or text holds {@code q}, as the search page lists them. */
    @Transactional(readOnly = true)
    public Page<Match> search(String q, Pageable pageable) {
        return list(new ProjectFilter(q, null, null, null, null, null, null, null, null), pageable)
                .map(p -> new Match(p.getId(), p.getName(), p.getLeadVillage().getName(), p.getStatus()));
    }

    /** A project as another module lists it: its name, the name of its lead village and its status. */
    @NamedInterface("api")
    public record Match(Long id, String name, String leadVillageName, ProjectStatus status) {
    }

    public boolean canCreate() {
        return villages.canCreate();
    }

    public boolean canEdit(Project project) {
        return Access.canEdit(Access.Editors.TOWN, project.getLeadVillage().getTown().getId(), project.getLeadVillage().getId());
    }

    /** Editors, and the secretaries and town staff of any participating village (the project is visible to them). */
    public boolean canAddProgress(Project project) {
        return canEdit(project) || (Access.canCreate(Access.Editors.VILLAGE) && visible(project));
    }

    @Transactional
    public Project create(ProjectDetails details) {
        Village lead = leadVillage(details.leadVillageId());
        Project project = new Project(details.name(), category(details.categoryId()), lead, details.cooperationModel());
        project.update(details, category(details.categoryId()), lead, zone(details.zoneId()));
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not create projects led by village " + lead.getId());
        }
        projects.save(project);
        statusChanges.save(new StatusChange(project, null, project.getStatus(), today(), null, username(), Instant.now(clock)));
        return project;
    }

    @Transactional
    public Project update(Long id, Long expectedVersion, ProjectDetails details) {
        Project project = get(id);
        requireEditable(project);
        ConcurrentEditException.check("project", id, expectedVersion, project.getVersion());
        Village lead = leadVillage(details.leadVillageId());
        project.update(details, category(details.categoryId()), lead, zone(details.zoneId()));
        if (!canEdit(project)) {
            // town staff may not hand a project over to another town's village
            throw new InvalidFieldException("leadVillageId", "project.leadVillage.outOfScope");
        }
        projects.flush();
        return project;
    }

    /** Changes the status along an allowed transition; anything but the normal next step needs a reason. */
    @Transactional
    public Project changeStatus(Long id, Long expectedVersion, ProjectStatus next, LocalDate on, String reason) {
        Project project = get(id);
        requireEditable(project);
        ConcurrentEditException.check("project", id, expectedVersion, project.getVersion());
        if (next == null) {
            throw new InvalidFieldException("status", "validation.required");
        }
        if (!project.getStatus().allowedNext().contains(next)) {
            throw new InvalidFieldException("status", "project.status.notAllowed");
        }
        if (!project.getStatus().isNormalNext(next) && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "project.status.reasonRequired");
        }
        ProjectStatus from = project.getStatus();
        project.changeStatus(next);
        LocalDate day = on == null ? today() : on;
        statusChanges.save(new StatusChange(project, from, next, day, reason, username(), Instant.now(clock)));
        projects.flush();
        return project;
    }

    @Transactional
    public void addPartner(Long projectId, Long villageId, PartnerRole role, BigDecimal landMu, String note) {
        Project project = get(projectId);
        requireEditable(project);
        if (villageId == null) {
            throw new InvalidFieldException("villageId", "validation.required");
        }
        if (villageId.equals(project.getLeadVillage().getId())
                || project.getPartners().stream().anyMatch(p -> p.getVillage().getId().equals(villageId))) {
            throw new InvalidFieldException("villageId", "project.partner.already");
        }
        if (landMu != null && project.getLandMu() != null
                && project.partnerLandMu().add(landMu).compareTo(project.getLandMu()) > 0) {
            throw new InvalidFieldException("landMu", "project.partner.landExceeds");
        }
        Village village;
        try {
            // a partner may lie in another town: any existing village may join, the lookup is by id
            village = villages.referenceTo(villages.anyById(villageId));
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "project.partner.invalid");
        }
        project.addPartner(village, role == null ? PartnerRole.OTHER : role, landMu, note);
        projects.flush();
    }

    @Transactional
    public void removePartner(Long projectId, Long partnerId) {
        Project project = get(projectId);
        requireEditable(project);
        project.removePartner(partnerId);
        projects.flush();
    }

    @Transactional
    public ProgressEntry addProgress(Long projectId, LocalDate on, String text) {
        Project project = get(projectId);
        if (!canAddProgress(project)) {
            throw new AccessDeniedException("may not add progress to project " + projectId);
        }
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "validation.required");
        }
        return progress.save(new ProgressEntry(project, on == null ? today() : on, text, username(), Instant.now(clock)));
    }

    private Village leadVillage(Long villageId) {
        if (villageId == null) {
            throw new InvalidFieldException("leadVillageId", "validation.required");
        }
        try {
            return villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("leadVillageId", "project.leadVillage.outOfScope");
        }
    }

    private ProjectCategory category(Long categoryId) {
        if (categoryId == null) {
            throw new InvalidFieldException("categoryId", "validation.required");
        }
        return categories.findById(categoryId).orElseThrow(() -> new InvalidFieldException("categoryId", "project.category.invalid"));
    }

    private DemonstrationZone zone(Long zoneId) {
        if (zoneId == null) {
            return null;
        }
        try {
            return zones.get(zoneId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("zoneId", "project.zone.invalid");
        }
    }

    private void requireEditable(Project project) {
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not change project " + project.getId());
        }
    }

    private boolean visible(Project project) {
        return Access.canSee(project.getLeadVillage().getTown().getId(), project.getLeadVillage().getId())
                || project.getPartners().stream().anyMatch(p -> Access.canSee(p.getVillage().getTown().getId(), p.getVillage().getId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }

    private static Specification<Project> selection(ProjectFilter filter) {
        return Specification.allOf(ProjectSpecifications.inScope(), ProjectSpecifications.matching(filter));
    }
}
