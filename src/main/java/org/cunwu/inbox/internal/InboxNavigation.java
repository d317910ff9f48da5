package org.cunwu.inbox.internal;

import org.springframework.stereotype.Component;

/** The unread count beside the inbox link of the navigation bar ({@code ${@inboxNavigation.unread()}} in the layout). */
@Component("inboxNavigation")
class InboxNavigation {

    private final InboxReader reader;

    InboxNavigation(InboxReader reader) {
        this.reader = reader;
    }

    public long unread() {
        return reader.unreadCount();
    }
}
