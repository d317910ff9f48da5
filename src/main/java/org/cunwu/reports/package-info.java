/** Summaries for leaders: the district summary of a period, counted from the other modules' records. */
@org.springframework.modulith.ApplicationModule(displayName = "Reports")
package org.cunwu.reports;
