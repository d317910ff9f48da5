package org.cunwu.evaluations.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoteRepository extends JpaRepository<Vote, Long> {

    List<Vote> findByClientTokenIn(Collection<String> tokens);

    Optional<Vote> findByClientToken(String token);

    @Query("select v from Vote v where v.item.id in :itemIds order by v.rater, v.id")
    List<Vote> findOfItems(Collection<Long> itemIds);
}
