package org.lmath.repl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.lmath.ast.Source;

/**
 * The lessons of the standard library: files lmath/lessons/NN-topic.lmath on the class path,
 * listed in order by lmath/lessons/lessons.txt, one a line: the file name, blanks, the title.
 */
final class Lessons {

    static final String FOLDER = "lmath/lessons/";

    /**
     * One lesson: its number (the file name's prefix, 15 for 15-similarity.lmath, so that a
     * lesson keeps its number wherever lessons.txt lists it), file name and title.
     */
    record Lesson(int number, String file, String title) {

        /** Where the file is in an lmath checkout, to read or copy it. */
        String checkoutPath() {
            return "stdlib/src/main/resources/" + FOLDER + file;
        }
    }

    private Lessons() {}

    static List<Lesson> all() {
        String index = read(FOLDER + "lessons.txt");
        List<Lesson> lessons = new ArrayList<>();
        if (index == null) return lessons;
        for (String line : index.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            lessons.add(new Lesson(numberOf(parts[0], lessons.size() + 1), parts[0], parts.length > 1 ? parts[1] : parts[0]));
        }
        return lessons;
    }

    /** The lesson numbered number, or null. */
    static Lesson find(int number) {
        return all().stream().filter(lesson -> lesson.number() == number).findFirst().orElse(null);
    }

    /** The number a file name starts with (15 for 15-similarity.lmath), or fallback when it has none. */
    private static int numberOf(String file, int fallback) {
        int dash = file.indexOf('-');
        try {
            return dash > 0 ? Integer.parseInt(file.substring(0, dash)) : fallback;
        } catch (NumberFormatException error) {
            return fallback;
        }
    }

    /** The lesson's text as a source named lessons/FILE, for error messages. */
    static Source source(Lesson lesson) {
        String text = read(FOLDER + lesson.file());
        if (text == null) throw new IllegalStateException("lessons.txt lists " + lesson.file() + " but it is missing");
        return new Source("lessons/" + lesson.file(), text);
    }

    private static String read(String resource) {
        try (InputStream stream = Lessons.class.getClassLoader().getResourceAsStream(resource)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException error) {
            return null;
        }
    }
}
