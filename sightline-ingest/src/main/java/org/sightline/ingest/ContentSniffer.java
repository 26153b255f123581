package org.sightline.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What the first bytes of a file say about it, whatever its name claims. */
final class ContentSniffer {
    static final int SNIFF_BYTES = 8192;
    // Above this share of control bytes no real text file goes; random bytes have about 11 %.
    private static final double MAX_CONTROL_SHARE = 0.05;

    private ContentSniffer() {
    }

    static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF));
    }

    static int utf8BomLength(byte[] b) {
        return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF ? 3 : 0;
    }

    /** Empty, or nothing but a byte order mark and ASCII whitespace. */
    static boolean isBlank(byte[] b) {
        int start = utf8BomLength(b);
        if (hasUtf16Bom(b)) {
            start = 2;
        }
        for (int i = start; i < b.length; i++) {
            byte c = b[i];
            boolean blank = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
                    || (c == 0 && hasUtf16Bom(b));
            if (!blank) {
                return false;
            }
        }
        return true;
    }

    /** PDF readers accept junk before the header within the first kilobyte, so do we. */
    static boolean isPdf(byte[] b) {
        return indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, Math.min(b.length, 1024)) >= 0;
    }

    /** A complete PDF ends with %%EOF (a few bytes of padding after it are common). */
    static boolean hasPdfEnd(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        return indexOf(b, "%%EOF".getBytes(StandardCharsets.US_ASCII), from, b.length) >= 0;
    }

    /** The name of a known binary format the bytes start with, or null. */
    static String binaryMagic(byte[] b) {
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, 0, 'R', 'I', 'F', 'F') && startsWith(b, 8, 'W', 'E', 'B', 'P')) {
            return "WebP image";
        }
        if (startsWith(b, 0, 'P', 'K', 3, 4) || startsWith(b, 0, 'P', 'K', 5, 6) || startsWith(b, 0, 'P', 'K', 7, 8)) {
            return "ZIP archive; .docx, .odt and .epub are ZIP too and not supported";
        }
        if (startsWith(b, 0, 0x1F, 0x8B)) {
            return "gzip archive";
        }
        if (startsWith(b, 0, 0xFD, '7', 'z', 'X', 'Z', 0)) {
            return "xz archive";
        }
        if (startsWith(b, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
            return "7z archive";
        }
        if (startsWith(b, 0, 'R', 'a', 'r', '!', 0x1A, 0x07)) {
            return "RAR archive";
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "OLE2 document such as .doc or .xls";
        }
        if (startsWith(b, 0, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        if (startsWith(b, 0, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Java class or Mach-O executable";
        }
        if (startsWith(b, 0, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0)) {
            return "SQLite database";
        }
        if (startsWith(b, 0, 'O', 'g', 'g', 'S') || startsWith(b, 0, 'I', 'D', '3') || startsWith(b, 4, 'f', 't', 'y', 'p')) {
            return "audio or video";
        }
        return null;
    }

    /** Why the first 8 KB look binary (NUL bytes, many control bytes), or null if they look like text. */
    static String binaryContent(byte[] b) {
        if (hasUtf16Bom(b)) {
            return null; // UTF-16 text is full of NUL bytes
        }
        int end = Math.min(b.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < end; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return "NUL byte at offset " + i;
            }
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B && c != 0x1B) || c == 0x7F) {
                controls++;
            }
        }
        if (end > 0 && controls > end * MAX_CONTROL_SHARE) {
            return String.format(Locale.ROOT, "%d%% control characters in the first %d bytes", Math.round(100.0 * controls / end), end);
        }
        return null;
    }

    /** An HTML page, recognised by its first tag (after any BOM, whitespace and comments). */
    static boolean looksLikeHtml(byte[] b) {
        // Latin-1 maps every byte to one char, so a UTF-8 BOM shows as three chars.
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading().toLowerCase(Locale.ROOT);
        while (head.startsWith("<!--") && head.contains("-->")) {
            head = head.substring(head.indexOf("-->") + 3).stripLeading();
        }
        if (head.startsWith("<?xml")) {
            head = head.substring(Math.max(0, head.indexOf("?>") + 2)).stripLeading();
        }
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<head")
                || head.startsWith("<body");
    }

    static boolean looksLikeRtf(byte[] b) {
        return startsWith(b, utf8BomLength(b), '{', '\\', 'r', 't', 'f');
    }

    private static boolean startsWith(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = from; i <= to - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
