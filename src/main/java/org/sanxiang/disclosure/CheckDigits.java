package org.sanxiang.disclosure;

/** The check characters of 统一社会信用代码 (GB 32100-2015) and of resident ID numbers (GB 11643-1999). */
final class CheckDigits {

    private static final String CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CODE_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private CheckDigits() {
    }

    /** a resident ID number (18 digits, GB 11643) whose check digit is right */
    static boolean idNumberValid(String id) {
        if (id.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            sum += (c - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == Character.toUpperCase(id.charAt(17));
    }

    static boolean creditCodeValid(String code) {
        if (code.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CODE_CHARS.indexOf(code.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CODE_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CODE_CHARS.charAt(check) == code.charAt(17);
    }
}
