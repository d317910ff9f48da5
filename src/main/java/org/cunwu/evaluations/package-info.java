/**
 * The year-end commitment evaluation (述诺评诺): the district opens an evaluation of a year's public commitments, the
 * town, the village's secretary and a panel of its representatives rate each one, a rule decides its grade, grades feed
 * the points ledger, representatives at or over the threshold get a warning talk, and the results are published at close
 * (a section of the reports, of the notice board and of the public page).
 * Exposes nothing: it contributes to other modules through their APIs, and everything is in {@code evaluations.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Evaluations", allowedDependencies = {"shared", "villages::api", "representatives::api", "reports::api", "inbox::api", "publicnotice::api"})
package org.cunwu.evaluations;

import org.springframework.modulith.ApplicationModule;
