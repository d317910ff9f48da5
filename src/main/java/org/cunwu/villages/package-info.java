/**
 * Administrative structure: districts, towns and sub-districts, villages and communities, clusters, demonstration
 * zones; the dossier, home and group sections let the modules above add to its pages.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Villages", allowedDependencies = {"shared"})
package org.cunwu.villages;

import org.springframework.modulith.ApplicationModule;
