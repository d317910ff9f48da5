/** The district's focused campaigns (三大攻坚战): directions, tasks, and results counted from the other modules. */
@org.springframework.modulith.ApplicationModule(displayName = "Campaigns")
package org.cunwu.campaigns;
