package org.cunwu.accounts.internal;

import jakarta.validation.constraints.Size;

/**
 * An administrator's new password for an account. Its rules (10 characters, at most 72 bytes, nothing that cannot be
 * typed) are the service's, so they hold for every way a password is set; they come back as this field's error.
 */
public class PasswordResetForm {

    @Size(max = 72, message = "{user.password.tooLong}")
    private String newPassword;

    public String getNewPassword() { return newPassword; }
    public void setNewPassword(String newPassword) { this.newPassword = newPassword; }
}
