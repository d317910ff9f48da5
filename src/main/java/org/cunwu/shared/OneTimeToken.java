package org.cunwu.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The hidden token a create form carries so that submitting it twice makes one record. The column holds 40
 * characters; a token that is missing, too long or not made of letters, digits and dashes is replaced by a fresh
 * one (only a tampered form sends such a token, and it then simply makes its record once).
 */
public final class OneTimeToken {

    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9-]{1,40}");

    private OneTimeToken() {
    }

    public static boolean isValid(String token) {
        return token != null && VALID.matcher(token).matches();
    }

    /** The token itself when it can be stored, otherwise a fresh one. */
    public static String orFresh(String token) {
        return isValid(token) ? token : UUID.randomUUID().toString();
    }
}
