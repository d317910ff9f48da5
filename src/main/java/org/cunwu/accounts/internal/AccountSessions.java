package org.cunwu.accounts.internal;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends an account's open sessions when what it may do changes (disabled, new role or scope, a password set by
 * someone else): a session keeps the rights it signed in with, so it must not outlive them. Sessions live in
 * PostgreSQL (Spring Session JDBC), indexed by the name of who signed in.
 */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<?> sessions;

    AccountSessions(FindByIndexNameSessionRepository<?> sessions) {
        this.sessions = sessions;
    }

    /** After the change commits (a change that fails leaves the sessions alone). */
    void endAll(String username) {
        endAllBut(username, null);
    }

    /** Every session of the account but the one given (the user's own, when they changed their own password). */
    void endAllBut(String username, String keepSessionId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    end(username, keepSessionId);
                }
            });
        } else {
            end(username, keepSessionId);
        }
    }

    private void end(String username, String keepSessionId) {
        for (String id : sessions.findByPrincipalName(username).keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
            }
        }
    }
}
