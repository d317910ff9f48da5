package org.cunwu.talent.internal;

import java.time.LocalDate;
import java.util.List;

import org.cunwu.shared.IdCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {

    @Query("select e from Enrollment e left join fetch e.talent t left join fetch t.village v"
            + " left join fetch v.town where e.program.id = :programId order by e.fromDate desc, e.id")
    List<Enrollment> findByProgram(Long programId);

    @Query("select new org.cunwu.shared.IdCount(e.program.id, count(e)) from Enrollment e where e.program.id in :programIds group by e.program.id")
    List<IdCount> countPerProgram(List<Long> programIds);

    @Query("""
            select count(e) > 0 from Enrollment e where e.program.id = :programId and e.personId = :personId
            and (e.toDate is null or e.toDate >= :from)
            """)
    boolean existsOpenEnrollment(Long programId, Long personId, LocalDate from);

    @Query("""
            select count(e) > 0 from Enrollment e where e.program.id = :programId and e.talent.id = :talentId
            and (e.toDate is null or e.toDate >= :from)
            """)
    boolean existsOpenTalentEnrollment(Long programId, Long talentId, LocalDate from);
}
