package org.lmath.repl;

import java.io.IOException;
import java.io.PrintStream;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** `lmath` with no arguments: the prompt on a terminal, the plain piped mode otherwise. */
public final class Repl {

    private Repl() {}

    /**
     * Opens the prompt when standard input and output are both a terminal; otherwise reads the
     * entries from standard input without prompts (see {@link PipedRepl}). Returns the exit status.
     */
    public static int start(PrintStream out, PrintStream err, String version) {
        if (System.console() == null) return PipedRepl.run(System.in, out, err);
        out.flush();
        // The JNI provider sets the terminal up with native calls; exec (stty processes) is the fallback.
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("lmath").providers("jni,exec").build()) {
            return InteractiveRepl.run(terminal, "lmath " + version + ": type :help for help, Ctrl-D to leave",
                    InteractiveRepl.historyFile());
        } catch (IOException error) {
            err.println("lmath: cannot open the terminal: " + error.getMessage());
            return 1;
        }
    }
}
