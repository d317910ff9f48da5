/** Village cadres: people, the posts they hold over time, adjustments of cadres, and cohorts such as the 90后 young secretaries. */
@org.springframework.modulith.ApplicationModule(displayName = "Cadres")
package org.cunwu.cadres;
