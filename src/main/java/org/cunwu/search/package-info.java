/**
 * The portal's search box: villages, people, projects and commitments found by a text, each within the user's
 * scope.
 * Exposes nothing: its service and controller are in {@code search.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"shared", "villages::api", "cadres::api", "projects::api", "representatives::api", "talent::api"})
package org.cunwu.search;

import org.springframework.modulith.ApplicationModule;
