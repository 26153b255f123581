package org.sightline.resolve.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decoding of imported files. Strict UTF-8 first (a BOM is dropped); a file that is not valid
 * UTF-8 is Windows-1252, which OFAC's legacy files are when they carry accented names (the
 * bytes Windows-1252 leaves undefined are read as Latin-1, so no byte is lost). The 2024-05-03
 * SDN file is plain ASCII with CRLF line ends and a trailing Ctrl-Z (0x1A) end-of-file byte.
 */
final class ImportText {
    private static final char[] CP1252 = cp1252Table();

    private ImportText() {
    }

    static String decode(byte[] bytes) {
        int bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, bom, bytes.length - bom))
                    .toString();
        } catch (CharacterCodingException e) {
            char[] out = new char[bytes.length];
            for (int i = 0; i < bytes.length; i++) {
                out[i] = CP1252[bytes[i] & 0xFF];
            }
            return new String(out);
        }
    }

    private static char[] cp1252Table() {
        Charset cp1252 = Charset.forName("windows-1252");
        char[] table = new char[256];
        for (int b = 0; b < 256; b++) {
            try {
                CharBuffer c = cp1252.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                table[b] = c.get(0);
            } catch (CharacterCodingException e) {
                table[b] = (char) b; // 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined in Windows-1252
            }
        }
        return table;
    }
}
