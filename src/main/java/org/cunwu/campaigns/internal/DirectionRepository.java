package org.cunwu.campaigns.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DirectionRepository extends JpaRepository<Direction, Long> {

    List<Direction> findByCampaignIdOrderBySortOrderAscIdAsc(Long campaignId);
}
