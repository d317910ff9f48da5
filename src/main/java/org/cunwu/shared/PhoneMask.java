package org.cunwu.shared;

/** Phone numbers: the pattern forms accept (optional), and the form readers who may not edit the record see (138****1234). */
public final class PhoneMask {

    /** An 11-digit mobile number or a landline with its area code; empty is allowed. */
    public static final String PATTERN = "^(1\\d{10}|0\\d{2,3}-?\\d{7,8})?$";

    private PhoneMask() {
    }

    public static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
