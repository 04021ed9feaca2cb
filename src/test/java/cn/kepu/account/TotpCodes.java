package cn.kepu.account;

final class TotpCodes {

    private TotpCodes() {
    }

    /** A code that is surely not the current one: the current one with its last digit changed. */
    static String wrong(String code) {
        return code.substring(0, 5) + (char) ('0' + (code.charAt(5) - '0' + 1) % 10);
    }
}
