package org.cunwu.talent.internal;

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
    @Query("select t from Talent t join fetch t.village v join fetch v.town where t.kind = org.cunwu.talent.internal.TalentKind.RETURNED order by t.name, t.id")
    List<Talent> findAllReturned();

    /** The talents who came back to a village, newest first, for its dossier. */
    @Query("select t from Talent t where t.village.id = :villageId and t.kind = org.cunwu.talent.internal.TalentKind.RETURNED order by t.sinceDate desc, t.id desc")
    List<Talent> findReturnedToVillage(Long villageId);

}
