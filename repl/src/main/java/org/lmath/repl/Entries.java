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

    /** ?softmax, softmax?, ?optim.adam: IPython's help shorthand, read as help(name); any other text as it is. */
    static String helpShorthand(String text) {
        java.util.regex.Matcher matcher = HELP_SHORTHAND.matcher(text.strip());
        if (!matcher.matches()) return text;
        return "help(" + (matcher.group(1) != null ? matcher.group(1) : matcher.group(2)) + ")";
    }

    private static final java.util.regex.Pattern HELP_SHORTHAND =
            java.util.regex.Pattern.compile("\\?\\s*([A-Za-z_][\\w.]*)|([A-Za-z_][\\w.]*)\\s*\\?");

    /** How many ( [ { are still open at the end of the text, strings and comments skipped: the depth to indent at. */
    static int openBrackets(String text) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') i++;
                else if (c == '"' || c == '\n') inString = false;
            } else if (c == '"') {
                inString = true;
            } else if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') i++;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
        return depth;
    }

    static boolean isCommand(String text) {
        return text.stripLeading().startsWith(":");
    }
}
