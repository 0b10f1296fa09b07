package org.lmath.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.util.function.Function;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.lmath.plot.PlotSettings;

/** `lmath` with no arguments: the prompt on a terminal, the plain piped mode otherwise. */
public final class Repl {

    private Repl() {}

    /**
     * The terminal, set up by JLine's JNI provider (native calls). JLine consults every provider
     * it may use, and its exec provider starts processes (test, stty) even when JNI does the work,
     * which costs tenths of a second before the prompt; so exec is used only when JNI could not
     * give a real terminal (a platform without JLine's native library).
     */
    private static Terminal openTerminal() throws IOException {
        describeTerminalType(System.getenv("TERM"));
        Terminal terminal = builder().exec(false).build();
        if (!terminal.getType().startsWith(Terminal.TYPE_DUMB)) return terminal;
        terminal.close();
        return builder().exec(true).build();
    }

    /**
     * JLine runs `infocmp` (a process, about 0.1 s) to learn what the terminal can do, unless the
     * description is already loaded. It ships descriptions of the common types (xterm, screen,
     * rxvt, ...): load the one for this type, and screen's for tmux's types (tmux is screen-like),
     * so that an ordinary terminal needs no process at all.
     */
    private static void describeTerminalType(String type) {
        if (type == null || type.isEmpty() || InfoCmp.getLoadedInfoCmp(type) != null) return;
        String known = type.startsWith("tmux") ? type.replace("tmux", "screen") : type;
        String description;
        try {
            description = InfoCmp.getDefaultInfoCmp(known);
        } catch (RuntimeException unknown) {
            return;
        }
        if (description != null) InfoCmp.setLoadedInfoCmp(type, description);
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).name("lmath").jni(true).ffm(false).jna(false).jansi(false)
                .providers("jni,exec").dumb(true);
    }

    /**
     * Opens the prompt when standard input and output are both a terminal; otherwise reads the
     * entries from standard input without prompts (see {@link PipedRepl}). plots gives the plot
     * settings for an interactive (true) or piped (false) session. Returns the exit status.
     */
    public static int start(PrintStream out, PrintStream err, String version, Function<Boolean, PlotSettings> plots) {
        if (System.console() == null) return PipedRepl.run(System.in, out, err, plots.apply(false));
        out.flush();
        try (Terminal terminal = openTerminal()) {
            return InteractiveRepl.run(terminal, "lmath " + version + ": type :help for help, Ctrl-D to leave",
                    InteractiveRepl.historyFile(), plots.apply(true));
        } catch (IOException error) {
            err.println("lmath: cannot open the terminal: " + error.getMessage());
            return 1;
        }
    }
}
