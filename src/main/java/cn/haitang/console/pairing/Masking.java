package cn.haitang.console.pairing;

/** How personal data looks to someone without the right to see it in full. */
final class Masking {

    private Masking() {
    }

    /** 320581********123X: the region code's first four digits and the last four stay. */
    static String idNumber(String value) {
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }

    /** 138****5678. */
    static String phone(String value) {
        if (value.length() < 7) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "*".repeat(value.length() - 7) + value.substring(value.length() - 4);
    }
}
