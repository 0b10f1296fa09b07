package org.lmath.plot;

import java.nio.file.Path;

/**
 * Where a session's pictures go, chosen by whoever starts the session (the command line, the
 * REPL, a test) and put into its {@link org.lmath.value.SessionState}.
 *
 * @param folder          where show() writes its PNG files
 * @param stem            the start of each file name: show() writes folder/stem-n.png
 * @param openWindows     show() opens a Swing window instead of writing a file
 * @param terminalPreview show() also draws the figure in the terminal with braille characters
 * @param terminalColor   the preview may use ANSI colours
 */
public record PlotSettings(Path folder, String stem, boolean openWindows, boolean terminalPreview, boolean terminalColor) {

    /** Files in plots/ named plot-n.png, no window, no preview. */
    public static PlotSettings defaults() {
        return new PlotSettings(Path.of("plots"), "plot", false, false, false);
    }

    /** Settings for a script: files named after it, gallery.lmath writing gallery-1.png, ... */
    public PlotSettings forScript(String scriptFile) {
        String name = Path.of(scriptFile).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return withStem(dot > 0 ? name.substring(0, dot) : name);
    }

    public PlotSettings withFolder(Path newFolder) {
        return new PlotSettings(newFolder, stem, openWindows, terminalPreview, terminalColor);
    }

    public PlotSettings withStem(String newStem) {
        return new PlotSettings(folder, newStem, openWindows, terminalPreview, terminalColor);
    }

    public PlotSettings withWindows(boolean open) {
        return new PlotSettings(folder, stem, open, terminalPreview, terminalColor);
    }

    public PlotSettings withTerminalPreview(boolean preview, boolean color) {
        return new PlotSettings(folder, stem, openWindows, preview, color);
    }

    /**
     * Whether a terminal preview may use colour: only on a console whose TERM is known and not
     * "dumb", and never when NO_COLOR is set (https://no-color.org).
     */
    public static boolean terminalSupportsColor(java.util.Map<String, String> environment, boolean console) {
        if (!console || environment.containsKey("NO_COLOR")) return false;
        String term = environment.getOrDefault("TERM", "");
        return !term.isEmpty() && !term.equals("dumb");
    }
}
