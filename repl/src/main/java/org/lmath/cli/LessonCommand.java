package org.lmath.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.function.BiFunction;

import org.lmath.ast.Source;
import org.lmath.repl.Lessons;

/** `lmath lessons` lists the lessons; `lmath lesson N` runs one as a script; `lmath lesson N --print` shows its source. */
final class LessonCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final BiFunction<Source, List<String>, Integer> runScript;

    LessonCommand(PrintStream out, PrintStream err, BiFunction<Source, List<String>, Integer> runScript) {
        this.out = out;
        this.err = err;
        this.runScript = runScript;
    }

    int run(boolean list, List<String> words) {
        List<Lessons.Lesson> lessons = Lessons.all();
        if (list) {
            for (Lessons.Lesson lesson : lessons) out.printf("%3d  %s%n", lesson.number(), lesson.title());
            out.println("run one with: lmath lesson N   (its source: lmath lesson N --print)");
            return Main.OK;
        }
        boolean print = words.remove("--print");
        Integer number = words.size() == 1 ? number(words.get(0)) : null;
        Lessons.Lesson lesson = number == null ? null : Lessons.find(number);
        if (lesson == null) {
            err.println("lmath: lesson needs a lesson number from 1 to " + Lessons.highestNumber() + ", like: lmath lesson 6 (lmath lessons lists them)");
            return Main.SYNTAX_ERROR;
        }
        Source source = Lessons.source(lesson);
        if (print) {
            out.print(source.text());
            return Main.OK;
        }
        // Said on stderr so that the lesson's own output stays what the lesson prints.
        err.println("lesson " + lesson.number() + ": " + lesson.title() + " (lessons/" + lesson.file()
                + "; to read or change it: lmath lesson " + lesson.number() + " --print, or open " + lesson.checkoutPath() + ")");
        return runScript.apply(source, List.of());
    }

    static Integer number(String word) {
        try {
            return Integer.parseInt(word);
        } catch (NumberFormatException error) {
            return null;
        }
    }
}
