package org.lmath.sandbox;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.value.SessionState;

/**
 * The sandbox's file policy (docs/exercises.md, "The sandbox"). A sandboxed script may read only
 * .lmath files inside its own folder (no absolute paths, no '..' out, no symbolic link out,
 * regular files only; the standard library is always there) and may write only pictures, only
 * into the plots folder. A refusal says what the rule is and never whether the file exists or
 * what it holds: every path that breaks the rule gets the same words before anything on disk is
 * looked at. A session without a FileAccess is not sandboxed.
 */
public final class FileAccess {

    /** The largest file a sandboxed import may read: a module is source text, not data. */
    public static final long MAX_IMPORT_BYTES = 1 << 20;

    private final List<Path> roots;
    private final Path plots;

    /**
     * @param roots  the folders whose files may be imported: each file imports only from the root it lies in
     * @param plots  the one folder pictures may be written to
     */
    public FileAccess(List<Path> roots, Path plots) {
        this.roots = roots.stream().map(FileAccess::real).toList();
        this.plots = plots.toAbsolutePath().normalize();
    }

    /** The session's file policy, or null when the session is not sandboxed. */
    public static FileAccess of(SessionState session) {
        return session.find(FileAccess.class);
    }

    /**
     * The file `import "target"` written in importer may read, or an error (at no position: the
     * caller gives the import's) that says only what the rule is.
     */
    public Path resolveImport(Path importer, String target) {
        Path folder = real(importer.toAbsolutePath().getParent());
        Path root = roots.stream().filter(folder::startsWith).max(java.util.Comparator.comparingInt(Path::getNameCount)).orElse(folder);
        Path relative = Path.of(target);
        if (relative.isAbsolute() || !target.endsWith(".lmath")) throw refused(target);
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(root)) throw refused(target);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            // Inside the script's own folder, so saying it is missing tells nothing outside.
            throw new LMathError("cannot import \"" + target + "\": there is no such file in this file's folder");
        }
        Path resolved = real(file);
        if (!resolved.startsWith(root) || !Files.isRegularFile(resolved, LinkOption.NOFOLLOW_LINKS)) throw refused(target);
        try {
            if (Files.size(resolved) > MAX_IMPORT_BYTES) {
                throw new LMathError("cannot import \"" + target + "\": it is larger than " + (MAX_IMPORT_BYTES >> 20) + " MB");
            }
        } catch (IOException error) {
            throw refused(target);
        }
        return resolved;
    }

    /** Where savefig(name) may write: a plain file name (or a path inside the plots folder), resolved in the plots folder. */
    public Path resolvePicture(String name) {
        Path relative = Path.of(name);
        Path file = plots.resolve(relative).normalize();
        boolean picture = name.endsWith(".png") || name.endsWith(".svg");
        if (relative.isAbsolute() || !file.startsWith(plots) || file.equals(plots) || !picture) {
            throw new LMathError("savefig(\"" + name + "\"): in the sandbox a picture may only be written into the plots "
                    + "folder, as a .png or .svg: write savefig(\"" + pictureName(relative) + "\")");
        }
        return file;
    }

    private static String pictureName(Path relative) {
        Path name = relative.getFileName();
        String text = name == null ? "figure.png" : name.toString();
        return text.endsWith(".png") || text.endsWith(".svg") ? text : "figure.png";
    }

    private static LMathError refused(String target) {
        return new LMathError("cannot import \"" + target + "\": in the sandbox a file may import only .lmath files "
                + "inside its own folder (no absolute paths, no '..' out of it) and the standard library (import optim)");
    }

    /** The path with symbolic links resolved, or as written when it does not exist (nothing under it can then be read). */
    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException error) {
            return path.toAbsolutePath().normalize();
        }
    }
}
