/**
 * Administrative structure: districts, towns and sub-districts, villages and communities, clusters, demonstration
 * zones; the dossier, home and group sections let the modules above add to its pages.
 * Exposes, marked {@code @NamedInterface("api")}: {@code VillageService}, {@code TownService} and
 * {@code DemonstrationZoneService} (read by the other modules, their writes only for this module's pages),
 * {@code PlaceFilters}, {@code TownChoices}, {@code VillageFilter}, {@code VillageRef}, the extension points
 * {@code DossierSection}, {@code HomeSection} and {@code GroupSection}, and for now the entities {@code District},
 * {@code Town}, {@code Village}, {@code Cluster}, {@code DemonstrationZone} (with {@code VillageGroup} and the enums they
 * expose), because other modules' entities hold them in {@code @ManyToOne} associations and their queries navigate
 * them (ModularityTests keeps that list from growing, and other modules to their getters). Each API type is marked and
 * none propagates: the signatures of the entities and services also name internal types for this module's own pages.
 * The repositories, controllers, forms, the cluster service, the search helpers and the demo district are in
 * {@code villages.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Villages", allowedDependencies = {"shared"})
package org.cunwu.villages;

import org.springframework.modulith.ApplicationModule;
