package org.lmath.plot;

import java.awt.Window;
import java.io.PrintStream;
import java.nio.file.Path;

import org.lmath.error.LMathError;
import org.lmath.value.SessionState;

/**
 * Where a finished figure goes: the one entry point show() and savefig() use, and the one a
 * front end (the command line, the REPL) steers through the session's {@link PlotSettings}.
 *
 * <p>A front end chooses by putting settings into the session before running code, e.g.
 * {@code session.put(PlotSettings.class, PlotSettings.defaults().forScript(file).withWindows(true))}:
 * <ul>
 * <li>{@code openWindows} — show() opens a Swing window ({@link PlotWindow}); the JVM must not
 *     be headless. A script runner then calls {@link #awaitWindows} before exiting.</li>
 * <li>otherwise show() writes {@code folder/stem-n.png} and prints {@code [plot] <path>}.</li>
 * <li>{@code terminalPreview} — show() also prints a braille drawing ({@link BraillePreview}),
 *     in colour when {@code terminalColor}; the REPL without a display would turn this on.</li>
 * </ul>
 * A REPL can also call {@link #show} itself (e.g. for a :show command).
 */
public final class PlotOutput {

    private PlotOutput() {}

    /** Preview size in characters. */
    static final int PREVIEW_COLUMNS = 64;
    static final int PREVIEW_ROWS = 16;

    /** Finishes the session's current figure as its settings say, then starts a new one. */
    public static void show(SessionState session, PrintStream out) {
        PlotSession plots = PlotSession.of(session);
        PlotSettings settings = PlotSession.settings(session);
        Figure figure = plots.figure();
        if (figure.isEmpty()) throw new LMathError("show(): the figure is empty: draw something first (plot, bar, hist, ...)");
        FigureDisplay display = session.find(FigureDisplay.class);
        if (display != null) {  // a notebook: the figure goes inline, not to a file
            display.display(figure);
            plots.newFigure(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
            return;
        }
        int number = plots.nextNumber();
        if (settings.openWindows()) {
            Window window = PlotWindow.open(figure, settings.stem() + "-" + number);
            synchronized (plots.windows) {
                plots.windows.add(window);
            }
        } else {
            PictureFile.makeFolder(settings.folder(), "show");
            Path path = settings.folder().resolve(settings.stem() + "-" + number + ".png");
            PictureFile.write(figure, path, "show");
            out.println("[plot] " + path);
        }
        if (settings.terminalPreview()) out.print(BraillePreview.render(figure, PREVIEW_COLUMNS, PREVIEW_ROWS, settings.terminalColor()));
        plots.newFigure(Figure.DEFAULT_WIDTH, Figure.DEFAULT_HEIGHT);
    }

    /** Writes the current figure to path (PNG or SVG by extension); the figure stays current. */
    public static void save(SessionState session, Path path) {
        PlotSession plots = PlotSession.of(session);
        Figure figure = plots.figure();
        if (figure.isEmpty()) throw new LMathError("savefig(): the figure is empty: draw something first (plot, bar, hist, ...)");
        PictureFile.write(figure, path, "savefig");
        plots.markSaved();
    }

    /**
     * What to tell the learner when a script ends having drawn a figure it never showed or saved
     * (matplotlib in a script shows nothing either, silently): the line to add and the command
     * to run; null when there is nothing to say.
     */
    public static String unwrittenFigureNote(SessionState session, String scriptFile) {
        PlotSession plots = session.find(PlotSession.class);
        if (plots == null || !plots.hasUnwrittenFigure()) return null;
        PlotSettings settings = PlotSession.settings(session);
        Path next = settings.folder().resolve(settings.stem() + "-" + (plots.shownCount() + 1) + ".png");
        return "[plot] note: " + scriptFile + " drew a figure but never called show() or savefig(), so no picture was written.\n"
                + "[plot] Add show() as its last line and run `lmath " + scriptFile + "` again: the picture goes to " + next
                + "; `lmath --show " + scriptFile + "` opens it in a window instead.";
    }

    /** Blocks until every window the session opened has been closed (a script with --show waits for its plots). */
    public static void awaitWindows(SessionState session) throws InterruptedException {
        PlotSession plots = session.find(PlotSession.class);
        if (plots == null) return;  // the script drew nothing (and AWT is not loaded just to say so)
        while (true) {
            synchronized (plots.windows) {
                plots.windows.removeIf(window -> !window.isDisplayable());
                if (plots.windows.isEmpty()) return;
            }
            Thread.sleep(200);
        }
    }
}
