/**
 * Village cadres: people, the posts they hold over time (post types are a dictionary), adjustments and
 * corrections, the roster's import and export, and cohorts such as the 90后 young secretaries.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Cadres", allowedDependencies = {"shared", "villages::api", "accounts::api"})
package org.cunwu.cadres;

import org.springframework.modulith.ApplicationModule;
