/**
 * Village cadres: people, the posts they hold over time (post types are a dictionary), adjustments and
 * corrections, the roster's import and export, and cohorts such as the 90后 young secretaries.
 * Exposes {@code CadreRoster} (people to enrol, posts found by the search, adjustments a campaign counts) with its
 * read-only records {@code PersonRef} and {@code CadrePost}, and {@code Gender}; the entities, repositories, services,
 * forms, controllers and demo data are in {@code cadres.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Cadres", allowedDependencies = {"shared", "villages::api", "accounts::api"})
package org.cunwu.cadres;

import org.springframework.modulith.ApplicationModule;
