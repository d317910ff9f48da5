package org.cunwu.campaigns;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.cunwu.cadres.CadreRoster;
import org.cunwu.campaigns.internal.Campaign;
import org.cunwu.campaigns.internal.CampaignRepository;
import org.cunwu.campaigns.internal.Direction;
import org.cunwu.campaigns.internal.DirectionRepository;
import org.cunwu.campaigns.internal.ResultMeasure;
import org.cunwu.campaigns.internal.Task;
import org.cunwu.campaigns.internal.TaskEvent;
import org.cunwu.campaigns.internal.TaskEventRepository;
import org.cunwu.campaigns.internal.TaskFilter;
import org.cunwu.campaigns.internal.TaskRepository;
import org.cunwu.campaigns.internal.TaskSpecifications;
import org.cunwu.campaigns.internal.TaskStatus;
import org.cunwu.projects.ProjectService;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.ProblemService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.Batches;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns are the district's programme: every signed-in user reads them, district staff change them.
 * A campaign's results are counted from the other modules' records for its villages and year, and the
 * records themselves are shown where the reader's scope allows.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class CampaignService {

    private final CampaignRepository campaigns;
    private final DirectionRepository directions;
    private final TaskRepository tasks;
    private final TaskEventRepository events;
    private final VillageService villages;
    private final CadreRoster cadres;
    private final ProjectService projects;
    private final ProblemService problems;
    private final RepresentativeService representatives;
    private final CommitmentService commitments;
    private final Clock clock;
    private final Batches batches;

    CampaignService(CampaignRepository campaigns, DirectionRepository directions, TaskRepository tasks, TaskEventRepository events,
            VillageService villages, CadreRoster cadres, ProjectService projects, ProblemService problems,
            RepresentativeService representatives, CommitmentService commitments, Clock clock, Batches batches) {
        this.batches = batches;
        this.problems = problems;
        this.commitments = commitments;
        this.representatives = representatives;
        this.campaigns = campaigns;
        this.directions = directions;
        this.tasks = tasks;
        this.events = events;
        this.villages = villages;
        this.cadres = cadres;
        this.projects = projects;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Campaign> list(Integer year) {
        if (!Access.readsAnything()) {
            return List.of();
        }
        return campaigns.findAllByOrderByYearDescNameAsc().stream().filter(c -> year == null || c.getYear() == year).toList();
    }

    /** How many villages each campaign covers, by campaign id (a campaign covering none is absent). */
    @Transactional(readOnly = true)
    public Map<Long, Long> villageCounts() {
        return Access.readsAnything() ? IdCount.byId(campaigns.villageCounts()) : Map.of();
    }

    @Transactional(readOnly = true)
    public Campaign get(Long id) {
        if (!Access.readsAnything()) {
            throw new RecordNotFoundException("campaign", id);
        }
        return campaigns.findWithVillagesById(id).orElseThrow(() -> new RecordNotFoundException("campaign", id));
    }

    @Transactional(readOnly = true)
    public List<Direction> directionsOf(Campaign campaign) {
        return directions.findByCampaignIdOrderBySortOrderAscIdAsc(campaign.getId());
    }

    @Transactional(readOnly = true)
    public List<Task> tasksOf(Campaign campaign) {
        List<Task> list = tasks.findByCampaign(campaign.getId());
        list.forEach(t -> t.getVillages().size());
        return list;
    }

    /** A page of the tasks of every campaign matching the filter, with the villages of each (none for an account without scope). */
    @Transactional(readOnly = true)
    public Page<Task> tasks(TaskFilter filter, Pageable pageable) {
        if (!Access.readsAnything()) {
            return Page.empty(pageable);
        }
        var page = tasks.findAll(TaskSpecifications.tasks(filter, LocalDate.now(clock)), pageable);
        page.forEach(t -> t.getVillages().size());
        return page;
    }

    /** Every task matching the filter, in the list's order, for an export. */
    @Transactional(readOnly = true)
    public void forEachTask(TaskFilter filter, Sort sort, Consumer<? super Task> action) {
        if (!Access.readsAnything()) {
            return;
        }
        batches.forEach(Task.class, TaskSpecifications.tasks(filter, LocalDate.now(clock)), sort, action, "campaign", "direction");
    }

    @Transactional(readOnly = true)
    public List<TaskEvent> eventsOf(Task task) {
        return events.findByTaskIdOrderByCreatedAtDescIdDesc(task.getId());
    }

    @Transactional(readOnly = true)
    public Task task(Long campaignId, Long taskId) {
        Task task = tasks.findWithCampaignById(taskId).filter(t -> t.getCampaign().getId().equals(campaignId))
                .orElseThrow(() -> new RecordNotFoundException("task", taskId));
        get(campaignId);
        task.getVillages().size();
        return task;
    }

    /** Done and total tasks per direction (key null: tasks without a direction), in one grouped query. */
    @Transactional(readOnly = true)
    public Map<Long, Progress> progressByDirection(Campaign campaign) {
        Map<Long, int[]> counts = new HashMap<>();
        for (Object[] row : tasks.countByDirectionAndStatus(campaign.getId())) {
            int[] c = counts.computeIfAbsent((Long) row[0], k -> new int[2]);
            int n = ((Long) row[2]).intValue();
            if (row[1] != TaskStatus.CANCELLED) {
                c[1] += n;
            }
            if (row[1] == TaskStatus.DONE) {
                c[0] += n;
            }
        }
        Map<Long, Progress> progress = new LinkedHashMap<>();
        counts.forEach((k, v) -> progress.put(k, new Progress(v[0], v[1])));
        return progress;
    }

    /** Tasks done out of tasks that count (cancelled ones do not). */
    public record Progress(int done, int total) {
        public int percent() {
            return total == 0 ? 0 : Math.round(100f * done / total);
        }
    }

    /**
     * The campaign's chosen results, counted in its villages and its year from the other modules' records through
     * their own query methods: one query per chosen measure, whatever the number of villages. The counts are the
     * district's (campaigns are public); a village's link to the counted records is given only to a reader who may open them.
     */
    @Transactional(readOnly = true)
    public List<MeasureResult> resultsOf(Campaign campaign) {
        Map<Long, Village> covered = new HashMap<>();
        campaign.getVillages().forEach(v -> covered.put(v.getId(), v));
        LocalDate from = campaign.periodFrom();
        LocalDate to = campaign.periodTo();
        List<MeasureResult> results = new ArrayList<>();
        for (ResultMeasure measure : campaign.getMeasures()) {
            List<VillageCount> perVillage = new ArrayList<>();
            long total = 0;
            for (Map.Entry<Long, Long> count : countsOf(measure, covered.keySet(), from, to).entrySet()) {
                Village village = covered.get(count.getKey());
                if (village == null || count.getValue() == 0) {
                    continue;
                }
                total += count.getValue();
                boolean readable = Access.canSee(village.getTown().getId(), village.getId());
                perVillage.add(new VillageCount(village, count.getValue(), readable ? measure.listOf(village.getId(), from, to) : null));
            }
            perVillage.sort(Comparator.comparingLong(VillageCount::count).reversed()
                    .thenComparing(c -> c.village().getName()));
            results.add(new MeasureResult(measure, total, perVillage));
        }
        return results;
    }

    private Map<Long, Long> countsOf(ResultMeasure measure, Set<Long> villageIds, LocalDate from, LocalDate to) {
        return switch (measure) {
            case CADRES_ADJUSTED -> cadres.adjustmentsPerVillage(villageIds, from, to);
            case NEW_OPERATING_PROJECTS -> projects.newOperatingPerLeadVillage(villageIds, from, to);
            case PETITIONS_RESOLVED -> problems.resolvedPerVillage(villageIds, from, to, true);
            case PROBLEMS_RESOLVED -> problems.resolvedPerVillage(villageIds, from, to, false);
            case COMMITMENTS_FULFILLED -> commitments.publicFulfilledPerVillage(villageIds, from, to);
        };
    }

    /** One chosen measure: the campaign's total and the villages that contributed, most first. */
    public record MeasureResult(ResultMeasure measure, long total, List<VillageCount> villages) {
    }

    /** A village's count; {@code list} is the link to its counted records, null when the reader may not open them. */
    public record VillageCount(Village village, long count, String list) {
    }

    /** Campaigns covering a village (for its dossier: a village under rectification links to its campaign). */
    @Transactional(readOnly = true)
    public List<Campaign> covering(Village village) {
        return campaigns.findCovering(village.getId());
    }

    /** Per campaign of the period's years: its directions and the tasks completed in the period. */
    @Transactional(readOnly = true)
    public List<CampaignCompletion> completion(LocalDate from, LocalDate to) {
        return tasks.completionPerCampaign(from, to, from.getYear(), to.getYear()).stream()
                .map(r -> new CampaignCompletion((Long) r[0], (String) r[1], ((Number) r[2]).intValue(), ((Number) r[3]).intValue()))
                .toList();
    }

    @NamedInterface("api")

    public record CampaignCompletion(Long campaignId, String name, int directions, int tasksCompleted) {
    }

    public boolean canManage() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    @Transactional
    public Campaign create(String name, Integer year, String description, Set<Long> villageIds, Set<ResultMeasure> measures) {
        requireManager();
        requireYear(year);
        if (campaigns.existsByNameAndYear(name, year)) {
            throw new InvalidFieldException("name", "campaign.name.taken");
        }
        Campaign campaign = new Campaign(name, year);
        campaign.update(name, year, description, villagesOf(villageIds), measuresOf(measures));
        return campaigns.save(campaign);
    }

    @Transactional
    public Campaign update(Long id, Long expectedVersion, String name, Integer year, String description, Set<Long> villageIds,
            Set<ResultMeasure> measures) {
        requireManager();
        requireYear(year);
        Campaign campaign = get(id);
        ConcurrentEditException.check("campaign", id, expectedVersion, campaign.getVersion());
        if (campaigns.existsByNameAndYearAndIdNot(name, year, id)) {
            throw new InvalidFieldException("name", "campaign.name.taken");
        }
        campaign.update(name, year, description, villagesOf(villageIds), measuresOf(measures));
        campaigns.flush();
        return campaign;
    }

    @Transactional
    public Direction addDirection(Long campaignId, String name) {
        requireManager();
        if (name == null || name.isBlank()) {
            throw new InvalidFieldException("name", "validation.required");
        }
        Campaign campaign = get(campaignId);
        int next = directionsOf(campaign).size() + 1;
        return directions.save(new Direction(campaign, name.trim(), next));
    }

    @Transactional
    public Task saveTask(Long campaignId, Long taskId, Long expectedVersion, Long directionId, String title, String owner,
            LocalDate dueDate, Set<Long> villageIds) {
        requireManager();
        Campaign campaign = get(campaignId);
        Direction direction = null;
        if (directionId != null) {
            direction = directions.findById(directionId).filter(d -> d.getCampaign().getId().equals(campaignId))
                    .orElseThrow(() -> new InvalidFieldException("directionId", "task.direction.invalid"));
        }
        Task task;
        if (taskId == null) {
            task = new Task(campaign, direction, title);
        } else {
            task = task(campaignId, taskId);
            ConcurrentEditException.check("task", taskId, expectedVersion, task.getVersion());
        }
        task.update(direction, title, owner, dueDate, villagesOf(villageIds));
        Task saved = tasks.saveAndFlush(task);
        if (taskId == null) {
            events.save(new TaskEvent(saved, null, TaskStatus.OPEN, today(), null, username(), Instant.now(clock)));
        }
        return saved;
    }

    /** Moves a task along an allowed transition; cancelling or reopening needs a reason, done needs its day. */
    @Transactional
    public Task changeTaskStatus(Long campaignId, Long taskId, Long expectedVersion, TaskStatus next, LocalDate on, String reason) {
        requireManager();
        Task task = task(campaignId, taskId);
        ConcurrentEditException.check("task", taskId, expectedVersion, task.getVersion());
        if (next == null || !task.getStatus().allowedNext().contains(next)) {
            throw new InvalidFieldException("status", "task.status.notAllowed");
        }
        if (!task.getStatus().isNormalNext(next) && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "task.status.reasonRequired");
        }
        LocalDate day = on == null ? today() : on;
        TaskStatus from = task.getStatus();
        task.changeStatus(next, day, reason);
        events.save(new TaskEvent(task, from, next, day, reason, username(), Instant.now(clock)));
        tasks.flush();
        return task;
    }

    private Set<Village> villagesOf(Set<Long> ids) {
        Set<Village> chosen = new HashSet<>();
        for (Long id : ids == null ? Set.<Long>of() : ids) {
            try {
                chosen.add(villages.referenceTo(villages.anyById(id)));
            } catch (RecordNotFoundException e) {
                throw new InvalidFieldException("villageIds", "campaign.villages.invalid");
            }
        }
        return chosen;
    }

    private static Set<ResultMeasure> measuresOf(Set<ResultMeasure> chosen) {
        Set<ResultMeasure> measures = EnumSet.noneOf(ResultMeasure.class);
        if (chosen != null) {
            chosen.stream().filter(Objects::nonNull).forEach(measures::add);
        }
        return measures;
    }

    private static void requireYear(Integer year) {
        if (year == null || year < 2000 || year > 2100) {
            throw new InvalidFieldException("year", "campaign.year.invalid");
        }
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("may not change campaigns");
        }
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }
}
