package org.lmath.grade;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The exercise set of the standard library: lmath/exercises/NN-topic/ on the class path, each
 * holding student.lmath (todos and hints: what a learner gets), tests.lmath (the teacher's tests,
 * kept apart) and solution.lmath (the reference solution), listed in order by
 * lmath/exercises/exercises.txt, one a line: the folder name, blanks, the title.
 */
public final class Exercises {

    static final String FOLDER = "lmath/exercises/";

    /** One exercise: its number in the list (from 1), folder name and title. */
    public record Exercise(int number, String folder, String title) {

        /** The name a learner's copy gets: 03-matrix-product.lmath. */
        public String studentFileName() {
            return folder + ".lmath";
        }

        public String student() {
            return text("student.lmath");
        }

        public String tests() {
            return text("tests.lmath");
        }

        public String solution() {
            return text("solution.lmath");
        }

        private String text(String file) {
            String text = read(FOLDER + folder + "/" + file);
            if (text == null) throw new IllegalStateException("exercises.txt lists " + folder + " but its " + file + " is missing");
            return text;
        }
    }

    private Exercises() {}

    public static List<Exercise> all() {
        String index = read(FOLDER + "exercises.txt");
        List<Exercise> exercises = new ArrayList<>();
        if (index == null) return exercises;
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            exercises.add(new Exercise(exercises.size() + 1, parts[0], parts.length > 1 ? parts[1] : parts[0]));
        }
        return exercises;
    }

    private static String read(String resource) {
        try (InputStream stream = Exercises.class.getClassLoader().getResourceAsStream(resource)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException error) {
            return null;
        }
    }
}
