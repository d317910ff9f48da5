package org.cunwu.villages.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.villages.Cluster;
import org.cunwu.villages.Town;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Clusters (片区). Visible to users whose scope touches one of the cluster's towns; changed by district staff. */
@Service
public class ClusterService implements VillageGroups<Cluster> {

    private final ClusterRepository clusters;
    private final TownRepository towns;
    private final VillageRepository villages;

    ClusterService(ClusterRepository clusters, TownRepository towns, VillageRepository villages) {
        this.clusters = clusters;
        this.towns = towns;
        this.villages = villages;
    }

    @Transactional(readOnly = true)
    public List<Cluster> list() {
        return clusters.findAllWithTowns().stream().filter(this::visible).toList();
    }

    @Transactional(readOnly = true)
    public Cluster get(Long id) {
        return clusters.findWithTownsById(id).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException("cluster", id));
    }

    /** Member villages per cluster id, in one query for the whole list (a cluster without members is absent). */
    @Transactional(readOnly = true)
    public Map<Long, Long> memberCounts() {
        return clusters.countMembersPerCluster().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    public boolean canManage() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    @Transactional
    public Cluster create(ClusterDetails details) {
        requireManager();
        if (clusters.existsByName(details.name())) {
            throw new InvalidFieldException("name", "cluster.name.taken");
        }
        Cluster cluster = new Cluster(details.name());
        apply(cluster, details);
        return clusters.save(cluster);
    }

    @Transactional
    public Cluster update(Long id, Long expectedVersion, ClusterDetails details) {
        Cluster cluster = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("cluster", id, expectedVersion, cluster.getVersion());
        if (clusters.existsByNameAndIdNot(details.name(), id)) {
            throw new InvalidFieldException("name", "cluster.name.taken");
        }
        apply(cluster, details);
        clusters.flush();
        return cluster;
    }

    @Transactional
    public void delete(Long id, Long expectedVersion) {
        Cluster cluster = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("cluster", id, expectedVersion, cluster.getVersion());
        if (clusters.countMembers(id) > 0) {
            throw new RecordInUseException("cluster", id, null);
        }
        try {
            clusters.delete(cluster);
            clusters.flush();
        } catch (DataIntegrityViolationException e) {
            throw new RecordInUseException("cluster", id, e);
        }
    }

    private void apply(Cluster cluster, ClusterDetails details) {
        Set<Town> chosen = new HashSet<>(towns.findAllById(details.townIds()));
        if (chosen.size() != details.townIds().size()) {
            throw new InvalidFieldException("townIds", "cluster.towns.invalid");
        }
        cluster.update(details.name(), details.planTitle(), details.partyCommittee(), details.partySecretaryName(), chosen);
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("may not change clusters");
        }
    }

    private boolean visible(Cluster cluster) {
        // a cluster is its towns' (a secretary's only where the village is a member)
        return Access.seesEverything() || cluster.getTowns().stream().anyMatch(t -> Access.canSeeTown(t.getId(), () -> null))
                || villages.findByClusterId(cluster.getId()).stream().anyMatch(v -> Access.canSee(v.getTown().getId(), v.getId()));
    }
}
