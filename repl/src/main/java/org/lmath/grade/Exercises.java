package org.lmath.grade;

import java.util.List;

import org.lmath.repl.ResourceList;

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
            String text = ResourceList.text(FOLDER + folder + "/" + file);
            if (text == null) throw new IllegalStateException("exercises.txt lists " + folder + " but its " + file + " is missing");
            return text;
        }
    }

    private Exercises() {}

    public static List<Exercise> all() {
        return ResourceList.read(FOLDER + "exercises.txt").stream()
                .map(entry -> new Exercise(entry.number(), entry.name(), entry.title())).toList();
    }
}
