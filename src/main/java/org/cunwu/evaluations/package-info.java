/**
 * The year-end commitment evaluation (述诺评诺): the district opens an evaluation of a year's public commitments, the
 * town, the village's secretary and a panel of its representatives rate each one, a rule decides its grade, grades feed
 * the points ledger, representatives at or over the threshold get a warning talk, and the results are published at close.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Evaluations")
package org.cunwu.evaluations;
