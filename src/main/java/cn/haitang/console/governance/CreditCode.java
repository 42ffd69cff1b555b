package cn.haitang.console.governance;

import java.util.regex.Pattern;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from digits and upper-case
 * letters without I, O, Z, S, V; the last one a check character computed from the first 17.
 */
public final class CreditCode {

    /** The 31 characters a code is written with. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}");

    private CreditCode() {
    }

    public static boolean isValid(String code) {
        return code.length() == 18 && FORMAT.matcher(code).matches() && checkCharacter(code.substring(0, 17)) == code.charAt(17);
    }

    /** The check character of the first 17 characters. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
