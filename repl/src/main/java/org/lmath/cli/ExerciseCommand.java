package org.lmath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.lmath.ast.Source;
import org.lmath.grade.Exercises;
import org.lmath.grade.ReportFormat;
import org.lmath.grade.RunOptions;
import org.lmath.grade.SubmissionResult;
import org.lmath.grade.TestRunner;

/**
 * `lmath exercises` lists the exercise set; `lmath exercise N` copies exercise N's student file
 * into the current folder; `lmath exercise N --check` runs its hidden tests against that copy.
 */
final class ExerciseCommand {

    private final PrintStream out;
    private final PrintStream err;
    private final Path plots;
    private final Path here;

    /** @param here the learner's folder, where the exercise's file is copied (the current folder) */
    ExerciseCommand(PrintStream out, PrintStream err, Path plots, Path here) {
        this.out = out;
        this.err = err;
        this.plots = plots;
        this.here = here;
    }

    int run(boolean list, List<String> words) {
        List<Exercises.Exercise> exercises = Exercises.all();
        if (list) {
            for (Exercises.Exercise exercise : exercises) out.printf("%3d  %s%n", exercise.number(), exercise.title());
            out.println("start one with: lmath exercise N   (it copies the file here); check it with: lmath exercise N --check");
            return Main.OK;
        }
        boolean check = words.remove("--check");
        Integer number = words.size() == 1 ? LessonCommand.number(words.get(0)) : null;
        if (number == null || number < 1 || number > exercises.size()) {
            err.println("lmath: exercise needs an exercise number from 1 to " + exercises.size()
                    + ", like: lmath exercise 3 (lmath exercises lists them)");
            return Main.SYNTAX_ERROR;
        }
        Exercises.Exercise exercise = exercises.get(number - 1);
        Path file = here.resolve(exercise.studentFileName());
        if (check) return check(exercise, file);
        try {
            Files.writeString(file, exercise.student(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException exists) {
            err.println("lmath: " + file + " is already here (your work?): it is left as it is; rename or move it to start afresh");
            return Main.RUNTIME_ERROR;
        } catch (IOException error) {
            err.println("lmath: cannot write " + file + ": " + error.getMessage());
            return Main.RUNTIME_ERROR;
        }
        out.println("exercise " + number + ": " + exercise.title());
        out.println("wrote " + file + ": fill in each todo(...), then check your work with");
        out.println("  lmath exercise " + number + " --check");
        return Main.OK;
    }

    /** Runs the exercise's hidden tests against the learner's copy in the current folder. */
    private int check(Exercises.Exercise exercise, Path file) {
        if (!Files.exists(file)) {
            err.println("lmath: there is no " + file + " here: start the exercise with lmath exercise " + exercise.number());
            return Main.RUNTIME_ERROR;
        }
        Source tests = new Source("exercises/" + exercise.folder() + "/tests.lmath", exercise.tests());
        RunOptions options = new RunOptions(RunOptions.DEFAULT_TIMEOUT_SECONDS, true, false, plots, null);
        SubmissionResult result = new TestRunner(options, out).run(file, tests);
        out.print(ReportFormat.TEXT.render(List.of(result)));
        return result.failedCount() == 0 ? Main.OK : Main.RUNTIME_ERROR;
    }
}
