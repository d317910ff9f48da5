package org.cunwu.talent.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.cunwu.shared.access.Access;
import org.cunwu.cadres.CadreRoster;
import org.cunwu.cadres.PersonRef;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.shared.history.HistoryEntry;
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.shared.history.HistoryService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent programmes and the people enrolled in them. Programmes are the district's: everyone with a scope reads
 * them, district staff change them. On a programme's page a reader sees the enrolled people of their own scope.
 */
@Service
class ProgramService {

    private final ProgramRepository programs;
    private final EnrollmentRepository enrollments;
    private final CadreRoster cadres;
    private final TalentService talents;
    private final HistoryService history;

    ProgramService(ProgramRepository programs, EnrollmentRepository enrollments, CadreRoster cadres, TalentService talents,
            HistoryService history) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.cadres = cadres;
        this.talents = talents;
        this.history = history;
    }

    @Transactional(readOnly = true)
    public Page<Program> list(ProgramFilter filter, Pageable pageable) {
        return programs.findAll(TalentSpecifications.programs(filter), pageable);
    }

    /** The programmes the filter selects, for the list's download. */
    public Selection<Program> forExport(ProgramFilter filter, Sort sort) {
        return Selection.of(Program.class, TalentSpecifications.programs(filter), sort);
    }

    /** Enrolled people per programme id, in one query for a list page. */
    @Transactional(readOnly = true)
    public Map<Long, Long> enrollmentCounts(List<Program> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return IdCount.byId(enrollments.countPerProgram(list.stream().map(Program::getId).toList()));
    }

    @Transactional(readOnly = true)
    public Program get(Long id) {
        if (!TalentAccess.readsAnything()) {
            throw new RecordNotFoundException("program", id);
        }
        return programs.findById(id).orElseThrow(() -> new RecordNotFoundException("program", id));
    }

    /** The enrollments of a programme, each cadre with their name; people outside the user's scope are left out. */
    @Transactional(readOnly = true)
    public List<Enrollment> enrollmentsOf(Program program) {
        List<Enrollment> all = enrollments.findByProgram(program.getId());
        Map<Long, PersonRef> visible = cadres.visiblePersons(all.stream().map(Enrollment::getPersonId).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        boolean everything = Access.seesEverything();
        List<Enrollment> shown = all.stream().filter(e -> e.getPersonId() != null ? visible.containsKey(e.getPersonId())
                : everything || TalentService.isVisible(e.getTalent())).toList();
        shown.forEach(e -> e.showAs(visible.get(e.getPersonId())));
        return shown;
    }

    /**
     * The programme's history with that of the enrollments shown (from {@link #enrollmentsOf}), newest first; an enrolled
     * cadre is named as today.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> history(Program program, List<Enrollment> shown) {
        Map<String, String> names = shown.stream().filter(e -> e.getPersonId() != null)
                .collect(Collectors.toMap(e -> Enrollment.PERSON + e.getPersonId(), Enrollment::getEnrolleeName, (a, b) -> a));
        List<HistoryEntry> parts = history.historyOfParts(Enrollment.class, "program", program.getId(),
                shown.stream().map(Enrollment::getId).collect(Collectors.toSet()));
        return HistoryService.newestFirst(history.historyOf(Program.class, program.getId()), parts.stream()
                .map(entry -> new HistoryEntry(entry.revision(), entry.at(), entry.username(), entry.kind(), entry.changes().stream()
                        .map(change -> new HistoryEntry.FieldChange(change.fieldKey(), named(change.oldValue(), names),
                                named(change.newValue(), names)))
                        .toList(), named(entry.subject(), names)))
                .toList());
    }

    private static String named(String value, Map<String, String> names) {
        return value != null && value.startsWith(Enrollment.PERSON) ? names.getOrDefault(value, HistoryLabels.DELETED) : value;
    }

    public boolean canManage() {
        return TalentAccess.isDistrictStaff();
    }

    @Transactional
    public Program save(Long id, ProgramForm form) {
        requireManager();
        if (form.getStartsOn() != null && form.getEndsOn() != null && form.getEndsOn().isBefore(form.getStartsOn())) {
            throw new InvalidFieldException("endsOn", "program.endsOn.beforeStart");
        }
        Program program;
        if (id == null) {
            if (programs.existsByName(form.getName())) {
                throw new InvalidFieldException("name", "program.name.taken");
            }
            program = new Program(form.getName(), form.getKind());
        } else {
            program = get(id);
            ConcurrentEditException.check("program", id, form.getVersion(), program.getVersion());
            if (programs.existsByNameAndIdNot(form.getName(), id)) {
                throw new InvalidFieldException("name", "program.name.taken");
            }
        }
        program.update(form.getName(), form.getKind(), form.getStartsOn(), form.getEndsOn(), form.getDescription());
        return programs.saveAndFlush(program);
    }

    /**
     * A cadre or a returned talent joins a programme; someone already enrolled and not yet finished cannot join it
     * twice.
     */
    @Transactional
    public Enrollment enroll(Long programId, EnrollmentForm form) {
        requireManager();
        Program program = get(programId);
        // a programme takes no one in after its end (a late record of an earlier start is fine)
        if (program.getEndsOn() != null && form.getFromDate().isAfter(program.getEndsOn())) {
            throw new InvalidFieldException("fromDate", "enrollment.fromDate.afterProgramEnd");
        }
        try {
            if (form.talentId() != null) {
                Talent talent = talents.returned(form.talentId());
                if (enrollments.existsOpenTalentEnrollment(programId, talent.getId(), form.getFromDate())) {
                    throw new InvalidFieldException("enrollee", "enrollment.person.alreadyEnrolled");
                }
                return enrollments.saveAndFlush(new Enrollment(program, talent, form.getFromDate(), form.getMode()));
            }
            PersonRef person = cadres.person(form.personId());
            if (enrollments.existsOpenEnrollment(programId, person.id(), form.getFromDate())) {
                throw new InvalidFieldException("enrollee", "enrollment.person.alreadyEnrolled");
            }
            return enrollments.saveAndFlush(new Enrollment(program, person.id(), form.getFromDate(), form.getMode()));
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("enrollee", "enrollment.person.invalid");
        }
    }

    /** Ends an enrollment on a day, with what it achieved. */
    @Transactional
    public Enrollment finish(Long programId, Long enrollmentId, LocalDate on, String outcome) {
        requireManager();
        Enrollment enrollment = enrollments.findById(enrollmentId).filter(e -> e.getProgram().getId().equals(programId))
                .orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
        if (enrollment.getToDate() != null) {
            throw new InvalidFieldException("toDate", "enrollment.alreadyFinished");
        }
        if (on == null || on.isBefore(enrollment.getFromDate())) {
            throw new InvalidFieldException("toDate", "enrollment.toDate.invalid");
        }
        if (outcome != null && outcome.length() > 1000) {
            throw new InvalidFieldException("outcome", "enrollment.outcome.tooLong");
        }
        enrollment.finish(on, outcome);
        enrollments.flush();
        return enrollment;
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("only district staff manage programmes");
        }
    }
}
