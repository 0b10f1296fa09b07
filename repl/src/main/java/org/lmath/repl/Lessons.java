package org.lmath.repl;

import java.util.List;

import org.lmath.ast.Source;

/**
 * The lessons of the standard library: files lmath/lessons/NN-topic.lmath on the class path,
 * listed in order by lmath/lessons/lessons.txt, one a line: the file name, blanks, the title.
 */
public final class Lessons {

    static final String FOLDER = "lmath/lessons/";

    /** One lesson: its number in the list (from 1), file name and title. */
    public record Lesson(int number, String file, String title) {}

    private Lessons() {}

    public static List<Lesson> all() {
        return ResourceList.read(FOLDER + "lessons.txt").stream()
                .map(entry -> new Lesson(entry.number(), entry.name(), entry.title())).toList();
    }

    /** The lesson's text as a source named lessons/FILE, for error messages. */
    public static Source source(Lesson lesson) {
        String text = ResourceList.text(FOLDER + lesson.file());
        if (text == null) throw new IllegalStateException("lessons.txt lists " + lesson.file() + " but it is missing");
        return new Source("lessons/" + lesson.file(), text);
    }
}
