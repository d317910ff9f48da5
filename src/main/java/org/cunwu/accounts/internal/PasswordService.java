package org.cunwu.accounts.internal;

import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user changes their own password, proving the current one first. */
@Service
class PasswordService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final AccountSessions sessions;

    PasswordService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, AuditLog auditLog, AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.sessions = sessions;
    }

    /** The new password ends the account's other sessions (someone who knew the old one may hold one); this one stays. */
    @Transactional
    void change(PortalUser user, String currentPassword, String newPassword, String currentSessionId) {
        UserAccount account = accounts.findByUsername(user.getUsername())
                .orElseThrow(() -> new RecordNotFoundException("user", user.getUsername()));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new InvalidFieldException("currentPassword", "password.current.wrong");
        }
        UserAdminService.requireStrong(newPassword, "newPassword");
        account.changePassword(passwordEncoder.encode(newPassword));
        auditLog.record(user.getUsername(), AuditLog.PASSWORD_CHANGED, null, null);
        sessions.endAllBut(user.getUsername(), currentSessionId);
    }
}
