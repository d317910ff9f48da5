package org.cunwu.villages.internal;

import java.util.List;
import java.util.Optional;

import org.cunwu.villages.District;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistrictRepository extends JpaRepository<District, Long> {

    Optional<District> findByCode(String code);

    List<District> findAllByOrderByCode();
}
