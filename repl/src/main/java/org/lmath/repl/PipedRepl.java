package org.lmath.repl;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.lmath.ast.Source;
import org.lmath.parse.SourceParser;
import org.lmath.plot.PlotSettings;

/**
 * The REPL when standard input is not a terminal (a pipe or a file): no prompts, colours or
 * escape codes. Entries are read as at the prompt (an open bracket or block continues on the next
 * line) and run in order; output is what they print plus the echoed values of expressions; errors
 * go to the error stream, carry the line numbers of the input, and do not stop the run.
 */
public final class PipedRepl {

    private PipedRepl() {}

    /** Runs every entry of the input; the status is 0 when all ran without error, 1 otherwise. */
    public static int run(InputStream in, PrintStream out, PrintStream err, PlotSettings plots) {
        try (Session session = new Session(out, err, false, plots)) {
            Commands commands = new Commands(session);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            StringBuilder entry = new StringBuilder();
            int lineNumber = 0, firstLine = 1, bracketBalance = 0;
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (entry.length() == 0) {
                    if (line.isBlank()) continue;
                    firstLine = lineNumber;
                    bracketBalance = 0;
                } else {
                    entry.append('\n');
                }
                entry.append(line);
                boolean command = lineNumber == firstLine && Entries.isCommand(line);  // a command is one line
                if (!command) {
                    bracketBalance += SourceParser.bracketBalance(line);
                    if (Entries.isIncomplete(entry, bracketBalance, lineNumber - firstLine + 1)) continue;
                }
                if (!runEntry(entry.toString(), firstLine, session, commands)) break;
                entry.setLength(0);
            }
            if (entry.length() > 0) runEntry(entry.toString(), firstLine, session, commands);  // reports what is missing
            out.flush();
            return session.anyFailed() ? 1 : 0;
        } catch (IOException error) {
            err.println("lmath: cannot read the standard input: " + error.getMessage());
            return 1;
        }
    }

    /** Runs one entry or command; false when it was :quit. */
    private static boolean runEntry(String text, int firstLine, Session session, Commands commands) {
        text = Entries.helpShorthand(text);
        if (Entries.isCommand(text)) return commands.execute(text, "<stdin>:" + firstLine + ": ");
        // Blank lines in front put the entry on its own line numbers, so errors point into the input.
        session.run(new Source("<stdin>", "\n".repeat(firstLine - 1) + text), true);
        return !session.exitRequested();
    }
}
