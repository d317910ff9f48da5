package org.cunwu.campaigns.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface TaskRepository extends JpaRepository<Task, Long>, JpaSpecificationExecutor<Task> {

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

    /** Tasks completed in the period per campaign of the year: [campaign id, name, directions, tasks completed]. */
    @Query("""
            select c.id, c.name, (select count(d) from Direction d where d.campaign = c), count(t)
            from Campaign c left join Task t on t.campaign = c and t.status = org.cunwu.campaigns.internal.TaskStatus.DONE
              and t.completedOn between :from and :to
            where c.year between :fromYear and :toYear group by c.id, c.name order by c.name
            """)
    List<Object[]> completionPerCampaign(LocalDate from, LocalDate to, int fromYear, int toYear);

    /** A page of the tasks of every campaign, with their campaign and direction (for the task list). */
    @Override
    @EntityGraph(attributePaths = {"campaign", "direction"})
    Page<Task> findAll(Specification<Task> spec,
            Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"campaign", "direction"})
    List<Task> findAll(Specification<Task> spec, Sort sort);
}
