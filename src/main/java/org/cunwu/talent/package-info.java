/**
 * Talent: programmes and enrollments, returned talents and rural revitalisation advisers, "partner" projects open
 * for recruitment and their applications.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Talent", allowedDependencies = {"shared", "villages::api", "accounts::api", "cadres::api"})
package org.cunwu.talent;

import org.springframework.modulith.ApplicationModule;
