package org.cunwu.talent;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgramRepository extends JpaRepository<Program, Long> {

    List<Program> findAllByOrderByStartsOnDescNameAsc();

    boolean existsByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);
}

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    @Query("select e from Enrollment e join fetch e.person where e.program.id = :programId order by e.fromDate desc, e.id")
    List<Enrollment> findByProgram(Long programId);

    @Query("select e.program.id, count(e) from Enrollment e group by e.program.id")
    List<Object[]> countPerProgram();
}

interface TalentRepository extends JpaRepository<Talent, Long> {

    @Query("select t from Talent t left join fetch t.village v left join fetch v.town order by t.kind, t.sinceDate desc, t.id")
    List<Talent> findAllWithVillage();

    @Query("select t from Talent t left join fetch t.village v left join fetch v.town where t.id = :id")
    Optional<Talent> findWithVillageById(Long id);

    long countByKindAndSinceDateBetween(TalentKind kind, LocalDate from, LocalDate to);
}

interface PartnerProjectRepository extends JpaRepository<PartnerProject, Long> {

    @Query("select p from PartnerProject p join fetch p.village v join fetch v.town order by p.openFrom desc, p.id")
    List<PartnerProject> findAllWithVillage();

    @Query("select p from PartnerProject p join fetch p.village v join fetch v.town where p.id = :id")
    Optional<PartnerProject> findWithVillageById(Long id);

    long countByOpenFromBetween(LocalDate from, LocalDate to);
}

interface PartnerApplicationRepository extends JpaRepository<PartnerApplication, Long> {

    List<PartnerApplication> findByProjectIdOrderBySubmittedOnDescIdDesc(Long projectId);

    @Query("select a.project.id, count(a) from PartnerApplication a group by a.project.id")
    List<Object[]> countPerProject();
}
