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

    /**
     * The same question for a long piped entry whose bracket balance the caller added up line by
     * line: a balanced entry is finished; an unbalanced one is parsed only when it is short or its
     * line count reaches a power of two, which finds an early mistake (`x = = (`) within twice its
     * length while keeping the parsing of an entry of n lines linear in n rather than quadratic.
     */
    static boolean isIncomplete(StringBuilder entry, int bracketBalance, int lineCount) {
        if (entry.length() > 0 && entry.charAt(entry.length() - 1) == '\\') return true;
        if (bracketBalance <= 0) return false;
        if (entry.length() > SHORT_ENTRY && Integer.bitCount(lineCount) != 1) return true;
        return isIncomplete(entry.toString());
    }

    /** Entries up to this many characters (anything typed by hand) are parsed at every line. */
    private static final int SHORT_ENTRY = 4096;

    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }
}
