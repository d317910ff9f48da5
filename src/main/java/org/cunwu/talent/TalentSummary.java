package org.cunwu.talent;

import org.springframework.modulith.NamedInterface;

/** A talent of the pool as the portal's search lists it; {@code villageName} is null for a district adviser. */
@NamedInterface("api")
public record TalentSummary(Long id, String name, String villageName, String kindMessageKey) {
}
