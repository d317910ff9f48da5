/** Industry projects: what each village builds, with which partner villages, and how it is going. */
@org.springframework.modulith.ApplicationModule(displayName = "Projects")
package org.cunwu.projects;
