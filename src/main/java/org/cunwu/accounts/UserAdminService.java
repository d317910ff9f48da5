package org.cunwu.accounts;

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

import java.util.List;

/** What an administrator does to accounts: create, change role and scope, disable, reset a password. */
@Service
class UserAdminService {

    static final int MIN_PASSWORD_LENGTH = 10;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final HistoryService history;

    UserAdminService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, HistoryService history) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.history = history;
    }

    @Transactional(readOnly = true)
    Page<UserAccount> list(String q, Pageable pageable) {
        return q == null || q.isBlank() ? accounts.findAll(pageable) : accounts.search(q, pageable);
    }

    @Transactional(readOnly = true)
    UserAccount get(Long id) {
        return accounts.findById(id).orElseThrow(() -> new RecordNotFoundException("user", id));
    }

    @Transactional(readOnly = true)
    List<HistoryEntry> historyOf(Long id) {
        return history.historyOf(UserAccount.class, id);
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
        account.assign(displayName, role, townId, villageId);
        account.setEnabled(enabled);
        accounts.flush();
        return account;
    }

    @Transactional
    void resetPassword(Long id, String newPassword) {
        requireStrong(newPassword, "newPassword");
        get(id).changePassword(passwordEncoder.encode(newPassword));
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

    static void requireStrong(String password, String field) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidFieldException(field, "user.password.tooShort");
        }
    }
}
