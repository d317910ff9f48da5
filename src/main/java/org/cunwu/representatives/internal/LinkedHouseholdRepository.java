package org.cunwu.representatives.internal;

import java.util.Collection;
import java.util.List;

import org.cunwu.shared.IdCount;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LinkedHouseholdRepository extends JpaRepository<LinkedHousehold, Long> {

    @Query("select h from LinkedHousehold h where h.representative.id = :representativeId order by h.id")
    List<LinkedHousehold> findByRepresentative(Long representativeId);

    @Query("select new org.cunwu.shared.IdCount(h.representative.id, count(h)) from LinkedHousehold h"
            + " where h.representative.id in :representativeIds group by h.representative.id")
    List<IdCount> countPerRepresentative(Collection<Long> representativeIds);
}
