package org.cunwu.talent;

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

interface ProgramRepository extends JpaRepository<Program, Long>, JpaSpecificationExecutor<Program> {

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    @Query("select e from Enrollment e left join fetch e.person left join fetch e.talent t left join fetch t.village v"
            + " left join fetch v.town where e.program.id = :programId order by e.fromDate desc, e.id")
    List<Enrollment> findByProgram(Long programId);

    @Query("select e.program.id, count(e) from Enrollment e where e.program.id in :programIds group by e.program.id")
    List<Object[]> countPerProgram(List<Long> programIds);

    @Query("""
            select count(e) > 0 from Enrollment e where e.program.id = :programId and e.person.id = :personId
            and (e.toDate is null or e.toDate >= :from)
            """)
    boolean existsOpenEnrollment(Long programId, Long personId, LocalDate from);

    @Query("""
            select count(e) > 0 from Enrollment e where e.program.id = :programId and e.talent.id = :talentId
            and (e.toDate is null or e.toDate >= :from)
            """)
    boolean existsOpenTalentEnrollment(Long programId, Long talentId, LocalDate from);
}

interface TalentRepository extends JpaRepository<Talent, Long>, JpaSpecificationExecutor<Talent> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Talent> findAll(Specification<Talent> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    List<Talent> findAll(Specification<Talent> spec, Sort sort);

    @Query("select t from Talent t left join fetch t.village v left join fetch v.town where t.id = :id")
    Optional<Talent> findWithVillageById(Long id);

    /** Returned talents, with their village and town, for choosing one to enroll. */
    @Query("select t from Talent t join fetch t.village v join fetch v.town where t.kind = org.cunwu.talent.TalentKind.RETURNED order by t.name, t.id")
    List<Talent> findAllReturned();

    /** The talents who came back to a village, newest first, for its dossier. */
    @Query("select t from Talent t where t.village.id = :villageId and t.kind = org.cunwu.talent.TalentKind.RETURNED order by t.sinceDate desc, t.id desc")
    List<Talent> findReturnedToVillage(Long villageId);

}

interface PartnerProjectRepository extends JpaRepository<PartnerProject, Long>, JpaSpecificationExecutor<PartnerProject> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<PartnerProject> findAll(Specification<PartnerProject> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    List<PartnerProject> findAll(Specification<PartnerProject> spec, Sort sort);

    @Query("select p from PartnerProject p join fetch p.village v join fetch v.town where p.id = :id")
    Optional<PartnerProject> findWithVillageById(Long id);

}

interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, Long> {

    List<PartnerApplication> findByProjectIdOrderBySubmittedOnDescIdDesc(Long projectId);

    @Query("select a.project.id, count(a) from PartnerApplication a where a.project.id in :projectIds group by a.project.id")
    List<Object[]> countPerProject(List<Long> projectIds);

    boolean existsByProjectIdAndStatus(Long projectId, ApplicationStatus status);
}
