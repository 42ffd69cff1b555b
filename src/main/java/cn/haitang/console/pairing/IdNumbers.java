package cn.haitang.console.pairing;

import java.time.DateTimeException;
import java.time.LocalDate;

/** Mainland resident ID numbers (GB 11643): 17 digits, a birth date in them, and the ISO 7064 check character. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    private IdNumbers() {
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /** Null when valid, otherwise the message key of what is wrong. */
    public static String problem(String value) {
        if (value.length() != 18) {
            return "pairing.error.idNumber.length";
        }
        for (int i = 0; i < 17; i++) {
            if (!Character.isDigit(value.charAt(i)) || value.charAt(i) > '9') {
                return "pairing.error.idNumber.digits";
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            return "pairing.error.idNumber.digits";
        }
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
            if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                return "pairing.error.idNumber.birth";
            }
        } catch (DateTimeException e) {
            return "pairing.error.idNumber.birth";
        }
        if (checkCharacter(value) != last) {
            return "pairing.error.idNumber.checksum";
        }
        return null;
    }

    /** Upper-cases a trailing x and strips spaces, as people type them. */
    public static String normalise(String value) {
        return value.strip().replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
