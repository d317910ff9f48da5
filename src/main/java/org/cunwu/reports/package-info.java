/**
 * Summaries for leaders: district, town and village reports of a period read from the report views, the dashboard,
 * published (frozen) reports, the work summary draft, and their PDF and xlsx renderings.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "villages::api", "projects::api", "campaigns::api", "publicnotice::api"})
package org.cunwu.reports;

import org.springframework.modulith.ApplicationModule;
