package org.lmath.repl;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.jline.reader.Candidate;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;
import org.lmath.ast.Source;
import org.lmath.builtins.Builtin;
import org.lmath.builtins.HelpText;
import org.lmath.eval.Interpreter;
import org.lmath.plot.PlotSettings;
import org.lmath.print.Printer;
import org.lmath.value.FunctionValue;
import org.lmath.value.ModuleValue;
import org.lmath.value.Value;

/**
 * The REPL as a notebook kernel sees it: one session whose names stay from cell to cell, where a
 * cell holds code and, each on a line of its own, the REPL's `:` commands (also written `%name`,
 * as Jupyter users type magics). A cell's result is the value of its last entry, printed by the
 * one printer; completion and inspection use the REPL's completer and help texts.
 */
public final class CellSession implements AutoCloseable {

    /** What a cell left: its result text (null when its last entry has no value) and whether it ran without error. */
    public record Outcome(String result, boolean succeeded) {}

    /** Completion candidates and the span [start, end) of the cell they replace. */
    public record Completions(List<String> matches, int start, int end) {}

    private final Session session;
    private final Commands commands;
    private final Parser lines = new EntryParser();
    private final Completion completion;
    private volatile String result;
    private volatile Consumer<Interpreter> prepare = interpreter -> { };

    /** out receives what the cell prints; errors the error reports (message, source line, caret). */
    public CellSession(PrintStream out, PrintStream errors, PlotSettings plots) {
        session = new Session(out, errors, false, plots);
        session.echoTo(value -> result = Printer.repr(value));
        commands = new Commands(session);
        completion = new Completion(session);
    }

    /** Something to do to the interpreter before each entry and command runs (it is a new one after :reset). */
    public void prepareEachRun(Consumer<Interpreter> setup) {
        prepare = setup;
    }

    /** Reports a problem of the cell (in the error report; it stops the cell). */
    public void problem(String message) {
        session.problem(message);
    }

    /** The current interpreter (a new one after :reset). */
    public Interpreter interpreter() {
        return session.interpreter();
    }

    /** Stops the running cell at its next loop turn or call; the session and its names stay. */
    public void interrupt() {
        session.interrupt();
    }

    /**
     * Runs a cell named cellName (errors say cellName:line:column). Entries and commands run in
     * order; the first one that fails stops the cell. kernelCommands gets first look at each
     * command line (written with `:`) and says whether it handled it.
     */
    public Outcome run(String cellName, String code, Predicate<String> kernelCommands) {
        result = null;
        session.forgetFailures();
        String[] text = code.split("\n", -1);
        int first = 0;
        while (first < text.length && text[first].isBlank()) first++;
        if (first < text.length && text[first].strip().startsWith("%%time")) {
            return timeCell(cellName, text, first, kernelCommands);
        }
        return runLines(cellName, text, kernelCommands);
    }

    /** `%%time` on the first line: runs the rest of the cell and says how long it took (as IPython's %%time). */
    private Outcome timeCell(String cellName, String[] text, int timeLine, Predicate<String> kernelCommands) {
        String[] rest = text.clone();
        for (int i = 0; i <= timeLine; i++) rest[i] = "";
        long start = System.nanoTime();
        Outcome outcome = runLines(cellName, rest, kernelCommands);
        if (outcome.succeeded()) session.message(String.format("time: %.4f s", (System.nanoTime() - start) / 1e9));
        return outcome;
    }

    private Outcome runLines(String cellName, String[] text, Predicate<String> kernelCommands) {
        StringBuilder chunk = new StringBuilder();
        int chunkStart = 0;
        for (int i = 0; i < text.length; i++) {
            String line = text[i];
            if (isCommandLine(line) && (chunk.toString().isBlank() || !Entries.isIncomplete(chunk.toString()))) {
                if (!runCode(cellName, chunk, chunkStart)) return new Outcome(null, false);
                result = null;
                if (!runCommand(cellName, i + 1, asCommand(line), kernelCommands)) return new Outcome(null, false);
                chunkStart = i + 1;
                continue;
            }
            chunk.append(line).append('\n');
        }
        boolean succeeded = runCode(cellName, chunk, chunkStart);
        return new Outcome(succeeded ? result : null, succeeded);
    }

