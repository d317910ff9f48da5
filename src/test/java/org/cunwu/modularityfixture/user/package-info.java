/** A module allowed to use the owner's API only. */
@ApplicationModule(allowedDependencies = "owner::api")
package org.cunwu.modularityfixture.user;

import org.springframework.modulith.ApplicationModule;
