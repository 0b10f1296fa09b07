package org.lmath.repl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.lmath.plot.PlotSettings;

/**
 * The file names of a session's plots. A script's plots are named after the script and may be
 * written again by its next run; a REPL session has no script, so a new session must not write
 * over the pictures of an earlier one: the first session in a folder writes repl-1.png, repl-2.png,
 * ..., and later ones repl2-1.png, repl3-1.png, ..., the first stem with no picture yet.
 */
final class SessionPlots {

    private SessionPlots() {}

    static PlotSettings unused(PlotSettings plots) {
        String stem = plots.stem();
        if (!isTaken(plots.folder(), stem)) return plots;
        for (int session = 2; ; session++) {
            if (!isTaken(plots.folder(), stem + session)) return plots.withStem(stem + session);
        }
    }

    /** Whether the folder holds a picture named stem-<n>.png (or .svg). */
    private static boolean isTaken(Path folder, String stem) {
        if (folder == null || !Files.isDirectory(folder)) return false;
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(path -> path.getFileName().toString()).anyMatch(name -> name.matches(
                    java.util.regex.Pattern.quote(stem) + "-[0-9]+\\.(png|svg)"));
        } catch (IOException unreadable) {
            return false;
        }
    }
}
