package org.lmath.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** lessons.txt lists every lesson file once, so that :lesson N runs the file numbered N. */
class LessonsTest {

    private static final Path FOLDER = Path.of("..", "stdlib", "src", "main", "resources", "lmath", "lessons");

    @Test
    void everyLessonFileIsListedAndLessonNIsFileN() throws IOException {
        List<String> files;
        try (Stream<Path> paths = Files.list(FOLDER)) {
            files = paths.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".lmath")).sorted().toList();
        }
        List<Lessons.Lesson> listed = Lessons.all();
        assertEquals(files, listed.stream().map(Lessons.Lesson::file).sorted().toList(), "lessons.txt against the folder");
        for (Lessons.Lesson lesson : listed) {
            assertEquals(String.format("%02d-", lesson.number()), lesson.file().substring(0, 3), "lesson " + lesson.number());
            assertTrue(lesson.title().length() > 10, "a title for " + lesson.file());
        }
    }
}
