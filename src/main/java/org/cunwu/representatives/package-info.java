/**
 * Resident representatives and their work: linked households and visits, public commitments, receptions, problems
 * (problem categories are a dictionary) and the points their events earn; one service per record type.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Representatives", allowedDependencies = {"shared", "villages::api", "accounts::api", "inbox::api", "attachments::api", "publicnotice::api"})
package org.cunwu.representatives;

import org.springframework.modulith.ApplicationModule;
