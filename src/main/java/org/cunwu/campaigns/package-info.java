/**
 * The district's focused campaigns (三大攻坚战): directions, tasks with their status trail, and results counted from
 * the other modules.
 * Exposes {@code CampaignService} (the reports read campaign completion from it); the entities, repositories, forms,
 * controllers and demo data are in {@code campaigns.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Campaigns", allowedDependencies = {"shared", "villages::api", "cadres::api", "projects::api", "representatives::api"})
package org.cunwu.campaigns;

import org.springframework.modulith.ApplicationModule;
