/**
 * The public notice page (村务公开) of each village at {@code /public/villages/{code}}, opened without signing in from the
 * QR code on the printed notice board: its sections come from the modules that own the records, cached, rate-limited
 * per client, and off unless {@code cunwu.public-pages.enabled}.
 * Exposes {@code PublicNoticeSection}, {@code PublicVillage} and {@code PublicNotices}; the controller, QR code, rate
 * limit and properties are in {@code publicnotice.internal}.
 */
@ApplicationModule(displayName = "Public notice", allowedDependencies = {"shared", "villages::api"})
package org.cunwu.publicnotice;

import org.springframework.modulith.ApplicationModule;
