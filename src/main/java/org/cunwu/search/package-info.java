/** The portal's search box: villages, people, projects and commitments found by a text, each within the user's scope. */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.cunwu.search;
