package org.factcheck.core.internal.importers;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Recognizes content that is not text, and HTML among text. */
public final class BinarySniffer {

    private static final int SAMPLE = 8192;

    private record Magic(byte[] prefix, String description) {
    }

    private static final Magic[] MAGICS = {
        magic("a PNG image", 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        magic("a JPEG image", 0xFF, 0xD8, 0xFF),
        magic("a GIF image", 'G', 'I', 'F', '8'),
        magic("a PDF document", '%', 'P', 'D', 'F', '-'),
        magic("a ZIP archive or office document", 'P', 'K', 0x03, 0x04),
        magic("a gzip archive", 0x1F, 0x8B),
        magic("a RIFF file (WebP image, WAV or AVI)", 'R', 'I', 'F', 'F'),
        magic("a Microsoft Office 97-2003 document", 0xD0, 0xCF, 0x11, 0xE0),
        magic("an executable program", 0x7F, 'E', 'L', 'F'),
        magic("a Windows program", 'M', 'Z'),
        magic("a 7-Zip archive", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
    };

    private BinarySniffer() {
    }

    private static Magic magic(String description, int... values) {
        byte[] prefix = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            prefix[i] = (byte) values[i];
        }
        return new Magic(prefix, description);
    }

    /**
     * Tells whether bytes are not text.
     *
     * @param bytes the content
     * @return what the content looks like ("a PNG image", "binary data"), or empty for text
     */
    public static Optional<String> describe(byte[] bytes) {
        for (Magic magic : MAGICS) {
            if (bytes.length >= magic.prefix().length
                    && Arrays.equals(bytes, 0, magic.prefix().length, magic.prefix(), 0, magic.prefix().length)) {
                return Optional.of(magic.description());
            }
        }
        if (Decoding.bomCharset(bytes).isPresent()) {
            return Optional.empty();
        }
        int n = Math.min(bytes.length, SAMPLE);
        int controls = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return Optional.of("binary data");
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 20 > n ? Optional.of("binary data") : Optional.empty();
    }

    /**
     * Tells whether text content looks like an HTML page: after white space and a byte order mark it
     * starts with a doctype, a comment or an {@code <html>} tag, or an {@code <html} or {@code <body}
     * tag occurs in the first kilobyte.
     *
     * @param bytes the content
     * @return whether to treat it as HTML
     */
    public static boolean looksLikeHtml(byte[] bytes) {
        int skip = Decoding.bomLength(bytes);
        String head = new String(bytes, skip, Math.min(bytes.length - skip, 1024), StandardCharsets.ISO_8859_1)
                .stripLeading().toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || head.contains("<body");
    }
}
