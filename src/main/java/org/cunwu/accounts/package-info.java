/**
 * Users, roles and their scope, sign-in with lockout, password change, user administration and the audit log.
 * Exposes {@code AuditLog} (other modules record exports and reads of personal data in it); the accounts, their
 * repositories, the security configuration, forms and pages are in {@code accounts.internal}, hidden from other modules.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {"shared", "villages::api"})
package org.cunwu.accounts;

import org.springframework.modulith.ApplicationModule;