    /** Runs the code gathered so far (nothing when it is blank), numbered by its lines in the cell. */
    private boolean runCode(String cellName, StringBuilder chunk, int firstLine) {
        String code = chunk.toString();
        chunk.setLength(0);
        if (code.isBlank()) return true;
        result = null;
        prepare.accept(session.interpreter());
        // Blank lines in front put the code on its own line numbers, so errors point into the cell.
        return session.run(new Source(cellName, "\n".repeat(firstLine) + code), true);
    }

    private boolean runCommand(String cellName, int lineNumber, String command, Predicate<String> kernelCommands) {
        String name = command.strip().split("\\s+", 2)[0];
        prepare.accept(session.interpreter());
        if (kernelCommands.test(command.strip())) return !session.anyFailed();
        if (List.of(":quit", ":q", ":exit").contains(name)) {
            session.message("a notebook's session ends when its kernel is shut down or restarted (the Kernel menu)");
            return true;
        }
        commands.execute(command, cellName + ":" + lineNumber + ": ");
        return !session.anyFailed();
    }

    private static boolean isCommandLine(String line) {
        String text = line.stripLeading();
        return text.startsWith(":") || (text.startsWith("%") && !text.startsWith("%%"));
    }

    /** `%time x` is `:time x`. */
    private static String asCommand(String line) {
        String text = line.stripLeading();
        return text.startsWith("%") ? ":" + text.substring(1) : text;
    }

    /** Whether the code needs more lines (an open bracket, block or string), as at the prompt. */
    public static boolean isIncomplete(String code) {
        return Entries.isIncomplete(code);
    }

    /** Tab completion at cursor (an offset into the cell): what the REPL's Tab offers there. */
    public Completions complete(String code, int cursor) {
        LineAt line = LineAt.of(code, cursor);
        boolean magic = line.text().stripLeading().startsWith("%");
        String text = magic ? line.text().replaceFirst("%", ":") : line.text();
        ParsedLine parsed = lines.parse(text, line.cursor(), Parser.ParseContext.COMPLETE);
        List<Candidate> candidates = new ArrayList<>();
        try {
            completion.complete(null, parsed, candidates);
        } catch (RuntimeException fileNames) {
            return new Completions(List.of(), cursor, cursor);  // :load's file names need a line reader
        }
        String typed = parsed.word().substring(0, parsed.wordCursor());
        List<String> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            String value = candidate.value();
            String shown = magic && value.startsWith(":") ? "%" + value.substring(1) : value;
            if (value.startsWith(typed) && !matches.contains(shown)) matches.add(shown);
        }
        matches.sort(null);
        int start = line.start() + line.cursor() - parsed.wordCursor();
        return new Completions(matches, start, start + parsed.word().length());
    }

    /**
     * What Shift-Tab shows for the name at cursor: help(name)'s text for a builtin, function or
     * module, :help's description of a session name, keyword or command; null for anything else.
     */
    public String inspect(String code, int cursor) {
        LineAt line = LineAt.of(code, cursor);
        String parsed = lines.parse(line.text(), line.cursor(), Parser.ParseContext.COMPLETE).word();
        String word = parsed.replaceAll("\\.+$", "");
        if (word.isEmpty()) return null;
        Interpreter interpreter = session.interpreter();
        Value value = lookUp(interpreter, word);
        if (value instanceof Builtin || value instanceof FunctionValue || value instanceof ModuleValue) return HelpText.describe(value);
        boolean known = value != null || Help.KEYWORDS.contains(word)
                || Commands.ALL.stream().anyMatch(command -> command.name().equals(":" + word));
        return known ? Help.about(interpreter, word) : null;
    }

    /** A session name, a builtin, or a module's member (`optim.adam`). */
    private static Value lookUp(Interpreter interpreter, String name) {
        String[] parts = name.split("\\.");
        Value value = interpreter.sessionNames().get(parts[0]);
        if (value == null) value = interpreter.builtins().get(parts[0]);
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof ModuleValue module ? module.members().get(parts[i]) : null;
        }
        return value;
    }

    @Override
    public void close() {
        session.close();
    }

    /** The line of a cell the cursor is on: its text, where it starts in the cell, the cursor within it. */
    private record LineAt(String text, int start, int cursor) {
        static LineAt of(String code, int cursor) {
            int at = Math.max(0, Math.min(cursor, code.length()));
            int start = code.lastIndexOf('\n', at - 1) + 1;
            int end = code.indexOf('\n', at);
            return new LineAt(code.substring(start, end < 0 ? code.length() : end), start, at - start);
        }
    }
}
