package org.sightline.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict decoding of text files: UTF-8 (a BOM is dropped), or UTF-16 when a BOM says so.
 * Guessing another charset would silently change the words, so invalid bytes are an error
 * that names where they are.
 */
final class TextDecoder {
    /** Bytes that are not valid in the file's encoding, at a byte offset. */
    static final class InvalidTextException extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidTextException(String message) {
            super(message);
        }
    }

    private TextDecoder() {
    }

    static String decode(byte[] bytes) throws InvalidTextException {
        if (ContentSniffer.hasUtf16Bom(bytes)) {
            Charset utf16 = bytes[0] == (byte) 0xFF ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return decode(bytes, 2, utf16);
        }
        return decode(bytes, ContentSniffer.utf8BomLength(bytes), StandardCharsets.UTF_8);
    }

    static boolean isValid(byte[] bytes) {
        try {
            decode(bytes);
            return true;
        } catch (InvalidTextException e) {
            return false;
        }
    }

    private static String decode(byte[] bytes, int start, Charset charset) throws InvalidTextException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        // One char per byte is always enough for UTF-8 and UTF-16, so one pass decodes everything.
        CharBuffer out = CharBuffer.allocate(bytes.length - start);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new InvalidTextException(charset == StandardCharsets.UTF_8
                    ? "invalid UTF-8 at byte offset " + offset + " (line " + lineOf(bytes, offset) + "); save the file as UTF-8"
                    : "invalid UTF-16 at byte offset " + offset);
        }
        out.flip();
        return out.toString();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
