package org.cunwu.accounts.internal;

import jakarta.validation.constraints.NotBlank;

record PasswordForm(@NotBlank(message = "{validation.required}") String currentPassword,
        @NotBlank(message = "{validation.required}") String newPassword,
        @NotBlank(message = "{validation.required}") String confirmPassword) {
}
