package cn.kepu.support;

/** Looking at a file's first bytes, which say what it is better than its name does. */
public final class Bytes {

    private Bytes() {
    }

    /** Whether {@code b} begins with these bytes (given as ints so that 0xFF needs no cast). */
    public static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
