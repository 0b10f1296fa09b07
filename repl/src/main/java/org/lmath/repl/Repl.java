package org.lmath.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Function;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.lmath.plot.PlotSettings;

/** `lmath` with no arguments: the prompt on a terminal, the plain piped mode otherwise. */
public final class Repl {

    private Repl() {}

    /**
     * Opens the prompt when standard input and output are both a terminal; otherwise reads the
     * entries from standard input without prompts (see {@link PipedRepl}). plots gives the plot
     * settings for an interactive (true) or piped (false) session. Returns the exit status.
     */
    public static int start(PrintStream out, PrintStream err, String version, Function<Boolean, PlotSettings> plots) {
        if (System.console() == null) return PipedRepl.run(System.in, out, err, plots.apply(false));
        out.flush();
        // The JNI provider sets the terminal up with native calls; exec (stty processes) is the fallback.
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("lmath").providers("jni,exec").build()) {
            return InteractiveRepl.run(terminal, "lmath " + version + ": type :help for help, Ctrl-D to leave",
                    InteractiveRepl.historyFile(), plots.apply(true));
        } catch (IOException error) {
            err.println("lmath: cannot open the terminal: " + error.getMessage());
            return 1;
        }
    }
}
