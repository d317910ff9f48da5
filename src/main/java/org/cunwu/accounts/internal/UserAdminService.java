package org.cunwu.accounts.internal;

import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Role;
import org.cunwu.shared.history.HistoryEntry;
import org.cunwu.shared.history.HistoryService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** What an administrator does to accounts: create, change role and scope, disable, reset a password. */
@Service
class UserAdminService {

    static final int MIN_PASSWORD_LENGTH = 10;

    /** bcrypt reads no more than 72 bytes of a password (and Spring's encoder refuses more). */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final HistoryService history;
    private final AccountSessions sessions;
    private final AuditLog auditLog;
    private final PlaceNames places;

    UserAdminService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, HistoryService history,
            AccountSessions sessions, AuditLog auditLog, PlaceNames places) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
        this.sessions = sessions;
        this.auditLog = auditLog;
        this.places = places;
    }

    @Transactional(readOnly = true)
    Page<UserAccount> list(String q, Pageable pageable) {
        return q == null || q.isBlank() ? accounts.findAll(pageable) : accounts.search(q, pageable);
    }

    @Transactional(readOnly = true)
    UserAccount get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    /** The account's revisions, its town and village named rather than numbered. */
    @Transactional(readOnly = true)
    List<HistoryEntry> historyOf(Long id) {
        PlaceNames.Lookup names = places.lookup();
        return history.historyOf(UserAccount.class, id).stream()
                .map(entry -> new HistoryEntry(entry.revision(), entry.at(), entry.username(), entry.kind(),
                        entry.changes().stream().map(change -> named(change, names)).toList()))
                .toList();
    }

    private static HistoryEntry.FieldChange named(HistoryEntry.FieldChange change, PlaceNames.Lookup names) {
        return switch (change.fieldKey()) {
            case "user.town" -> new HistoryEntry.FieldChange(change.fieldKey(), names.town(change.oldValue()), names.town(change.newValue()));
            case "user.village" -> new HistoryEntry.FieldChange(change.fieldKey(), names.village(change.oldValue()),
                    names.village(change.newValue()));
            default -> change;
        };
    }

    @Transactional
    UserAccount create(String username, String displayName, String password, Role role, Long townId, Long villageId) {
        if (accounts.existsByUsername(username)) {
            throw new InvalidFieldException("username", "user.username.taken");
        }
        requireScope(role, townId, villageId);
        requireStrong(password, "password");
        return accounts.save(new UserAccount(username, displayName, passwordEncoder.encode(password), role, townId, villageId));
    }

    @Transactional
    UserAccount update(Long id, Long expectedVersion, String displayName, Role role, Long townId, Long villageId, boolean enabled) {
        UserAccount account = get(id);
        ConcurrentEditException.check("user", id, expectedVersion, account.getVersion());
        requireScope(role, townId, villageId);
        Role oldRole = account.getRole();
        Long oldTownId = account.getTownId();
        Long oldVillageId = account.getVillageId();
        boolean wasEnabled = account.isEnabled();
        account.assign(displayName, role, townId, villageId);
        account.setEnabled(enabled);
        accounts.flush();
        if (account.rightsDifferFrom(oldRole, oldTownId, oldVillageId, wasEnabled)) {
            sessions.endAll(account.getUsername());
        }
        return account;
    }

    /**
     * An administrator sets a password for someone who lost theirs. It is logged, the account's open sessions end,
     * and the user must replace it at the next sign-in. An administrator resetting their own is changing it.
     */
    @Transactional
    void resetPassword(Long id, String newPassword, String actor, String actorSessionId, String remoteIp) {
        requireStrong(newPassword, "newPassword");
        UserAccount account = get(id);
        boolean own = account.getUsername().equals(actor);
        if (own) {
            account.changePassword(passwordEncoder.encode(newPassword));
        } else {
            account.resetPassword(passwordEncoder.encode(newPassword));
        }
        auditLog.record(actor, AuditLog.PASSWORD_RESET, null, remoteIp, account.getUsername());
        sessions.endAllBut(account.getUsername(), own ? actorSessionId : null);
    }

    /** A town-staff account without a town, or a secretary without a village, would see nothing: refuse it up front. */
    private static void requireScope(Role role, Long townId, Long villageId) {
        if (role == Role.TOWN_STAFF && townId == null) {
            throw new InvalidFieldException("townId", "user.town.required");
        }
        if (role == Role.VILLAGE_SECRETARY && villageId == null) {
            throw new InvalidFieldException("villageId", "user.village.required");
        }
    }

    /** At least 10 characters, at most what bcrypt reads (72 bytes in UTF-8), and nothing that cannot be typed. */
    static void requireStrong(String password, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException(field, "user.password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidFieldException(field, "user.password.tooLong");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, "user.password.control");
        }
    }
}
