package org.cunwu.shared.history;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with the signed-in user, or "system" for start-up and demo loading. */
public class RevisionUserListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        PortalUser user = Scope.currentUser();
        ((Revision) revisionEntity).setUsername(user == null ? "system" : user.getUsername());
    }
}
