/**
 * Summaries for leaders: district, town and village reports of a period read from the report views, the dashboard,
 * published (frozen) reports, the work summary draft, and their PDF and xlsx renderings.
 * Exposes {@code VillageFigures} (the quarterly ledger shows a village's figures as its report counts them),
 * {@code ReportSection} (another module adds a part to the reports: the evaluations) and {@code PdfRenderer} (other
 * modules print their pages); the report queries, services, models, charts, workbook, controllers and the public
 * notice and dashboard sections are in {@code reports.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Reports", allowedDependencies = {"shared", "villages::api", "projects::api", "campaigns::api", "publicnotice::api"})
package org.cunwu.reports;

import org.springframework.modulith.ApplicationModule;
