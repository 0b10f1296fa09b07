package org.lmath.grade;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The submissions in a folder being graded: each .lmath file is one, and so is each sub-folder
 * (a submission with its own imports), whose main file is its only .lmath file or main.lmath.
 * Hidden entries and the teacher's own file are skipped.
 */
final class Submissions {

    /** One submission: what the results call it, and the file its tests run against (null when there is none). */
    record Submission(String name, Path file, String problem) {}

    private Submissions() {}

    static List<Submission> in(Path folder, Path teacher) throws IOException {
        Path teacherFile = teacher.toAbsolutePath().normalize();
        List<Submission> submissions = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                if (name.startsWith(".") || entry.toAbsolutePath().normalize().equals(teacherFile)) continue;
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) submissions.add(folderSubmission(entry));
                else if (name.endsWith(".lmath")) submissions.add(new Submission(name, entry, null));
            }
        }
        return submissions;
    }

    private static Submission folderSubmission(Path folder) throws IOException {
        String name = folder.getFileName().toString() + "/";
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(path -> path.getFileName().toString().endsWith(".lmath")).sorted().toList();
        }
        if (files.size() == 1) return new Submission(name, files.get(0), null);
        Path main = folder.resolve("main.lmath");
        if (files.contains(main)) return new Submission(name, main, null);
        return new Submission(name, null, files.isEmpty() ? "the folder has no .lmath file"
                : "the folder has " + files.size() + " .lmath files and no main.lmath to start from");
    }
}
