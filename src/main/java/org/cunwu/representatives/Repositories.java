package org.cunwu.representatives;

import java.util.List;
import java.util.Optional;

import org.cunwu.shared.dictionary.DictionaryRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface RepresentativeRepository extends JpaRepository<Representative, Long>, JpaSpecificationExecutor<Representative> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Representative> findAll(Specification<Representative> spec, Pageable pageable);

    @Query("select r from Representative r join fetch r.village v join fetch v.town where r.id = :id")
    Optional<Representative> findWithVillageById(Long id);

    @Query("select r from Representative r where r.village.id = :villageId order by r.name")
    List<Representative> findByVillage(Long villageId);

    boolean existsByCertificateNo(String certificateNo);

    boolean existsByCertificateNoAndIdNot(String certificateNo, Long id);
}

interface LinkedHouseholdRepository extends JpaRepository<LinkedHousehold, Long> {

    @Query("select h from LinkedHousehold h where h.representative.id = :representativeId order by h.id")
    List<LinkedHousehold> findByRepresentative(Long representativeId);

    @Query("select h.representative.id, count(h) from LinkedHousehold h group by h.representative.id")
    List<Object[]> countPerRepresentative();
}

interface CommitmentRepository extends JpaRepository<Commitment, Long>, JpaSpecificationExecutor<Commitment> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town", "representative"})
    Page<Commitment> findAll(Specification<Commitment> spec, Pageable pageable);

    @Query("select c from Commitment c join fetch c.village v join fetch v.town left join fetch c.representative where c.id = :id")
    Optional<Commitment> findWithVillageById(Long id);

    @Query("""
            select c from Commitment c where c.village.id = :villageId and c.publicNotice = true
              and c.status <> org.cunwu.representatives.CommitmentStatus.WITHDRAWN
            order by c.status, c.promisedBy
            """)
    List<Commitment> findPublicOf(Long villageId);

    @Query("select c from Commitment c where c.representative.id = :representativeId order by c.pledgedOn desc")
    List<Commitment> findByRepresentative(Long representativeId);

    /** The village's newest commitments, for its dossier. */
    @Query("select c from Commitment c where c.village.id = :villageId order by c.pledgedOn desc, c.id desc")
    List<Commitment> findLatestOfVillage(Long villageId, Pageable pageable);

    Optional<Commitment> findByClientToken(String clientToken);

    /** Per village: public commitments pledged in the period and fulfilled, as the commitment list shows them. */
    @Query("""
            select c.village.id, count(c) from Commitment c
            where c.publicNotice = true and c.status = org.cunwu.representatives.CommitmentStatus.FULFILLED
              and c.pledgedOn between :from and :to and c.village.id in :villageIds
            group by c.village.id
            """)
    List<Object[]> countPublicFulfilledPerVillage(java.util.Collection<Long> villageIds, java.time.LocalDate from, java.time.LocalDate to);
}

interface CommitmentEventRepository extends JpaRepository<CommitmentEvent, Long> {

    @Query("select e from CommitmentEvent e where e.commitment.id = :commitmentId order by e.createdAt desc, e.id desc")
    List<CommitmentEvent> findByCommitment(Long commitmentId);
}

interface ReceptionRepository extends JpaRepository<Reception, Long>, JpaSpecificationExecutor<Reception> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town"})
    Page<Reception> findAll(Specification<Reception> spec, Pageable pageable);

    @Query("select r from Reception r join fetch r.village v join fetch v.town where r.id = :id")
    Optional<Reception> findWithVillageById(Long id);

    Optional<Reception> findByClientToken(String clientToken);

    @Query("select r from Reception r where r.village.id = :villageId order by r.receivedOn desc, r.id desc")
    List<Reception> findLatestOfVillage(Long villageId, Pageable pageable);

}

interface ProblemRepository extends JpaRepository<Problem, Long>, JpaSpecificationExecutor<Problem> {

    @Override
    @EntityGraph(attributePaths = {"village", "village.town", "category"})
    Page<Problem> findAll(Specification<Problem> spec, Pageable pageable);

    @Query("select p from Problem p join fetch p.village v join fetch v.town join fetch p.category left join fetch p.reception where p.id = :id")
    Optional<Problem> findWithVillageById(Long id);

