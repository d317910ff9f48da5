package org.cunwu.talent.internal;

import java.util.List;

import org.cunwu.shared.IdCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, Long> {

    List<PartnerApplication> findByProjectIdOrderBySubmittedOnDescIdDesc(Long projectId);

    @Query("select new org.cunwu.shared.IdCount(a.project.id, count(a)) from PartnerApplication a where a.project.id in :projectIds group by a.project.id")
    List<IdCount> countPerProject(List<Long> projectIds);

    boolean existsByProjectIdAndStatus(Long projectId, ApplicationStatus status);
}
