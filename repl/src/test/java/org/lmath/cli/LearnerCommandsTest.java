package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.grade.Exercises;

/** The commands a learner uses from the shell: lessons, lesson N (--print), exercises, exercise N (--check), test --watch. */
class LearnerCommandsTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Main main() {
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void lessonsAreListedPrintedAndRun() throws IOException {
        assertEquals(0, main().run(new String[] {"lessons"}));
        assertTrue(out().startsWith("  1  Vectors and the dot product"), out());
        assertTrue(out().contains(" 22  The notation cheat sheet"), out());
        out.reset();
        assertEquals(0, main().run(new String[] {"lesson", "1", "--print"}));
        String lesson = new String(getClass().getClassLoader().getResourceAsStream("lmath/lessons/01-vectors.lmath").readAllBytes(),
                StandardCharsets.UTF_8);
        assertEquals(lesson, out());
        out.reset();
        assertEquals(0, main().run(new String[] {"--plots", folder.toString(), "lesson", "1"}), err.toString(StandardCharsets.UTF_8));
        assertTrue(out().contains("32"), "lesson 1 prints dot([1, 2, 3], [4, 5, 6]) = 32: " + out());
        assertEquals(2, main().run(new String[] {"lesson", "99"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("lesson needs a lesson number from 1 to 22"));
    }

    @Test
    void anExerciseIsCopiedOnceAndChecked() throws IOException {
        assertEquals(0, main().run(new String[] {"exercises"}));
        assertTrue(out().startsWith("  1  Vectors: the dot product by hand"), out());
        assertTrue(out().contains(" 10  Scaled dot-product attention"), out());
        out.reset();
        ExerciseCommand command = new ExerciseCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), folder.resolve("plots"), folder);
        assertEquals(0, command.run(false, new java.util.ArrayList<>(List.of("3"))));
        Path copy = folder.resolve("03-numerical-derivatives.lmath");
        Exercises.Exercise exercise = Exercises.all().get(2);
        assertEquals(exercise.student(), Files.readString(copy));
        Files.writeString(copy, "# my work\n");
        assertEquals(1, command.run(false, new java.util.ArrayList<>(List.of("3"))));
        assertEquals("# my work\n", Files.readString(copy), "never overwrites the learner's work");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is already here"));

        Files.writeString(copy, exercise.solution());
        out.reset();
        assertEquals(0, command.run(false, new java.util.ArrayList<>(List.of("3", "--check"))));
        assertTrue(out().contains("0 failed"), out());
    }

    @Test
    void watchRerunsTheTestsWhenTheFileIsSaved() throws Exception {
        Path file = folder.resolve("watched.lmath");
        Files.writeString(file, "test \"one\" { check(1 + 1, 2) }\n");
        Thread watcher = new Thread(() -> main().run(new String[] {"test", "--watch", file.toString()}));
        watcher.start();
        try {
            waitFor("1 passed, 0 failed");
            Files.writeString(file, "test \"one\" (hint=\"1 + 1 is 2\") { check(1 + 1, 3) }\n");
            waitFor("0 passed, 1 failed");
            assertTrue(out().contains("--- changed: running the tests again ---"), out());
            assertTrue(out().contains("hint: 1 + 1 is 2"), out());
        } finally {
            watcher.interrupt();
            watcher.join(10_000);
        }
        assertTrue(!watcher.isAlive(), "--watch stops when interrupted (Ctrl-C)");
    }

    private void waitFor(String text) throws InterruptedException {
        for (int i = 0; i < 300 && !out().contains(text); i++) Thread.sleep(100);
        assertTrue(out().contains(text), "waited 30 s for '" + text + "': " + out());
    }
}