    @Query("""
            select count(p) from Problem p where p.status = org.cunwu.representatives.ProblemStatus.RESOLVED and p.petition = true
              and p.resolvedOn between :from and :to and p.village.id in :villageIds
            """)
    long countPetitionsResolvedIn(java.util.Collection<Long> villageIds, java.time.LocalDate from, java.time.LocalDate to);

    /** Per village: problems (or only petitions) resolved in the period, as the problem list shows them. */
    @Query("""
            select p.village.id, count(p) from Problem p where p.status = org.cunwu.representatives.ProblemStatus.RESOLVED
              and (p.petition = true or :petitionsOnly = false)
              and p.resolvedOn between :from and :to and p.village.id in :villageIds
            group by p.village.id
            """)
    List<Object[]> countResolvedPerVillage(java.util.Collection<Long> villageIds, java.time.LocalDate from, java.time.LocalDate to,
            boolean petitionsOnly);

    Optional<Problem> findByClientToken(String clientToken);

    @Query("select p from Problem p where p.village.id = :villageId order by p.reportedOn desc, p.id desc")
    List<Problem> findLatestOfVillage(Long villageId, Pageable pageable);
}

interface ProblemCategoryRepository extends DictionaryRepository<ProblemCategory> {
}

interface ProblemEventRepository extends JpaRepository<ProblemEvent, Long> {

    @Query("select e from ProblemEvent e where e.problem.id = :problemId order by e.createdAt desc, e.id desc")
    List<ProblemEvent> findByProblem(Long problemId);
}

interface HouseholdVisitRepository extends JpaRepository<HouseholdVisit, Long>, JpaSpecificationExecutor<HouseholdVisit> {

    @Override
    @EntityGraph(attributePaths = {"village", "representative", "household"})
    Page<HouseholdVisit> findAll(Specification<HouseholdVisit> spec, Pageable pageable);

    @Query("""
            select v from HouseholdVisit v join fetch v.village vi join fetch vi.town join fetch v.representative join fetch v.household
            where v.id = :id""")
    Optional<HouseholdVisit> findWithAllById(Long id);

    Optional<HouseholdVisit> findByClientToken(String clientToken);

    @Query("select v from HouseholdVisit v join fetch v.household where v.representative.id = :representativeId order by v.visitedOn desc, v.id desc")
    List<HouseholdVisit> findByRepresentative(Long representativeId);

    @Query("""
            select v from HouseholdVisit v join fetch v.representative join fetch v.household where v.village.id = :villageId
            order by v.visitedOn desc, v.id desc""")
    List<HouseholdVisit> findLatestOfVillage(Long villageId, Pageable pageable);

    @Query("select v.household.id from HouseholdVisit v where v.representative.id = :representativeId and v.visitedOn between :from and :to")
    List<Long> visitedHouseholds(Long representativeId, java.time.LocalDate from, java.time.LocalDate to);
}

interface PointRuleRepository extends JpaRepository<PointRule, Long> {

    Optional<PointRule> findByCode(String code);

    List<PointRule> findAllByOrderById();
}

interface PointEntryRepository extends JpaRepository<PointEntry, Long> {

    @Query("select e from PointEntry e join fetch e.rule where e.representative.id = :representativeId order by e.entryDate desc, e.id desc")
    List<PointEntry> findByRepresentative(Long representativeId);

    boolean existsBySourceTypeAndSourceIdAndRuleId(String sourceType, Long sourceId, Long ruleId);

    @org.springframework.data.jpa.repository.Modifying
    @Query("delete from PointEntry e where e.sourceType = :sourceType and e.sourceId = :sourceId")
    int deleteBySource(String sourceType, Long sourceId);

    /** Balances of a village's representatives, highest first: [representative id, name, points]. */
    @Query("""
            select r.id, r.name, coalesce(sum(e.points), 0) from Representative r left join PointEntry e on e.representative = r
            where r.village.id = :villageId group by r.id, r.name order by coalesce(sum(e.points), 0) desc, r.name
            """)
    List<Object[]> rankingOfVillage(Long villageId);

    /** Balances of a town's representatives, highest first: [representative id, name, village, points]. */
    @Query("""
            select r.id, r.name, r.village.name, coalesce(sum(e.points), 0) from Representative r left join PointEntry e on e.representative = r
            where r.village.town.id = :townId group by r.id, r.name, r.village.name order by coalesce(sum(e.points), 0) desc, r.name
            """)
    List<Object[]> rankingOfTown(Long townId);
}
