/**
 * Resident representatives and their work: linked households and visits, public commitments, receptions, problems
 * (problem categories are a dictionary) and the points their events earn; one service per record type.
 * Exposes {@code RepresentativeService}, {@code CommitmentService}, {@code ProblemService} and {@code PointService}
 * (other modules search and count the records, read representatives and commitments as {@code RepresentativeRef} and
 * {@code CommitmentRef}, and award points by the dictionary's rules) and {@code NoticeBoardSection}; the entities,
 * repositories, forms, events, controllers and demo data are in {@code representatives.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Representatives", allowedDependencies = {"shared", "villages::api", "accounts::api", "inbox::api", "attachments::api", "publicnotice::api"})
package org.cunwu.representatives;

import org.springframework.modulith.ApplicationModule;
