package org.cunwu.talent.internal;

import java.util.List;
import java.util.Map;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Rural revitalisation partner" projects and the applications they receive, as the signed-in user may see and
 * change them: a project follows its village's scope; district staff and town staff of its town change it.
 */
@Service
class PartnerService {

    private final PartnerProjectRepository partners;
    private final PartnerApplicationRepository applications;
    private final VillageService villages;

    PartnerService(PartnerProjectRepository partners, PartnerApplicationRepository applications, VillageService villages) {
        this.partners = partners;
        this.applications = applications;
        this.villages = villages;
    }

    @Transactional(readOnly = true)
    public Page<PartnerProject> list(PartnerFilter filter, Pageable pageable) {
        return partners.findAll(TalentSpecifications.partnerProjects(filter), pageable);
    }

    /** The partner projects the filter selects, for the list's download. */
    public Selection<PartnerProject> forExport(PartnerFilter filter, Sort sort) {
        return Selection.of(PartnerProject.class, TalentSpecifications.partnerProjects(filter), sort, "village", "village.town");
    }

    /** Applications per project id, in one query for a list page. */
    @Transactional(readOnly = true)
    public Map<Long, Long> applicationCounts(List<PartnerProject> list) {
        if (list.isEmpty()) {
            return Map.of();
        }
        return IdCount.byId(applications.countPerProject(list.stream().map(PartnerProject::getId).toList()));
    }

    /** A project the user may see; otherwise 404. */
    @Transactional(readOnly = true)
    public PartnerProject get(Long id) {
        return partners.findWithVillageById(id)
                .filter(p -> Access.canSee(p.getVillage().getTown().getId(), p.getVillage().getId()))
                .orElseThrow(() -> new RecordNotFoundException("partner project", id));
    }

    @Transactional(readOnly = true)
    public List<PartnerApplication> applicationsOf(PartnerProject project) {
        return applications.findByProjectIdOrderBySubmittedOnDescIdDesc(project.getId());
    }

    public boolean canEdit(PartnerProject project) {
        return TalentAccess.canEditVillageRecord(project.getVillage());
    }

    public boolean canCreate() {
        return TalentAccess.canCreateVillageRecords();
    }

    @Transactional
    public PartnerProject save(Long id, PartnerForm form) {
        Village village = village(form.getVillageId());
        if (!TalentAccess.canEditVillageRecord(village)) {
            throw new AccessDeniedException("may not change partner projects of village " + village.getId());
        }
        if (form.getOpenTo() != null && form.getOpenFrom() != null && form.getOpenTo().isBefore(form.getOpenFrom())) {
            throw new InvalidFieldException("openTo", "partner.openTo.beforeStart");
        }
        PartnerProject project;
        if (id == null) {
            if (form.getStatus() == PartnerStatus.MATCHED) {
                throw new InvalidFieldException("status", "partner.status.matchedNeedsAccepted");
            }
            project = new PartnerProject(form.getTitle(), village, form.getOpenFrom());
        } else {
            project = get(id);
            if (!canEdit(project)) {
                throw new AccessDeniedException("may not change partner project " + id);
            }
            ConcurrentEditException.check("partner project", id, form.getVersion(), project.getVersion());
            if (form.getStatus() == PartnerStatus.MATCHED && project.getStatus() != PartnerStatus.MATCHED
                    && !applications.existsByProjectIdAndStatus(id, ApplicationStatus.ACCEPTED)) {
                throw new InvalidFieldException("status", "partner.status.matchedNeedsAccepted");
            }
        }
        project.update(form, village);
        return partners.saveAndFlush(project);
    }

    /** Records an application to a project that is open, submitted within its recruitment period. */
    @Transactional
    public PartnerApplication apply(Long projectId, ApplicationForm form) {
        PartnerProject project = get(projectId);
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not record applications of partner project " + projectId);
        }
        if (project.getStatus() != PartnerStatus.OPEN) {
            throw new InvalidFieldException("applicant", "application.projectNotOpen");
        }
        if (form.getSubmittedOn().isBefore(project.getOpenFrom())
                || (project.getOpenTo() != null && form.getSubmittedOn().isAfter(project.getOpenTo()))) {
            throw new InvalidFieldException("submittedOn", "application.submittedOn.outsidePeriod");
        }
        return applications.saveAndFlush(new PartnerApplication(project, form.getApplicant(), form.getOrganisation(),
                form.getPhone(), form.getSubmittedOn(), form.getProposal()));
    }

    /** Moves an application one allowed step; a rejection needs its reason. */
    @Transactional
    public PartnerApplication moveApplication(Long projectId, Long applicationId, Long expectedVersion, ApplicationStatus next,
            String reason) {
        PartnerProject project = get(projectId);
        if (!canEdit(project)) {
            throw new AccessDeniedException("may not change applications of partner project " + projectId);
        }
        PartnerApplication application = applications.findById(applicationId)
                .filter(a -> a.getProject().getId().equals(projectId))
                .orElseThrow(() -> new RecordNotFoundException("application", applicationId));
        ConcurrentEditException.check("application", applicationId, expectedVersion, application.getVersion());
        if (reason != null && reason.length() > 500) {
            throw new InvalidFieldException("reason", "application.reason.tooLong");
        }
        application.moveTo(next, reason);
        applications.flush();
        return application;
    }

    private Village village(Long villageId) {
        if (villageId == null) {
            throw new InvalidFieldException("villageId", "validation.required");
        }
        try {
            return villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "talent.village.invalid");
        }
    }
}
