package org.factcheck.core.internal.importers;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

import org.factcheck.core.importers.ImportException;

/** Strict decoding of article bytes: byte order marks, charset names, malformed input. */
public final class Decoding {

    private Decoding() {
    }

    /**
     * Returns the charset announced by a byte order mark.
     *
     * @param bytes the content
     * @return UTF-8, UTF-16BE or UTF-16LE if the content starts with the matching mark
     */
    public static Optional<Charset> bomCharset(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    /**
     * Returns the length of the byte order mark at the start of the content.
     *
     * @param bytes the content
     * @return 3 for UTF-8, 2 for UTF-16, 0 without a mark
     */
    public static int bomLength(byte[] bytes) {
        return bomCharset(bytes).map(cs -> cs == StandardCharsets.UTF_8 ? 3 : 2).orElse(0);
    }

    /**
     * Looks a charset up by name.
     *
     * @param name     the name as declared, for example {@code "windows-1251"}
     * @param fileName the file that declared it, for the message
     * @return the charset
     * @throws ImportException if Java does not know the name
     */
    public static Charset charset(String name, String fileName) throws ImportException {
        try {
            return Charset.forName(name.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new ImportException("“" + fileName + "” declares the character set “" + name.strip()
                    + "”, which is unknown, so its text cannot be read.", e);
        }
    }

    /**
     * Decodes bytes, refusing malformed or unmappable input.
     *
     * @param bytes    the content
     * @param offset   where to start (after a byte order mark)
     * @param charset  the charset
     * @param fileName the file, for the message
     * @return the text
     * @throws ImportException naming the byte offset of the first invalid sequence
     */
    public static String decode(byte[] bytes, int offset, Charset charset, String fileName) throws ImportException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 16);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isOverflow()) {
            throw new IllegalStateException("output buffer too small for " + charset);
        }
        if (result.isError()) {
            String what = charset == StandardCharsets.UTF_8 ? "UTF-8" : charset.name();
            throw new ImportException("“" + fileName + "” is not " + what + " text: the bytes at offset "
                    + in.position() + " are not valid " + what + ".");
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
