/** Resident representatives and their work: public commitments (and, to come, receptions, visits, problems and points). */
@org.springframework.modulith.ApplicationModule(displayName = "Representatives")
package org.cunwu.representatives;
