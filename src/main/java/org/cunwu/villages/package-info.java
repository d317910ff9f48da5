/** Administrative structure: districts, towns and sub-districts, villages and communities, clusters, demonstration zones. */
@org.springframework.modulith.ApplicationModule(displayName = "Villages")
package org.cunwu.villages;
