package org.lmath.grade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.lmath.ast.Source;

/**
 * The exercise set: every reference solution passes its teacher's tests with full points, and
 * every untouched student file fails every one of them with "not done yet" and the test's hint.
 */
class ExerciseSetTest {

    @TempDir
    static Path folder;

    @TestFactory
    Stream<DynamicTest> exercises() {
        List<Exercises.Exercise> exercises = Exercises.all();
        assertEquals(10, exercises.size(), "the ten exercises of the issue");
        return exercises.stream().flatMap(exercise -> Stream.of(
                DynamicTest.dynamicTest(exercise.folder() + ": the solution gets full points", () -> solutionPasses(exercise)),
                DynamicTest.dynamicTest(exercise.folder() + ": the student file fails with hints", () -> studentFails(exercise))));
    }

    private static SubmissionResult run(Exercises.Exercise exercise, String name, String text) throws IOException {
        Path work = Files.createDirectories(folder.resolve(exercise.folder()));
        Path file = work.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Source tests = new Source("exercises/" + exercise.folder() + "/tests.lmath", exercise.tests());
        PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return new TestRunner(new RunOptions(30, true, true, work.resolve("plots"), null), out).run(file, tests);
    }

    private static void solutionPasses(Exercises.Exercise exercise) throws IOException {
        SubmissionResult result = run(exercise, "solution.lmath", exercise.solution());
        assertTrue(result.tests().size() >= 3, "at least three tests");
        for (TestResult test : result.tests()) assertTrue(test.passed(), test.name() + ": " + test.message());
        assertEquals(result.maxScore(), result.score());
        assertEquals(null, result.problem());
    }

    private static void studentFails(Exercises.Exercise exercise) throws IOException {
        String student = exercise.student();
        assertTrue(student.contains("todo("), "the student file has todos");
        assertTrue(student.contains("lmath exercise " + exercise.number() + " --check"), "the student file says how to check it");
        SubmissionResult result = run(exercise, exercise.studentFileName(), student);
        assertEquals(null, result.problem(), "the untouched file runs (its todos are inside functions)");
        assertEquals(0, result.score());
        for (TestResult test : result.tests()) {
            assertFalse(test.passed(), test.name());
            assertTrue(test.message().startsWith("not done yet: "), test.name() + ": " + test.message());
            assertNotNull(test.hint(), test.name() + " has a hint");
        }
    }
}
