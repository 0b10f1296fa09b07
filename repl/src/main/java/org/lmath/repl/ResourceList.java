package org.lmath.repl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A numbered list of standard-library resources (the lessons, the exercises), read from an
 * index file on the class path: one entry a line, a name, blanks, a title; # starts a comment.
 */
public final class ResourceList {

    /** One entry: its number in the list (from 1), name and title. */
    public record Entry(int number, String name, String title) {}

    private ResourceList() {}

    /** The entries of the index file, or none when there is no such file. */
    public static List<Entry> read(String index) {
        String text = text(index);
        List<Entry> entries = new ArrayList<>();
        if (text == null) return entries;
        for (String line : text.lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\\s+", 2);
            entries.add(new Entry(entries.size() + 1, parts[0], parts.length > 1 ? parts[1] : parts[0]));
        }
        return entries;
    }

    /** A resource's text, or null when there is none. */
    public static String text(String resource) {
        try (InputStream stream = ResourceList.class.getClassLoader().getResourceAsStream(resource)) {
            return stream == null ? null : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException error) {
            return null;
        }
    }
}
