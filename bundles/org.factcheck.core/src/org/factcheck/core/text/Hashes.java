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

    /**
     * Fingerprints a file without reading it into memory at once (a saved web page, a PDF, a video).
     *
     * @param file the file
     * @return the SHA-256 of its bytes in lower-case hexadecimal
     * @throws java.io.IOException if the file cannot be read
     */
    public static String sha256Hex(java.nio.file.Path file) throws java.io.IOException {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Whether {@code text} is a SHA-256 written as 64 hexadecimal digits. */
    public static boolean isSha256Hex(String text) {
        return text != null && text.matches("[0-9a-fA-F]{64}");
    }
}
