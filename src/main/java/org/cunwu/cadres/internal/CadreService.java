package org.cunwu.cadres.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People and the posts they hold, as the signed-in user may see and change them. A person is
 * visible where one of their posts (current or former) lies in the user's scope; changing cadres
 * follows the right to change their village (district staff, or town staff of its town).
 */
@Service
public class CadreService {

    private final PersonRepository persons;
    private final PostHeldRepository posts;
    private final PostTypeRepository postTypes;
    private final VillageService villages;
    private final PostCorrectionRepository corrections;
    private final Clock clock;

    CadreService(PersonRepository persons, PostHeldRepository posts, PostTypeRepository postTypes, VillageService villages,
            PostCorrectionRepository corrections, Clock clock) {
        this.persons = persons;
        this.posts = posts;
        this.postTypes = postTypes;
        this.villages = villages;
        this.corrections = corrections;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<PostHeld> list(CadreFilter filter, Pageable pageable) {
        return posts.findAll(selection(filter), pageable);
    }

    /** The posts the filter selects, for the list's download. */
    public Selection<PostHeld> forExport(CadreFilter filter, Sort sort) {
        return Selection.of(PostHeld.class, selection(filter), sort, "person", "village", "village.town", "postType");
    }

    @Transactional(readOnly = true)
    public List<PostType> postTypes() {
        return postTypes.findAllByOrderBySortOrder();
    }

    /** A person the user may see; otherwise 404. */
    @Transactional(readOnly = true)
    public Person person(Long id) {
        return persons.findById(id).filter(this::visible).orElseThrow(() -> new RecordNotFoundException("person", id));
    }

    @Transactional(readOnly = true)
    public List<PostHeld> postsOf(Person person) {
        return posts.findByPerson(person.getId());
    }

    /** The village dossier's cadres: current posts first, then the history. The caller has checked the village's scope. */
    @Transactional(readOnly = true)
    public List<PostHeld> postsIn(Village village) {
        return posts.findByVillage(village.getId());
    }

    /** People the user may see, for choosing a mentor or a cohort member. */
    @Transactional(readOnly = true)
    public List<Person> personChoices() {
        if (Access.seesEverything()) {
            return persons.findAllByOrderByName();
        }
        Long town = Access.fixedTownId();
        Long village = Access.fixedVillageId();
        return town != null ? persons.findByTown(town) : village != null ? persons.findByVillage(village) : List.of();
    }

    /** Those of these people the user may see, as {@link #personChoices()} would list them. */
    @Transactional(readOnly = true)
    public List<Person> visiblePersons(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        if (Access.seesEverything()) {
            return persons.findAllById(ids);
        }
        Long town = Access.fixedTownId();
        Long village = Access.fixedVillageId();
        return town != null ? persons.findByIdInAndTown(ids, town) : village != null ? persons.findByIdInAndVillage(ids, village)
                : List.of();
    }

    public boolean canEdit(Person person) {
        // a person belongs to the villages of their posts: town staff change the people who held a post in their town
        if (!Access.canCreate(Access.Editors.TOWN)) {
            return false;
        }
        Long town = Access.fixedTownId();
        return town == null ? Access.seesEverything() : persons.heldPostInTown(person.getId(), town);
    }

    public boolean canCreate() {
        return villages.canCreate();
    }

    /** A new person with their first post, in one step: town staff cannot create a person outside their town. */
    @Transactional
    public Person create(PersonDetails details, Long villageId, Long postTypeId, LocalDate fromDate) {
        Village village = editableVillage(villageId);
        PostType type = postType(postTypeId);
        if (type.isSecretary()) {
            // replacing a sitting secretary asks why they leave: that question lives on the appointment form
            posts.findCurrentSecretary(village.getId()).ifPresent(sitting -> {
                throw new InvalidFieldException("postTypeId", "post.secretary.sitting", sitting.getPerson().getName());
            });
        }
        Person person = persons.save(new Person(details));
        appoint(person, village, type, fromDate, null, null);
        return person;
    }

    @Transactional
    public Person update(Long id, Long expectedVersion, PersonDetails details) {
        Person person = person(id);
        requireEditable(person);
        ConcurrentEditException.check("person", id, expectedVersion, person.getVersion());
        person.update(details);
        persons.flush();
        return person;
    }

    /**
     * Appoints a person to a post. Appointing a Party secretary ends the village's current secretary
     * in the same step, with the reason the user chose (refused without one, naming who would be replaced); the
     * unique index refuses a second current secretary even when two appointments race.
     */
    @Transactional
    public PostHeld appoint(Long personId, Long villageId, Long postTypeId, LocalDate fromDate, EndReason previousEndReason,
            String note) {
        Person person = person(personId);
        if (!canCreate()) { // refused before the form's details are looked at
            throw new AccessDeniedException("may not appoint cadres");
        }
        return appoint(person, editableVillage(villageId), postType(postTypeId), fromDate, previousEndReason, note);
    }

    private PostHeld appoint(Person person, Village village, PostType type, LocalDate fromDate, EndReason previousEndReason,
            String note) {
        if (fromDate == null) {
            throw new InvalidFieldException("fromDate", "validation.required");
        }
        if (type.isSecretary()) {
            posts.findCurrentSecretary(village.getId()).ifPresent(previous -> {
                if (fromDate.isBefore(previous.getFromDate())) {
                    throw new InvalidFieldException("fromDate", "post.appoint.beforePrevious");
                }
                if (previousEndReason == null) {
                    throw new InvalidFieldException("previousEndReason", "post.appoint.replaces",
                            previous.getPerson().getName(), previous.getFromDate().toString());
                }
                if (previousEndReason == EndReason.OTHER && (note == null || note.isBlank())) {
                    throw new InvalidFieldException("previousEndNote", "post.end.noteRequired");
                }
                previous.end(fromDate, previousEndReason, note);
                posts.flush();
            });
        }
        try {
            return posts.saveAndFlush(new PostHeld(person, village, type, fromDate));
        } catch (DataIntegrityViolationException e) {
            throw new InvalidFieldException("postTypeId", "post.secretary.taken");
        }
    }

    /**
     * One row of an imported roster. A row matching a post the person already holds (same village, post and
     * start) is skipped, so an export imports again without duplicates; a row with an end date is kept as a
     * finished post and leaves the village's current secretary alone.
     */
    @Transactional
    public ImportedRow importRow(Person known, PersonDetails details, Long villageId, Long postTypeId, LocalDate from, LocalDate to,
            EndReason reason, String note) {
        Village village = editableVillage(villageId);
        PostType type = postType(postTypeId);
        Person found = known != null ? known : persons.findByNameAndBirthDate(details.name(), details.birthDate()).stream()
                .filter(this::visible).findFirst().orElse(null);
        Person person = found != null ? found : persons.save(new Person(details));
        boolean recorded = posts.findByPerson(person.getId()).stream().anyMatch(p -> p.getVillage().getId().equals(village.getId())
                && p.getPostType().getId().equals(type.getId()) && p.getFromDate().equals(from));
        if (recorded) {
            return new ImportedRow(person, found == null, false);
        }
        if (to == null) {
            appoint(person, village, type, from, EndReason.TERM_ENDED, null);
        } else {
            if (to.isBefore(from)) {
                throw new InvalidFieldException("toDate", "post.end.beforeStart");
            }
            PostHeld past = new PostHeld(person, village, type, from);
            past.end(to, reason == null ? EndReason.OTHER : reason, note);
            posts.saveAndFlush(past);
        }
        return new ImportedRow(person, found == null, true);
    }

    /** What one roster row did: its person (new to the register or already there) and whether its post was new. */
    public record ImportedRow(Person person, boolean newPerson, boolean newPost) {
    }

    /** Ends a post; with NOT_COMPETENT this is the adjustment of a cadre (不胜任调整). */
    @Transactional
    public PostHeld end(Long postId, Long expectedVersion, LocalDate on, EndReason reason, String note) {
        PostHeld post = posts.findWithAllById(postId).orElseThrow(() -> new RecordNotFoundException("post", postId));
        Access.requireEdit(Access.Editors.TOWN, post.getVillage().getTown().getId(), post.getVillage().getId(), "post", postId);
        ConcurrentEditException.check("post", postId, expectedVersion, post.getVersion());
        if (!post.isCurrent()) {
            throw new InvalidFieldException("toDate", "post.end.alreadyEnded");
        }
        if (on == null) {
            throw new InvalidFieldException("toDate", "validation.required");
        }
        if (on.isBefore(post.getFromDate())) {
            throw new InvalidFieldException("toDate", "post.end.beforeStart");
        }
        if (reason == null) {
            throw new InvalidFieldException("endReason", "validation.required");
        }
        if (reason == EndReason.OTHER && (note == null || note.isBlank())) {
            throw new InvalidFieldException("endNote", "post.end.noteRequired");
        }
        post.end(on, reason, note);
        posts.flush();
        return post;
    }

    /**
     * District staff's correction of an ended post (another end day, reason or note, or reopening it), logged with who,
     * when and why; the post's own history shows the change under the same user's revision.
     */
    @Transactional
    public PostHeld correct(Long postId, Long expectedVersion, boolean reopen, LocalDate on, EndReason reason, String note,
            String why) {
        PostHeld post = posts.findWithAllById(postId).orElseThrow(() -> new RecordNotFoundException("post", postId));
        Access.requireEdit(Access.Editors.DISTRICT, post.getVillage().getTown().getId(), post.getVillage().getId(), "post", postId);
        ConcurrentEditException.check("post", postId, expectedVersion, post.getVersion());
        if (post.isCurrent()) {
            throw new InvalidFieldException("reason", "post.correction.notEnded");
        }
        if (why == null || why.isBlank()) {
            throw new InvalidFieldException("reason", "post.correction.reasonRequired");
        }
        PostCorrection correction = new PostCorrection(post, clock.instant(), Scope.currentUser().getUsername(), why);
        if (reopen) {
            if (post.getPostType().isSecretary() && posts.findCurrentSecretary(post.getVillage().getId()).isPresent()) {
                throw new InvalidFieldException("reopened", "post.correction.secretarySitting");
            }
            post.reopen();
        } else {
            if (on == null) {
                throw new InvalidFieldException("toDate", "validation.required");
            }
            if (on.isBefore(post.getFromDate())) {
                throw new InvalidFieldException("toDate", "post.end.beforeStart");
            }
            if (reason == null) {
                throw new InvalidFieldException("endReason", "post.endReason.choose");
            }
            if (reason == EndReason.OTHER && (note == null || note.isBlank())) {
                throw new InvalidFieldException("endNote", "post.end.noteRequired");
            }
            post.correctEnd(on, reason, note);
        }
        try {
            posts.saveAndFlush(post);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidFieldException("reopened", "post.correction.secretarySitting");
        }
        corrections.save(correction.after(post));
        return post;
    }

    /** The corrections of a person's posts, newest first (the caller has the person from {@link #person(Long)}). */
    @Transactional(readOnly = true)
    public List<PostCorrection> correctionsOf(Person person) {
        return corrections.findByPerson(person.getId());
    }

    /** Whether the user may correct an ended post of the village: district staff only. */
    public boolean canCorrect(PostHeld post) {
        return Access.canEdit(Access.Editors.DISTRICT, post.getVillage().getTown().getId(), post.getVillage().getId());
    }

    /** The post in the user's scope, for a form on the person's page. */
    @Transactional(readOnly = true)
    public PostHeld post(Long postId) {
        return posts.findWithAllById(postId)
                .filter(p -> Access.canSee(p.getVillage().getTown().getId(), p.getVillage().getId()))
                .orElseThrow(() -> new RecordNotFoundException("post", postId));
    }

    /** Whether the user may end the post (the village's town staff and district staff). */
    public boolean canEnd(PostHeld post) {
        return Access.canEdit(Access.Editors.TOWN, post.getVillage().getTown().getId(), post.getVillage().getId());
    }

    /** The person a post belongs to, when the post is in the user's scope (for going back to their page). */
    @Transactional(readOnly = true)
    public Long personIdOfPost(Long postId) {
        return posts.findWithAllById(postId)
                .filter(p -> Access.canSee(p.getVillage().getTown().getId(), p.getVillage().getId()))
                .map(p -> p.getPerson().getId())
                .orElseThrow(() -> new RecordNotFoundException("post", postId));
    }

    /** The adjustments (not competent) of cadres of these villages in the period, for a campaign's results. */
    @Transactional(readOnly = true)
    public List<PostHeld> adjustmentsIn(Collection<Long> villageIds, LocalDate from, LocalDate to) {
        return villageIds.isEmpty() ? List.of() : posts.findEndedIn(EndReason.NOT_COMPETENT, villageIds, from, to);
    }

    private Village editableVillage(Long villageId) {
        if (villageId == null) {
            throw new InvalidFieldException("villageId", "validation.required");
        }
        Village village;
        try {
            village = villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "post.village.invalid");
        }
        if (!villages.canEdit(village)) {
            throw new AccessDeniedException("may not appoint cadres in village " + villageId);
        }
        return village;
    }

    private PostType postType(Long postTypeId) {
        if (postTypeId == null) {
            throw new InvalidFieldException("postTypeId", "validation.required");
        }
        return postTypes.findById(postTypeId).orElseThrow(() -> new InvalidFieldException("postTypeId", "post.postType.invalid"));
    }

    private void requireEditable(Person person) {
        if (!canEdit(person)) {
            throw new AccessDeniedException("may not edit person " + person.getId());
        }
    }

    private boolean visible(Person person) {
        if (Access.seesEverything()) {
            return true;
        }
        Long town = Access.fixedTownId();
        Long village = Access.fixedVillageId();
        return town != null ? persons.heldPostInTown(person.getId(), town)
                : village != null && persons.heldPostInVillage(person.getId(), village);
    }

    private static Specification<PostHeld> selection(CadreFilter filter) {
        return Specification.allOf(Access.visible("village"), PostHeldSpecifications.matching(filter));
    }
}
