package org.lmath.ast;

import java.util.List;

/** The text of one script, module or REPL entry, kept so that errors can quote its lines. */
public record Source(String name, String text) {

    /** The 1-based line of this source, without its line ending ("" when out of range). */
    public String line(int number) {
        List<String> lines = text.lines().toList();
        return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
    }
}
