package org.lmath.repl;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

import org.lmath.ast.Source;
import org.lmath.error.Suggestions;

/** The REPL's `:` commands. Each one is a line of its own: `:name` then its argument, if any. */
final class Commands {

    /** A command as :help and completion list it. */
    record Command(String name, String argument, String description) {
        String usage() {
            return argument.isEmpty() ? name : name + " " + argument;
        }
    }

    static final List<Command> ALL = List.of(
            new Command(":help", "[name]", "this overview, or the signature and doc of a builtin"),
            new Command(":vars", "", "the names you have defined, with their type and shape"),
            new Command(":load", "FILE", "run a file into the session (its names stay)"),
            new Command(":reset", "", "forget every name you have defined"),
            new Command(":time", "ENTRY", "run an entry and say how many seconds it took"),
            new Command(":lessons", "", "list the lessons"),
            new Command(":lesson", "N", "run lesson N into the session"),
            new Command(":quit", "", "leave (Ctrl-D does too)"));

    private final Session session;
    private String place = "";

    Commands(Session session) {
        this.session = session;
    }

    /** Runs one command line typed at the prompt; returns false when it asks to leave. */
    boolean execute(String line) {
        return execute(line, "");
    }

    /**
     * Runs one command line; place ("<stdin>:7: ", or empty at the prompt) starts its error
     * messages. Returns false when the command asks to leave.
     */
    boolean execute(String line, String place) {
        this.place = place;
        String text = line.strip();
        int blank = text.indexOf(' ');
        String name = blank < 0 ? text : text.substring(0, blank);
        String argument = blank < 0 ? "" : text.substring(blank + 1).strip();
        switch (name) {
            case ":help" -> {
                if (argument.contains(".")) {
                    session.run(new Source("<input>", "help(" + argument + ")"), false);  // :help optim.adam is help(optim.adam)
                } else {
                    session.message(argument.isEmpty() ? Help.overview(session.interpreter()) : Help.about(session.interpreter(), argument));
                }
            }
            case ":vars" -> session.message(Describe.variables(session.interpreter().sessionNames()));
            case ":load" -> load(argument);
            case ":reset" -> {
                session.reset();
                session.message("every name is forgotten: a fresh session");
            }
            case ":time" -> time(argument);
            case ":lessons" -> listLessons();
            case ":lesson" -> lesson(argument);
            case ":quit", ":q", ":exit" -> { return false; }
            default -> problem("unknown command '" + name + "'"
                    + Suggestions.didYouMean(name, ALL.stream().map(Command::name).toList()) + "; :help lists the commands");
        }
        return true;
    }

    private void load(String file) {
        if (file.isEmpty()) {
            problem(":load needs a file: :load FILE.lmath");
            return;
        }
        String text;
        try {
            text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException error) {
            problem("cannot read " + file + ": " + (error instanceof NoSuchFileException ? "no such file" : error.getMessage()));
            return;
        }
        session.run(new Source(file, text), false);
    }

    private void time(String entry) {
        if (entry.isEmpty()) {
            problem(":time needs something to run: :time ENTRY, as in :time inv(A)");
            return;
        }
        long start = System.nanoTime();
        boolean ok = session.run(new Source("<input>", entry), true);
        double seconds = (System.nanoTime() - start) / 1e9;
        if (ok) session.message(String.format("time: %.4f s", seconds));
    }

    private void listLessons() {
        List<Lessons.Lesson> lessons = Lessons.all();
        if (lessons.isEmpty()) {
            session.message("there are no lessons in this build");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Lessons.Lesson lesson : lessons) text.append(String.format("%3d  %s%n", lesson.number(), lesson.title()));
        text.append("in the order to take them; run one with :lesson N (its names stay in the session for you to explore)");
        session.message(text.toString());
    }

    private void lesson(String argument) {
        int number;
        try {
            number = Integer.parseInt(argument);
        } catch (NumberFormatException error) {
            number = -1;
        }
        Lessons.Lesson lesson = Lessons.find(number);
        if (lesson == null) {
            problem(":lesson needs a lesson number from 1 to " + Lessons.highestNumber() + "; :lessons lists them");
            return;
        }
        session.message("lesson " + number + ": " + lesson.title() + "\nrunning lessons/" + lesson.file()
                + " (to read or change it, open " + lesson.checkoutPath() + " in the lmath folder)");
        List<String> replaced = Lessons.namesItDefines(lesson).stream()
                .filter(session.interpreter().sessionNames()::containsKey).sorted().toList();
        if (!replaced.isEmpty()) {
            session.message("note: this lesson gives new values to " + String.join(", ", replaced)
                    + ", which you defined; your values are replaced (save them under other names first if you need them)");
        }
        if (session.run(Lessons.source(lesson), false)) {
            session.message("lesson " + number + " done: its names stay in this session; the file was lessons/" + lesson.file());
        }
    }

    private void problem(String message) {
        session.problem(place + message);
    }
}
