package org.cunwu.villages;

import java.util.List;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A part of a cluster's or a demonstration zone's page that another module contributes (its projects
 * with their totals), without the villages module depending on that module. See {@link DossierSection}.
 */
@NamedInterface(name = "api", propagate = false)
public interface GroupSection {

    int order();

    String template();

    /** The fragment's name in that template (no HTML element name); it reads its data from {@code ${section}}. */
    String fragment();

    /** The data for a cluster's page; members are the villages of the cluster the user may see. */
    Map<String, Object> forCluster(Cluster cluster, List<Village> members);

    Map<String, Object> forZone(DemonstrationZone zone);
}
