package org.lmath.parse;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a program file (a script or an imported module) as text, refusing what is not one in
 * plain words: a named pipe or device (reading it could block forever), a file far too long to
 * be a program, text that is not UTF-8 (which line and byte, and how to fix it). A UTF-8 byte
 * order mark, which Notepad writes, is dropped.
 */
public final class SourceFiles {

    /** Bytes read at most: four per character of the longest program the parser takes. */
    private static final long MAX_BYTES = 4L * SourceParser.MAX_SOURCE_CHARACTERS;

    private SourceFiles() {}

    /** Why a file cannot be read as a program; the message is a plain sentence for the user. */
    public static final class Unreadable extends IOException {
        Unreadable(String message) {
            super(message);
        }
    }

    public static String read(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString());
        if (!Files.isRegularFile(file)) {
            throw new Unreadable(Files.isDirectory(file) ? "it is a folder, not a file" : "it is not a regular file (a pipe or a device?)");
        }
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new Unreadable(String.format(Locale.ROOT, "it has %,d bytes, more than a program may have (%,d)", size, MAX_BYTES));
        }
        return decode(Files.readAllBytes(file));
    }

    /** UTF-8 text without its byte order mark, or where the first byte that is not UTF-8 is. */
    static String decode(byte[] bytes) throws Unreadable {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) throw notUtf8(bytes, in.position());
        decoder.flush(out);
        return out.flip().toString();
    }

    private static Unreadable notUtf8(byte[] bytes, int offset) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Unreadable(String.format(Locale.ROOT, "it is not UTF-8 text: line %d, byte %d of that line (0x%02X) is not UTF-8 "
                + "(perhaps Latin-1 from an older editor); save the file as UTF-8 (Save As, encoding UTF-8)",
                line, offset - lineStart + 1, bytes[offset] & 0xFF));
    }
}
