/**
 * Users, roles and their scope, login with lockout, password change, user administration and the audit log.
 * Its allowed dependencies are declared here; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = {"shared", "villages"})
package org.cunwu.accounts;

import org.springframework.modulith.ApplicationModule;
