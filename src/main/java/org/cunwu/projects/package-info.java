/**
 * Industry projects: what each village builds, with which partner villages, the progress log and the status trail;
 * project categories are a dictionary.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Projects", allowedDependencies = {"shared", "villages::api", "attachments::api"})
package org.cunwu.projects;

import org.springframework.modulith.ApplicationModule;
