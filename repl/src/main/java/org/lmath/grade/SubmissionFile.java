package org.lmath.grade;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.lmath.ast.Source;
import org.lmath.sandbox.FileAccess;

/**
 * Reads the file a test run starts from. A sandboxed file must be a regular file of UTF-8 text
 * no larger than an import may be; anything else is a {@link Unreadable} with a reason a student
 * can act on.
 */
final class SubmissionFile {

    /** Why a submission could not be read; its message is the reason. */
    static final class Unreadable extends Exception {
        Unreadable(String reason) {
            super(reason, null, false, false);
        }
    }

    private SubmissionFile() {}

    static Source read(Path file, boolean sandbox) throws Unreadable {
        try {
            if (sandbox && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) throw new Unreadable("it is not a regular file");
            long size = Files.size(file);
            if (sandbox && size > FileAccess.MAX_IMPORT_BYTES) {
                throw new Unreadable(String.format(java.util.Locale.ROOT, "the file is %.1f MB; a submission may be at most %d MB",
                        size / 1e6, FileAccess.MAX_IMPORT_BYTES >> 20));
            }
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) text = text.substring(1);  // a byte-order mark some editors write
            if (text.indexOf('\0') >= 0) throw new Unreadable("the file is not text (it holds zero bytes): is it the right file?");
            return new Source(file.toString(), text);
        } catch (CharacterCodingException error) {
            throw new Unreadable("the file is not UTF-8 text: is it the right file? (save it as UTF-8)");
        } catch (NoSuchFileException error) {
            throw new Unreadable("no such file");
        } catch (IOException error) {
            throw new Unreadable("cannot read it: " + error.getMessage());
        }
    }
}
