/** Users, roles and their scope, login with lockout, password change, user administration and the audit log. */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package org.cunwu.accounts;
