/** Talent: programmes and enrollments, returned talents and rural revitalisation advisers, "partner" projects open for recruitment. */
@org.springframework.modulith.ApplicationModule(displayName = "Talent")
package org.cunwu.talent;
