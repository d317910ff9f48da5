package org.cunwu.villages.internal;

import java.util.List;
import java.util.Optional;

import org.cunwu.villages.Cluster;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ClusterRepository extends JpaRepository<Cluster, Long> {

    @Query("select distinct c from Cluster c left join fetch c.towns order by c.name")
    List<Cluster> findAllWithTowns();

    @Query("select c from Cluster c left join fetch c.towns where c.id = :id")
    Optional<Cluster> findWithTownsById(Long id);

    Optional<Cluster> findByName(String name);

    boolean existsByNameAndIdNot(String name, Long id);

    boolean existsByName(String name);

    @Query("select count(v) from Village v where v.cluster.id = :clusterId")
    long countMembers(Long clusterId);

    /** Rows of (cluster id, number of member villages) for every cluster that has members. */
    @Query("select v.cluster.id, count(v) from Village v where v.cluster is not null group by v.cluster.id")
    List<Object[]> countMembersPerCluster();
}
