package org.cunwu.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cunwu.cadres.CadreService;
import org.cunwu.cadres.Person;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Role;
import org.cunwu.shared.Scope;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Talent records as the signed-in user may see and change them. Programmes and advisers are the district's
 * and readable by everyone with a scope; returned talents and partner projects belong to a village and follow
 * its scope. District staff change everything; town staff change the village-tied records of their town.
 */
@Service
public class TalentService {

    private final ProgramRepository programs;
    private final EnrollmentRepository enrollments;
    private final TalentRepository talents;
    private final PartnerProjectRepository partners;
    private final PartnerApplicationRepository applications;
    private final VillageService villages;
    private final CadreService cadres;

    TalentService(ProgramRepository programs, EnrollmentRepository enrollments, TalentRepository talents,
            PartnerProjectRepository partners, PartnerApplicationRepository applications, VillageService villages,
            CadreService cadres) {
        this.programs = programs;
        this.enrollments = enrollments;
        this.talents = talents;
        this.partners = partners;
        this.applications = applications;
        this.villages = villages;
        this.cadres = cadres;
    }

    // ---- programmes and enrollments

    @Transactional(readOnly = true)
    public List<Program> programs(String q, ProgramKind kind) {
        if (Scope.current().level() == Scope.Level.NONE) {
            return List.of();
        }
        return programs.findAllByOrderByStartsOnDescNameAsc().stream()
                .filter(p -> q == null || q.isBlank() || p.getName().contains(q.trim()))
                .filter(p -> kind == null || p.getKind() == kind).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> enrollmentCounts() {
        return enrollments.countPerProgram().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Transactional(readOnly = true)
    public Program program(Long id) {
        if (Scope.current().level() == Scope.Level.NONE) {
            throw new RecordNotFoundException("program", id);
        }
        return programs.findById(id).orElseThrow(() -> new RecordNotFoundException("program", id));
    }

    /** The enrollments of a programme; people outside the user's scope are left out. */
    @Transactional(readOnly = true)
    public List<Enrollment> enrollmentsOf(Program program) {
        List<Long> visible = cadres.personChoices().stream().map(Person::getId).toList();
        return enrollments.findByProgram(program.getId()).stream().filter(e -> visible.contains(e.getPerson().getId())).toList();
    }

    @Transactional
    public Program saveProgram(Long id, Long expectedVersion, String name, ProgramKind kind, LocalDate startsOn, LocalDate endsOn,
            String description) {
        requireDistrict();
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            throw new InvalidFieldException("endsOn", "program.endsOn.beforeStart");
        }
        Program program;
        if (id == null) {
            if (programs.existsByName(name)) {
                throw new InvalidFieldException("name", "program.name.taken");
            }
            program = new Program(name, kind);
        } else {
            program = program(id);
            ConcurrentEditException.check("program", id, expectedVersion, program.getVersion());
            if (programs.existsByNameAndIdNot(name, id)) {
                throw new InvalidFieldException("name", "program.name.taken");
            }
        }
        program.update(name, kind, startsOn, endsOn, description);
        return programs.saveAndFlush(program);
    }

    @Transactional
    public Enrollment enroll(Long programId, Long personId, LocalDate from, TrainingMode mode) {
        requireDistrict();
        Program program = program(programId);
        if (personId == null) {
            throw new InvalidFieldException("personId", "validation.required");
        }
        if (from == null || mode == null) {
            throw new InvalidFieldException("fromDate", "enrollment.incomplete");
        }
        Person person;
        try {
            person = cadres.person(personId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("personId", "enrollment.person.invalid");
        }
        return enrollments.save(new Enrollment(program, person, from, mode));
    }

    @Transactional
    public void finishEnrollment(Long programId, Long enrollmentId, LocalDate on, String outcome) {
        requireDistrict();
        Enrollment enrollment = enrollments.findById(enrollmentId).filter(e -> e.getProgram().getId().equals(programId))
                .orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
        if (on == null || on.isBefore(enrollment.getFromDate())) {
            throw new InvalidFieldException("toDate", "enrollment.toDate.invalid");
        }
        enrollment.finish(on, outcome);
    }

    // ---- talent pool

    @Transactional(readOnly = true)
    public List<Talent> talents(String q, TalentKind kind) {
        return talents.findAllWithVillage().stream().filter(this::visible)
                .filter(t -> q == null || q.isBlank() || t.getName().contains(q.trim())
                        || (t.getField() != null && t.getField().contains(q.trim())))
                .filter(t -> kind == null || t.getKind() == kind).toList();
    }

    @Transactional(readOnly = true)
    public Talent talent(Long id) {
        return talents.findWithVillageById(id).filter(this::visible).orElseThrow(() -> new RecordNotFoundException("talent", id));
    }

    public boolean canEdit(Talent talent) {
        return canEditVillageRecord(talent.getVillage());
    }

    @Transactional
    public Talent saveTalent(Long id, TalentForm form) {
        Village village = form.getVillageId() == null ? null : village(form.getVillageId());
        if (form.getKind() == TalentKind.RETURNED && village == null) {
            throw new InvalidFieldException("villageId", "talent.village.required");
        }
        if (!canEditVillageRecord(village)) {
            throw new AccessDeniedException("may not change this talent record");
        }
        Talent talent;
        if (id == null) {
            talent = new Talent(form.getKind(), form.getName());
        } else {
            talent = talent(id);
            if (!canEdit(talent)) {
                throw new AccessDeniedException("may not change talent " + id);
            }
            ConcurrentEditException.check("talent", id, form.getVersion(), talent.getVersion());
        }
        talent.update(form, village);
        return talents.saveAndFlush(talent);
    }

    // ---- partner projects and applications

    @Transactional(readOnly = true)
    public List<PartnerProject> partnerProjects(String q, PartnerStatus status) {
        Scope scope = Scope.current();
        return partners.findAllWithVillage().stream()
                .filter(p -> scope.coversVillage(p.getVillage().getTown().getId(), p.getVillage().getId()))
                .filter(p -> q == null || q.isBlank() || p.getTitle().contains(q.trim()))
                .filter(p -> status == null || p.getStatus() == status).toList();
    }

    @Transactional(readOnly = true)
    public Map<Long, Long> applicationCounts() {
        return applications.countPerProject().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
    }

    @Transactional(readOnly = true)
    public PartnerProject partnerProject(Long id) {
        Scope scope = Scope.current();
        return partners.findWithVillageById(id)
                .filter(p -> scope.coversVillage(p.getVillage().getTown().getId(), p.getVillage().getId()))
                .orElseThrow(() -> new RecordNotFoundException("partner project", id));
    }

    @Transactional(readOnly = true)
    public List<PartnerApplication> applicationsOf(PartnerProject project) {
        return applications.findByProjectIdOrderBySubmittedOnDescIdDesc(project.getId());
    }

    public boolean canEdit(PartnerProject project) {
        return canEditVillageRecord(project.getVillage());
    }

    @Transactional
    public PartnerProject savePartnerProject(Long id, PartnerForm form) {
        Village village = village(form.getVillageId());
        if (!canEditVillageRecord(village)) {
            throw new AccessDeniedException("may not change partner projects of village " + village.getId());
        }
        if (form.getOpenTo() != null && form.getOpenTo().isBefore(form.getOpenFrom())) {
            throw new InvalidFieldException("openTo", "partner.openTo.beforeStart");
        }
        PartnerProject project;
        if (id == null) {
            project = new PartnerProject(form.getTitle(), village, form.getOpenFrom());
        } else {
            project = partnerProject(id);
            if (!canEdit(project)) {
                throw new AccessDeniedException("may not change partner project " + id);
            }
            ConcurrentEditException.check("partner project", id, form.getVersion(), project.getVersion());
        }
        project.update(form, village);
        return partners.saveAndFlush(project);
    }

    @Transactional
    public PartnerApplication apply(Long projectId, String applicant, String organisation, String phone, LocalDate submittedOn,
            String proposal) {
        PartnerProject project = partnerProject(projectId);
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not record applications of partner project " + projectId);
        }
        if (applicant == null || applicant.isBlank() || submittedOn == null) {
            throw new InvalidFieldException("applicant", "application.incomplete");
        }
        if (phone != null && !phone.isBlank() && !phone.matches(org.cunwu.shared.PhoneMask.PATTERN)) {
            throw new InvalidFieldException("phone", "talent.phone.pattern");
        }
        if (project.getStatus() != PartnerStatus.OPEN) {
            throw new InvalidFieldException("applicant", "application.projectNotOpen");
        }
        return applications.save(new PartnerApplication(project, applicant.trim(), organisation, phone, submittedOn, proposal));
    }

    /** Moves an application along an allowed step; a rejection needs its reason. */
    @Transactional
    public PartnerApplication moveApplication(Long projectId, Long applicationId, Long expectedVersion, ApplicationStatus next,
            String reason) {
        PartnerProject project = partnerProject(projectId);
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not change applications of partner project " + projectId);
        }
        PartnerApplication application = applications.findById(applicationId)
                .filter(a -> a.getProject().getId().equals(projectId))
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
        ConcurrentEditException.check("application", applicationId, expectedVersion, application.getVersion());
        if (next == null || !application.getStatus().allowedNext().contains(next)) {
            throw new InvalidFieldException("status", "application.status.notAllowed");
        }
        if (next == ApplicationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "application.reasonRequired");
        }
        application.moveTo(next, reason);
        applications.flush();
        return application;
    }

    // ---- counts for the district report

    @Transactional(readOnly = true)
    public long countReturnedTalents(LocalDate from, LocalDate to) {
        return talents.countByKindAndSinceDateBetween(TalentKind.RETURNED, from, to);
    }

    @Transactional(readOnly = true)
    public long countAdvisersAppointed(LocalDate from, LocalDate to) {
        return talents.countByKindAndSinceDateBetween(TalentKind.ADVISER, from, to);
    }

    @Transactional(readOnly = true)
    public long countPartnerProjectsOpened(LocalDate from, LocalDate to) {
        return partners.countByOpenFromBetween(from, to);
    }

    public boolean isDistrictStaff() {
        Role role = Scope.currentRole();
        return role == Role.ADMIN || role == Role.DISTRICT_STAFF;
    }

    private boolean canEditVillageRecord(Village village) {
        if (isDistrictStaff()) {
            return true;
        }
        return village != null && Scope.currentRole() == Role.TOWN_STAFF && Scope.current().coversTown(village.getTown().getId());
    }

    private boolean visible(Talent talent) {
        Scope scope = Scope.current();
        if (scope.level() == Scope.Level.NONE) {
            return false;
        }
        // advisers serve the whole district; returned talents belong to their village
        return talent.getVillage() == null || scope.coversVillage(talent.getVillage().getTown().getId(), talent.getVillage().getId());
    }

    private Village village(Long villageId) {
        try {
            return villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "talent.village.invalid");
        }
    }

    private void requireDistrict() {
        if (!isDistrictStaff()) {
            throw new AccessDeniedException("only district staff manage programmes");
        }
    }
}
