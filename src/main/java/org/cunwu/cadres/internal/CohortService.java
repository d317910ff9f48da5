package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cohorts are the district's programme of team management: everyone may read them, district staff change them. */
@Service
public class CohortService {

    private final CohortRepository cohorts;
    private final CohortMemberRepository members;
    private final CohortActivityRepository activities;
    private final PersonRepository persons;

    CohortService(CohortRepository cohorts, CohortMemberRepository members, CohortActivityRepository activities,
            PersonRepository persons) {
        this.cohorts = cohorts;
        this.members = members;
        this.activities = activities;
        this.persons = persons;
    }

    @Transactional(readOnly = true)
    public List<Cohort> list() {
        return Access.readsAnything() ? cohorts.findAllWithMentor() : List.of();
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> memberCounts() {
        return IdCount.byId(members.countPerCohort());
    }

    @Transactional(readOnly = true)
    public Cohort get(Long id) {
        if (!Access.readsAnything()) {
            throw new RecordNotFoundException("cohort", id);
        }
        return cohorts.findWithMentorById(id).orElseThrow(() -> new RecordNotFoundException("cohort", id));
    }

    @Transactional(readOnly = true)
    public List<CohortMember> membersOf(Cohort cohort) {
        return members.findByCohort(cohort.getId());
    }

    @Transactional(readOnly = true)
    public List<CohortMember> membershipsOf(Person person) {
        return members.findByPerson(person.getId());
    }

    @Transactional(readOnly = true)
    public List<CohortActivity> activitiesOf(Cohort cohort) {
        return activities.findByCohortIdOrderByHeldOnDesc(cohort.getId());
    }

    public boolean canManage() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    @Transactional
    public Cohort create(String name, String description, Long mentorId, LocalDate startedOn) {
        requireManager();
        if (cohorts.existsByName(name)) {
            throw new InvalidFieldException("name", "cohort.name.taken");
        }
        Cohort cohort = new Cohort(name);
        cohort.update(name, description, mentor(mentorId), startedOn);
        return cohorts.save(cohort);
    }

    @Transactional
    public Cohort update(Long id, Long expectedVersion, String name, String description, Long mentorId, LocalDate startedOn) {
        requireManager();
        Cohort cohort = get(id);
        ConcurrentEditException.check("cohort", id, expectedVersion, cohort.getVersion());
        if (cohorts.existsByNameAndIdNot(name, id)) {
            throw new InvalidFieldException("name", "cohort.name.taken");
        }
        cohort.update(name, description, mentor(mentorId), startedOn);
        cohorts.flush();
        return cohort;
    }

    @Transactional
    public CohortMember addMember(Long cohortId, Long personId, LocalDate joinedOn) {
        requireManager();
        Cohort cohort = get(cohortId);
        if (personId == null) {
            throw new InvalidFieldException("personId", "validation.required");
        }
        Person person = persons.findById(personId).orElseThrow(() -> new InvalidFieldException("personId", "cohort.person.invalid"));
        if (members.existsByCohortIdAndPersonId(cohortId, personId)) {
            throw new InvalidFieldException("personId", "cohort.member.already");
        }
        return members.save(new CohortMember(cohort, person, joinedOn));
    }

    @Transactional
    public void removeMember(Long cohortId, Long memberId) {
        requireManager();
        members.findById(memberId).filter(m -> m.getCohort().getId().equals(cohortId))
                .ifPresent(members::delete);
    }

    @Transactional
    public CohortActivity addActivity(Long cohortId, ActivityKind kind, String title, LocalDate heldOn, String note) {
        requireManager();
        Cohort cohort = get(cohortId);
        return activities.save(new CohortActivity(cohort, kind, title, heldOn, note));
    }

    private Person mentor(Long mentorId) {
        return mentorId == null ? null
                : persons.findById(mentorId).orElseThrow(() -> new InvalidFieldException("mentorId", "cohort.person.invalid"));
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("may not change cohorts");
        }
    }
}
