/**
 * Talent: programmes and enrollments, returned talents and rural revitalisation advisers, "partner" projects open
 * for recruitment and their applications.
 * Exposes {@code TalentPool} (talents found by the search) with its read-only record {@code TalentSummary}; the
 * entities, repositories, services, forms, controllers and demo data are in {@code talent.internal}. An enrollment
 * refers to a cadre by id and shows them through {@code cadres::api}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Talent", allowedDependencies = {"shared", "villages::api", "accounts::api", "cadres::api"})
package org.cunwu.talent;

import org.springframework.modulith.ApplicationModule;
