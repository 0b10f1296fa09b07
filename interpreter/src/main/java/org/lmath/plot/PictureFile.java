package org.lmath.plot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.lmath.error.LMathError;

/**
 * Writes a figure to a file, PNG or SVG by the file's extension, never leaving half a file: the
 * picture goes to a temporary file in the same folder, which is then moved over the name.
 */
public final class PictureFile {

    private PictureFile() {}

    /** The formats a file name may ask for. */
    enum Format { PNG, SVG }

    static Format format(Path path, String function) {
        String name = path.getFileName() == null ? "" : path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return Format.PNG;
        if (name.endsWith(".svg")) return Format.SVG;
        throw new LMathError(function + "(): cannot tell the picture format of \"" + path + "\": end the name with .png or .svg");
    }

    /** Writes figure to path; function names the builtin for error messages. */
    public static void write(Figure figure, Path path, String function) {
        Format format = format(path, function);
        Path folder = path.toAbsolutePath().getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            String problem = folder != null && Files.exists(folder) ? " is not a folder" : " does not exist";
            throw new LMathError(function + "(): cannot write \"" + path + "\": " + describe(folder) + problem);
        }
        Path temporary = null;
        try {
            // Not Files.createTempFile, which makes the file private (rw-------) on POSIX systems.
            temporary = folder.resolve("." + path.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".part");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                if (format == Format.PNG) FigureRenderer.writePng(figure, out);
                else FigureRenderer.writeSvg(figure, out);
            }
            try {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException | SecurityException error) {
            throw new LMathError(function + "(): cannot write \"" + path + "\": " + reason(error, folder));
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // the error being reported matters more than a leftover temporary file
                }
            }
        }
    }

    /** Makes the folder show() writes into (with its parents), or says why it cannot. */
    static void makeFolder(Path folder, String function) {
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException error) {
            throw new LMathError(function + "(): cannot make the plots folder \"" + folder + "\": " + reason(error, folder)
                    + " (choose another with --plots DIR)");
        }
    }

    private static String describe(Path folder) {
        return folder == null ? "(none)" : "\"" + folder + "\"";
    }

    private static String reason(Exception error, Path folder) {
        if (error instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (error instanceof java.nio.file.FileAlreadyExistsException || error instanceof java.nio.file.NotDirectoryException) {
            return "a file, not a folder, is in the way";
        }
        if (error instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
