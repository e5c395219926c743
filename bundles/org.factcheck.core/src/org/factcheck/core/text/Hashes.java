package org.factcheck.core.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 fingerprints, written as 64 lower-case hexadecimal digits. */
public final class Hashes {

    private Hashes() {
    }

    /**
     * Fingerprints a text.
     *
     * @param text the text; it is hashed as UTF-8 bytes
     * @return the SHA-256 of the UTF-8 bytes of {@code text} in lower-case hexadecimal
     */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Fingerprints bytes, for example the content of a piece of evidence.
     *
     * @param bytes the bytes
     * @return their SHA-256 in lower-case hexadecimal
     */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
