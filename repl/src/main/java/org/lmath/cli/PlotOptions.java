package org.lmath.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.lmath.plot.PlotSettings;

/**
 * The plot options of the command line (--plots DIR, --show, --term), taken out of the leading
 * options before the rest is parsed, and turned into a session's {@link PlotSettings}.
 */
record PlotOptions(Path folder, boolean windows, boolean terminal, String problem, String[] rest) {

    static PlotOptions extract(String[] arguments) {
        Path folder = null;
        boolean windows = false, terminal = false;
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (; i < arguments.length && arguments[i].startsWith("-"); i++) {
            switch (arguments[i]) {
                case "--plots" -> {
                    if (i + 1 == arguments.length) return new PlotOptions(null, false, false, "--plots needs a folder: --plots DIR", arguments);
                    folder = Path.of(arguments[++i]);
                }
                case "--show" -> windows = true;
                case "--term" -> terminal = true;
                default -> rest.add(arguments[i]);
            }
        }
        for (; i < arguments.length; i++) rest.add(arguments[i]);
        return new PlotOptions(folder, windows, terminal, null, rest.toArray(new String[0]));
    }

    /**
     * The settings for running file: pictures named after it, in the folder asked for. A window
     * needs AWT out of headless mode, which must be chosen before AWT starts, so it is set here.
     */
    PlotSettings settings(String file) {
        if (windows) System.setProperty("java.awt.headless", "false");
        PlotSettings settings = PlotSettings.defaults().forScript(file).withWindows(windows)
                .withTerminalPreview(terminal, PlotSettings.terminalSupportsColor(System.getenv(), System.console() != null));
        return folder == null ? settings : settings.withFolder(folder);
    }

    /**
     * The settings for the REPL. At a prompt with a display, show() opens a window; without one it
     * saves the picture and draws it in the terminal too (braille), so a learner over SSH sees the
     * curve. Piped (interactive false), pictures only go to files, unless --show or --term ask.
     */
    PlotSettings settingsForRepl(boolean interactive) {
        boolean display = windows || (interactive && hasDisplay(System.getenv()));
        if (display) System.setProperty("java.awt.headless", "false");
        PlotSettings settings = PlotSettings.defaults().withStem("repl").withWindows(display)
                .withTerminalPreview(terminal || (interactive && !display),
                        PlotSettings.terminalSupportsColor(System.getenv(), interactive));
        return folder == null ? settings : settings.withFolder(folder);
    }

    /** A desktop to open windows on: always on macOS and Windows; on Linux, an X or Wayland display. */
    static boolean hasDisplay(java.util.Map<String, String> environment) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac") || os.contains("windows")) return true;
        return !environment.getOrDefault("DISPLAY", "").isEmpty() || !environment.getOrDefault("WAYLAND_DISPLAY", "").isEmpty();
    }
}
