/**
 * The public notice page (村务公开) of each village at {@code /public/villages/{code}}, opened without signing in from the
 * QR code on the printed notice board: its sections come from the modules that own the records
 * ({@link org.cunwu.publicnotice.PublicNoticeSection}), cached, rate-limited per client, and off unless
 * {@code cunwu.public-pages.enabled}.
 */
@ApplicationModule(displayName = "Public notice", allowedDependencies = {"shared", "villages"})
package org.cunwu.publicnotice;

import org.springframework.modulith.ApplicationModule;
