package org.lmath.golden;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a golden script says it must do, read from its comments:
 * {@code # expect: <line>} — the next line of output (in order);
 * {@code # expect error: <text>} — the script fails on this line with a message containing text.
 */
record GoldenScript(List<String> expectedOutput, Integer errorLine, String errorText) {

    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s?(.*)$");
    private static final Pattern EXPECT_ERROR = Pattern.compile("#\\s*expect error:\\s*(.*)$");

    static GoldenScript read(String source) {
        List<String> output = new ArrayList<>();
        Integer errorLine = null;
        String errorText = null;
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher error = EXPECT_ERROR.matcher(lines.get(i));
            if (error.find()) {
                if (errorLine != null) throw new IllegalArgumentException("more than one '# expect error:' (line " + (i + 1) + ")");
                errorLine = i + 1;
                errorText = error.group(1).strip();
                continue;
            }
            Matcher expect = EXPECT.matcher(lines.get(i));
            if (expect.find()) output.add(expect.group(1));
        }
        return new GoldenScript(output, errorLine, errorText);
    }
}
