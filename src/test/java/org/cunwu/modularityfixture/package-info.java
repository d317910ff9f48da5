/**
 * Two modules that exist only for {@code ModularityTests}: {@code user} declares it may use {@code owner::api} and also
 * refers to a type in {@code owner.internal}, which verification must refuse. Plain types only, so no Spring context
 * picks them up.
 */
package org.cunwu.modularityfixture;
