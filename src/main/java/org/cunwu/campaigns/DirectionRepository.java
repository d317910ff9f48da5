package org.cunwu.campaigns;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DirectionRepository extends JpaRepository<Direction, Long> {

    List<Direction> findByCampaignIdOrderBySortOrderAscIdAsc(Long campaignId);
}
