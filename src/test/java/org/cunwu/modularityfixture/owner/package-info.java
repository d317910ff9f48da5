/** A module whose API is {@link org.cunwu.modularityfixture.owner.OwnerApi} and whose insides are in its internal package. */
@ApplicationModule(allowedDependencies = {})
package org.cunwu.modularityfixture.owner;

import org.springframework.modulith.ApplicationModule;
