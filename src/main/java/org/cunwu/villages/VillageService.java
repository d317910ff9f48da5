package org.cunwu.villages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.LikePattern;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.shared.web.Choices;
import org.cunwu.villages.internal.ClusterRepository;
import org.cunwu.villages.internal.TownRepository;
import org.cunwu.villages.internal.VillageDetails;
import org.cunwu.villages.internal.VillageRepository;
import org.cunwu.villages.internal.VillageSpecifications;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Villages as the signed-in user may see and change them. Every read goes through the user's
 * scope (out of scope is not found); every write also checks the role.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class VillageService {

    private static final Sort CHOICE_ORDER = Sort.by("town.code", "name");
    private static final String PICKER = "/pickers/villages";
    private static final String ANY_PICKER = "/pickers/villages?any=true";

    private final VillageRepository villages;
    private final TownRepository towns;
    private final ClusterRepository clusters;
    private final Clock clock;
    private final int allChoicesUpTo;

    VillageService(VillageRepository villages, TownRepository towns, ClusterRepository clusters, Clock clock,
            @Value("${cunwu.lists.all-villages-up-to:1000}") int allChoicesUpTo) {
        this.allChoicesUpTo = allChoicesUpTo;
        this.villages = villages;
        this.towns = towns;
        this.clusters = clusters;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Village> list(VillageFilter filter, Pageable pageable) {
        return villages.findAll(selection(filter), pageable);
    }

    /** The villages the filter selects, for the list's download. */
    public Selection<Village> forExport(VillageFilter filter, Sort sort) {
        return Selection.of(Village.class, selection(filter), sort, "town", "cluster");
    }

    /** A village the user may see, with its town and cluster; otherwise 404. */
    @Transactional(readOnly = true)
    public Village get(Long id) {
        return villages.findWithTownById(id)
                .filter(v -> Access.canSee(v.getTown().getId(), v.getId()))
                .orElseThrow(() -> new RecordNotFoundException("village", id));
    }

    /** Villages the user may see, for choosing one in a form. */
    @Transactional(readOnly = true)
    public List<Village> choices() {
        return villages.findAllWithTown().stream()
                .filter(v -> Access.canSee(v.getTown().getId(), v.getId()))
                .toList();
    }

    /**
     * Villages to offer in a list's village filter: every village the user may see where they are at most
     * {@code cunwu.lists.all-villages-up-to} (1,000); in a larger deployment (a province's 70,000 would make every list page megabytes)
     * the villages of the town the filter chose, and the chosen village in any case.
     */
    @Transactional(readOnly = true)
    public Choices<Village> filterChoices(Long townId, Long villageId) {
        if (offersAll()) {
            return new Choices<>(choices(), null, PICKER);
        }
        if (townId != null) {
            return new Choices<>(villages.findByTownIdWithTown(townId), null, PICKER);
        }
        return new Choices<>(visible(villageId == null ? List.of() : List.of(villageId)), "filter.villageAfterTown", PICKER);
    }

    /** {@link #formChoices(Collection)} of a field holding one village (or none). */
    @Transactional(readOnly = true)
    public Choices<Village> formChoices(Long chosen) {
        return formChoices(chosen == null ? List.<Long>of() : List.of(chosen));
    }

    /** {@link #formChoices(Long)} narrowed to the villages the user may change: a record's village field. */
    @Transactional(readOnly = true)
    public Choices<Village> editableChoices(Long chosen) {
        return formChoices(chosen).filter(this::canEdit);
    }

    /**
     * Villages to offer in a form's village field (or a list filter without a town filter): every village the user may
     * see where the user is scoped to a town or village or the deployment has at most {@code cunwu.lists.all-villages-up-to};
     * otherwise only the chosen ones (the field's value or values, so that a form shown again or an edit keeps them), the
     * others found by typing ({@code /pickers/villages}), which the field then says.
     */
    @Transactional(readOnly = true)
    public Choices<Village> formChoices(Collection<Long> chosen) {
        return offersAll() ? new Choices<>(choices(), null, PICKER) : new Choices<>(visible(chosen), "picker.typeToFind", PICKER);
    }

    /**
     * Any villages whatever the user's scope to choose partners across towns ({@link #allForChoosing}): all of them in a
     * deployment of at most {@code cunwu.lists.all-villages-up-to}, otherwise only the chosen ones (the others found by
     * typing, {@code /pickers/villages?any=true}).
     */
    @Transactional(readOnly = true)
    public Choices<VillageRef> anyChoices(Collection<Long> chosen) {
        if (small()) {
            return new Choices<>(allForChoosing(), null, ANY_PICKER);
        }
        List<Long> ids = chosen == null ? List.of() : chosen.stream().filter(Objects::nonNull).distinct().toList();
        return new Choices<>(ids.isEmpty() ? List.of() : villages.findWithTownByIdIn(ids).stream().map(VillageRef::of).toList(),
                "picker.typeToFind", ANY_PICKER);
    }

    /** Whether the user is offered every village they may see: scoped to a town or village, or a small deployment. */
    private boolean offersAll() {
        return Access.fixedVillageId() != null || Access.fixedTownId() != null || small();
    }

    private boolean small() {
        return villages.findSomeIds(PageRequest.of(allChoicesUpTo, 1)).isEmpty();
    }

    private List<Village> visible(Collection<Long> ids) {
        List<Long> wanted = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().toList();
        return wanted.isEmpty() ? List.of() : villages.findWithTownByIdIn(wanted).stream()
                .filter(v -> Access.canSee(v.getTown().getId(), v.getId())).toList();
    }

    /**
     * Any village by id whatever the user's scope, for naming a partner in another town (projects cross town
     * borders): only what may be shown of it, never the entity.
     */
    @Transactional(readOnly = true)
    public VillageRef anyById(Long id) {
        return villages.findWithTownById(id).map(VillageRef::of)
                .orElseThrow(() -> new RecordNotFoundException("village", id));
    }

    /**
     * A reference to join a record to a village named by {@link #anyById}: an uninitialised proxy for the
     * association only, nothing of the village is read through it.
     */
    @Transactional(readOnly = true)
    public Village referenceTo(VillageRef village) {
        return villages.getReferenceById(village.id());
    }

    /**
     * A village by its code whatever the user (nobody is signed in on the public notice page): only its name, code and
     * town are meant to be shown; its records stay behind the scope.
     */
    @Transactional(readOnly = true)
    public Optional<Village> anyByCode(String code) {
        return code == null || code.length() > 12 ? Optional.empty() : villages.findWithTownByCode(code);
    }

    /**
     * A type-to-search picker's villages: the first {@code limit} the user may see whose name or town's name holds the
     * text typed (letters in any case) or whose code begins with it, in the forms' order (town, then name). One query
     * with a limit, whatever the number of villages.
     */
    @Transactional(readOnly = true)
    public List<Village> search(String q, int limit) {
        return villages.findBy(Specification.allOf(Access.visible(), typed(q, true)),
                query -> query.sortBy(CHOICE_ORDER).limit(limit).all());
    }

    /** The same across the deployment whatever the user's scope, by name and town alone, to choose partners across towns. */
    @Transactional(readOnly = true)
    public List<VillageRef> searchAny(String q, int limit) {
        return villages.findBy(typed(q, false), query -> query.sortBy(CHOICE_ORDER).limit(limit).all()).stream()
                .map(VillageRef::of).toList();
    }

    /** Villages (with their towns, read in the same query) whose name or town's name holds q, or (byCode) whose code begins with it. */
    private static Specification<Village> typed(String q, boolean byCode) {
        return (village, query, cb) -> {
            @SuppressWarnings("unchecked")
            Join<Village, Town> town = (Join<Village, Town>) village.<Village, Town>fetch("town");
            if (q == null || q.isBlank()) {
                return null;
            }
            HibernateCriteriaBuilder hb = (HibernateCriteriaBuilder) cb;
            String contains = LikePattern.contains(q);
            Predicate named = cb.or(hb.ilike(village.get("name"), contains, '\\'), hb.ilike(town.get("name"), contains, '\\'));
            return byCode ? cb.or(named, cb.like(village.get("code"), LikePattern.startsWith(q), '\\')) : named;
        };
    }

    /** Every village of the deployment, for choosing a partner across towns. */
    @Transactional(readOnly = true)
    public List<VillageRef> allForChoosing() {
        return villages.findAllWithTown().stream().map(VillageRef::of).toList();
    }

    @Transactional(readOnly = true)
    public List<Village> membersOf(Cluster cluster) {
        return villages.findByClusterId(cluster.getId()).stream()
                .filter(v -> Access.canSee(v.getTown().getId(), v.getId()))
                .toList();
    }

    public boolean canCreate() {
        return Access.canCreate(Access.Editors.TOWN);
    }

    public boolean canEdit(Village village) {
        return Access.canEdit(Access.Editors.TOWN, village.getTown().getId(), village.getId());
    }

    /** Town staff create villages of their own town only, whatever the form said. */
    public Long fixedTownId() {
        return Access.fixedTownId();
    }

    @Transactional
    public Village create(VillageDetails details) {
        if (!canCreate()) {
            throw new AccessDeniedException("may not create villages");
        }
        if (villages.existsByCode(details.code())) {
            throw new InvalidFieldException("code", "village.code.taken");
        }
        Village village = new Village(details.name(), details.kind(), details.code(), null);
        village.update(details, townFor(details), clusterFor(details));
        if (details.establishedOn() == null) {
            village.establishOn(LocalDate.now(clock));
        }
        try {
            return villages.saveAndFlush(village);
        } catch (DataIntegrityViolationException e) {
            // two people creating the same code at once: the unique index decides, the user gets a field error
            throw new InvalidFieldException("code", "village.code.taken");
        }
    }

    @Transactional
    public Village update(Long id, Long expectedVersion, VillageDetails details) {
        Village village = get(id);
        if (!canEdit(village)) {
            throw new AccessDeniedException("may not edit village " + id);
        }
        ConcurrentEditException.check("village", id, expectedVersion, village.getVersion());
        if (villages.existsByCodeAndIdNot(details.code(), id)) {
            throw new InvalidFieldException("code", "village.code.taken");
        }
        village.update(details, townFor(details), clusterFor(details));
        villages.flush();
        return village;
    }

    @Transactional
    public void delete(Long id, Long expectedVersion) {
        Village village = get(id);
        if (!canEdit(village)) {
            throw new AccessDeniedException("may not delete village " + id);
        }
        ConcurrentEditException.check("village", id, expectedVersion, village.getVersion());
        try {
            villages.delete(village);
            villages.flush();
        } catch (DataIntegrityViolationException e) {
            throw new RecordInUseException("village", id, e);
        }
    }

    private Town townFor(VillageDetails details) {
        Long townId = fixedTownId() != null ? fixedTownId() : details.townId();
        if (townId == null) {
            throw new InvalidFieldException("townId", "village.town.required");
        }
        return towns.findById(townId).orElseThrow(() -> new InvalidFieldException("townId", "village.town.invalid"));
    }

    private Cluster clusterFor(VillageDetails details) {
        if (details.clusterId() == null) {
            return null;
        }
        return clusters.findById(details.clusterId())
                .orElseThrow(() -> new InvalidFieldException("clusterId", "village.cluster.invalid"));
    }

    private static Specification<Village> selection(VillageFilter filter) {
        return Specification.allOf(Access.visible(), VillageSpecifications.matching(filter));
    }
}
