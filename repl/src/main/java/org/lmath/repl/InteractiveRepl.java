package org.lmath.repl;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.lmath.plot.PlotSettings;
import org.lmath.ast.Source;

/**
 * The prompt: JLine reads entries (multi-line when the parser says the entry is unfinished,
 * with history, completion and highlighting), and one {@link Session} runs them. Ctrl-C while an
 * entry runs stops it; Ctrl-C at the prompt clears the line; Ctrl-D or :quit leaves.
 */
public final class InteractiveRepl {

    static final String PROMPT = "lmath> ";
    static final String CONTINUATION = "   ... ";
    /** Spaces per open bracket or block on a continuation line. */
    static final int INDENT = 4;

    private InteractiveRepl() {}

    /** The history file: ~/.lmath_history, or the path in the system property lmath.history. */
    static Path historyFile() {
        String configured = System.getProperty("lmath.history");
        return configured != null ? Path.of(configured) : Path.of(System.getProperty("user.home"), ".lmath_history");
    }

    /** Runs the prompt on the terminal until the user leaves; greeting is the first line shown. */
    public static int run(Terminal terminal, String greeting, Path history, PlotSettings plots) {
        boolean colour = !terminal.getType().startsWith(Terminal.TYPE_DUMB);
        PrintStream out = new PrintStream(terminal.output(), true, StandardCharsets.UTF_8);
        try (Session session = new Session(out, out, colour, plots)) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .appName("lmath")
                    .parser(new EntryParser())
                    .completer(new Completion(session))
                    .highlighter(new Highlighting())
                    .variable(LineReader.HISTORY_FILE, history)
                    .variable(LineReader.SECONDARY_PROMPT_PATTERN, CONTINUATION)
                    .variable(LineReader.INDENTATION, INDENT)                  // a continuation line starts indented
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)  // '!' is not a history command
                    .option(LineReader.Option.INSERT_TAB, true)               // Tab at the start of a line indents
                    .build();
            terminal.handle(Terminal.Signal.INT, signal -> session.interrupt());
            Commands commands = new Commands(session);
            session.message(greeting);
            BackgroundStart.nativeLibrariesAndBuiltins();  // both skipped with -Dlmath.noBackgroundStart=true
            while (true) {
                String entry;
                try {
                    entry = reader.readLine(PROMPT);
                } catch (UserInterruptException cleared) {
                    continue;  // Ctrl-C at the prompt: the line is dropped, a fresh prompt follows
                } catch (EndOfFileException leave) {
                    break;     // Ctrl-D on an empty line
                }
                if (entry.isBlank()) continue;
                entry = Entries.helpShorthand(entry);
                if (Entries.isCommand(entry)) {
                    if (!commands.execute(entry)) break;
                    continue;
                }
                session.run(new Source(session.nextEntryName(), entry), true);
                if (session.exitRequested()) break;
            }
            out.flush();
            return 0;
        }
    }
}
