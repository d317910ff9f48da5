package org.cunwu.campaigns;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    @Query("""
            select t from Task t left join fetch t.direction where t.campaign.id = :campaignId
            order by t.direction.sortOrder nulls last, t.dueDate nulls last, t.id
            """)
    List<Task> findByCampaign(Long campaignId);

    @Query("select t from Task t join fetch t.campaign left join fetch t.direction where t.id = :id")
    Optional<Task> findWithCampaignById(Long id);

    /** Tasks per direction and status: [directionId or null, status, count]. */
    @Query("select t.direction.id, t.status, count(t) from Task t where t.campaign.id = :campaignId group by t.direction.id, t.status")
    List<Object[]> countByDirectionAndStatus(Long campaignId);

    @Query("""
            select count(t) from Task t where t.status = org.cunwu.campaigns.TaskStatus.DONE
              and t.completedOn between :from and :to
            """)
    long countCompleted(java.time.LocalDate from, java.time.LocalDate to);
}
