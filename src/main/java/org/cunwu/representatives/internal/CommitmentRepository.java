package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cunwu.shared.IdCount;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town", "representative"})
    Page<Commitment> findAll(Specification<Commitment> spec, Pageable pageable);

    @Query("select c from Commitment c join fetch c.village v join fetch v.town left join fetch c.representative where c.id = :id")
    Optional<Commitment> findWithVillageById(Long id);

    @Query("""
            select c from Commitment c where c.village.id = :villageId and c.publicNotice = true
              and c.status <> org.cunwu.representatives.internal.CommitmentStatus.WITHDRAWN
            order by c.status, c.promisedBy
            """)
    List<Commitment> findPublicOf(Long villageId);

    @Query("select c from Commitment c where c.representative.id = :representativeId order by c.pledgedOn desc")
    List<Commitment> findByRepresentative(Long representativeId);

    /** The village's newest commitments, for its dossier. */
    @Query("select c from Commitment c where c.village.id = :villageId order by c.pledgedOn desc, c.id desc")
    List<Commitment> findLatestOfVillage(Long villageId, Pageable pageable);

    @Query("select c from Commitment c join fetch c.village where c.id in :ids")
    List<Commitment> findWithVillageByIdIn(Collection<Long> ids);

    Optional<Commitment> findByClientToken(String clientToken);

    /** Per village: public commitments pledged in the period and fulfilled, as the commitment list shows them. */
    @Query("""
            select new org.cunwu.shared.IdCount(c.village.id, count(c)) from Commitment c
            where c.publicNotice = true and c.status = org.cunwu.representatives.internal.CommitmentStatus.FULFILLED
              and c.pledgedOn between :from and :to and c.village.id in :villageIds
            group by c.village.id
            """)
    List<IdCount> countPublicFulfilledPerVillage(Collection<Long> villageIds, LocalDate from, LocalDate to);
}
