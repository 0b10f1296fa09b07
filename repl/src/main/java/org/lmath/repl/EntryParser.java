package org.lmath.repl;

import java.util.ArrayList;
import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.EOFError;
import org.jline.reader.ParsedLine;
import org.jline.reader.Parser;

/**
 * JLine's view of an lmath entry. On Enter it asks whether the entry is finished: if the parser
 * facade says "incomplete" it throws {@link EOFError}, and JLine reads another line under the
 * continuation prompt; a finished or wrong entry is accepted (a wrong one is then reported with
 * its caret). For completion it finds the word under the cursor: a dotted name such as
 * `optim.ad`, or, on a `:` command line, the blank-separated word.
 */
final class EntryParser implements Parser {

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        if (context == ParseContext.ACCEPT_LINE && Entries.isIncomplete(line)) {
            // The open brackets tell JLine how far to indent the next line (INDENTATION spaces each).
            throw new EOFError(-1, cursor, "the entry is not finished", null, Entries.openBrackets(line), null);
        }
        return Entries.isCommand(line) ? commandWords(line, cursor) : codeWord(line, cursor);
    }

    /** The words of a `:` command line, split at blanks; an empty word where the cursor is between words. */
    private static Line commandWords(String line, int cursor) {
        List<String> words = new ArrayList<>();
        int wordIndex = -1, wordCursor = 0;
        int i = 0;
        while (true) {
            while (i < line.length() && line.charAt(i) == ' ') i++;
            if (i == line.length()) break;
            int start = i;
            while (i < line.length() && line.charAt(i) != ' ') i++;
            if (wordIndex < 0 && cursor < start) {
                wordIndex = words.size();
                words.add("");
            }
            if (wordIndex < 0 && cursor <= i) {
                wordIndex = words.size();
                wordCursor = cursor - start;
            }
            words.add(line.substring(start, i));
        }
        if (wordIndex < 0) {
            wordIndex = words.size();
            words.add("");
        }
        return new Line(line, cursor, words, wordIndex, wordCursor);
    }

    /** The name (with its dotted prefix) that the cursor is in or just after. */
    private static Line codeWord(String line, int cursor) {
        int start = cursor;
        while (start > 0 && isNamePart(line.charAt(start - 1))) start--;
        int end = cursor;
        while (end < line.length() && isNamePart(line.charAt(end)) && line.charAt(end) != '.') end++;
        return new Line(line, cursor, List.of(line.substring(start, end)), 0, cursor - start);
    }

    private static boolean isNamePart(char c) {
        return c == '_' || c == '.' || Character.isLetterOrDigit(c);
    }

    /** One parsed line: the words, and which one the cursor is in. Candidates need no escaping. */
    private record Line(String line, int cursor, List<String> words, int wordIndex, int wordCursor)
            implements CompletingParsedLine {

        @Override
        public String word() {
            return words.get(wordIndex);
        }

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return candidate;
        }

        @Override
        public int rawWordCursor() {
            return wordCursor;
        }

        @Override
        public int rawWordLength() {
            return word().length();
        }
    }
}
