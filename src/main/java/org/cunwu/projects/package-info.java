/**
 * Industry projects: what each village builds, with which partner villages, the progress log and the status trail;
 * project categories are a dictionary.
 * Exposes {@code ProjectService} (campaigns count the new operating projects per lead village, the search lists
 * projects as {@code ProjectService.Match}) and {@code ProjectStatus} (the reports count projects by status); the
 * entities, repositories, filter, forms, controller, dossier sections and demo data are in {@code projects.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Projects", allowedDependencies = {"shared", "villages::api", "attachments::api"})
package org.cunwu.projects;

import org.springframework.modulith.ApplicationModule;
