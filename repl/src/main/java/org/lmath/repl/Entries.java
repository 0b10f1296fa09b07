package org.lmath.repl;

import org.lmath.parse.SourceParser;

/** When an entry is finished: what the prompt and the piped mode both ask before running text. */
final class Entries {

    private Entries() {}

    /**
     * True when more lines are needed: an unclosed bracket, brace or block (the parser facade
     * decides), or a line that ends with a backslash. A `:` command is always one line.
     */
    static boolean isIncomplete(String text) {
        if (isCommand(text) || text.isBlank()) return false;
        if (text.endsWith("\\")) return true;
        return SourceParser.isIncomplete(text);
    }

    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }
}
