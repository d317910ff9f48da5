package org.cunwu.projects.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.projects.ProjectStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

    @Override
    @EntityGraph(attributePaths = {"category", "leadVillage", "leadVillage.town", "zone"})
    Page<Project> findAll(Specification<Project> spec, Pageable pageable);

    @Query("""
            select p from Project p join fetch p.category join fetch p.leadVillage l join fetch l.town left join fetch p.zone
            where p.id = :id
            """)
    Optional<Project> findWithAllById(Long id);

    /**
     * Projects a village leads or joins. One set of ids, not "leads or exists a partner row": PostgreSQL cannot answer such
     * an OR from the two indexes and read every project of a province (280,000) for each village's dossier.
     */
    @Query("""
            select p from Project p join fetch p.category join fetch p.leadVillage l join fetch l.town
            where p.id in (select p2.id from Project p2 where p2.leadVillage.id = :villageId
                           union select pp.project.id from ProjectPartner pp where pp.village.id = :villageId)
            order by p.startedOn desc nulls last, p.id
            """)
    List<Project> findByVillage(Long villageId);

    /** Projects any of the given villages leads or joins (a cluster's, a zone's). */
    @Query("""
            select p from Project p join fetch p.category join fetch p.leadVillage l join fetch l.town
            where p.id in (select p2.id from Project p2 where p2.leadVillage.id in :villageIds
                           union select pp.project.id from ProjectPartner pp where pp.village.id in :villageIds)
            order by p.name
            """)
    List<Project> findByVillages(Collection<Long> villageIds);

    @Query("""
            select distinct p from Project p join fetch p.category join fetch p.leadVillage l join fetch l.town
            where p.zone.id = :zoneId order by p.name
            """)
    List<Project> findByZone(Long zoneId);

    /** Operating projects led by the villages that first went into operation in the period (a restart is not new), as the reports count them. */
    @Query("""
            select p from Project p join fetch p.category join fetch p.leadVillage l join fetch l.town
            where p.operating = true and l.id in :villageIds
              and (select min(c.changedOn) from StatusChange c
                   where c.project = p and c.toStatus = org.cunwu.projects.ProjectStatus.OPERATING) between :from and :to
            order by p.name
            """)
    List<Project> findNewOperatingLedBy(Collection<Long> villageIds, LocalDate from, LocalDate to);

    boolean existsByCategoryId(Long categoryId);
}
