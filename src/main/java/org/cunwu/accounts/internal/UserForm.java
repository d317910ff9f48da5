package org.cunwu.accounts.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.Role;

/** The administrator's account form; the password is asked for only when creating. */
record UserForm(
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}")
        @Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}") String username,
        @NotBlank(message = "{validation.required}") @Size(max = 50, message = "{validation.size.max}") String displayName,
        @NotNull(message = "{validation.required}") Role role,
        Long townId,
        Long villageId,
        Boolean enabled,
        String password,
        Long version) {

    static UserForm empty() {
        return new UserForm(null, null, null, null, null, true, null, null);
    }

    static UserForm of(UserAccount account) {
        return new UserForm(account.getUsername(), account.getDisplayName(), account.getRole(), account.getTownId(),
                account.getVillageId(), account.isEnabled(), null, account.getVersion());
    }
}
