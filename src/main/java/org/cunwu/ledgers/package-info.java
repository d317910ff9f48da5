/**
 * Quarterly work ledgers (季度工作台账): per village and quarter, the quarter's figures as the reports count them, the
 * secretary's narrative and declaration, submitted by the village, reviewed or returned by its town, with the district's
 * due days and completion views; late and returned ledgers reach the home page and the inbox.
 * Exposes nothing: no other module uses a ledger type, and everything (entity, service, forms, controllers, its home,
 * dossier, inbox and attachment contributions) is in {@code ledgers.internal}.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Ledgers", allowedDependencies = {"shared", "villages::api", "reports::api", "inbox::api", "attachments::api"})
package org.cunwu.ledgers;

import org.springframework.modulith.ApplicationModule;
