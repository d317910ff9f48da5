package org.cunwu.representatives.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface PointRuleRepository extends JpaRepository<PointRule, Long> {

    Optional<PointRule> findByCode(String code);

    List<PointRule> findAllByOrderById();
}
