/**
 * The inbox (消息): what needs a user (a ledger due or returned, a commitment overdue, a problem escalated, a rating to
 * give), posted by the modules that know it, counted in the navigation bar, and generated daily by one job across instances.
 * Exposes {@code Inbox} (post and close items), {@code DailyInboxSource} and {@code Recipient}; the items, the reader,
 * the daily job and the page are in {@code inbox.internal}.
 * Depends on {@code shared} only, so every module may post into it; ModularityTests fails on any other arrow.
 */
@ApplicationModule(displayName = "Inbox", allowedDependencies = {"shared"})
package org.cunwu.inbox;

import org.springframework.modulith.ApplicationModule;
