package org.lmath.error;

import org.lmath.ast.Position;

/** The one place that turns an error into the text a user reads. */
public final class ErrorFormatter {

    private ErrorFormatter() {}

    /**
     * "file:line:col: message", then the source line and a caret under the column:
     * <pre>
     * demo.lmath:3:7: matmul: shapes (3, 4) and (3, 2) do not line up: 4 != 3
     *     y = A @ B
     *           ^
     * </pre>
     */
    public static String format(LMathError error) {
        Position position = error.position();
        if (position == null) return "error: " + error.getMessage();
        StringBuilder text = new StringBuilder();
        text.append(position).append(": ").append(error.getMessage());
        String line = position.source().line(position.line()).replace('\t', ' ');
        // A blank line (or the end of the input) still gets its line and caret, so every error looks alike.
        {
            int indent = indentation(line);
            String shown = line.substring(indent).stripTrailing();
            int caretColumn = Math.max(0, position.column() - 1 - indent);
            text.append('\n').append("    ").append(shown);
            text.append('\n').append("    ").append(" ".repeat(Math.min(caretColumn, shown.length()))).append('^');
        }
        appendCallers(text, error.callers());
        return text.toString();
    }

    /** Where the failing function was called from, innermost first; a deep recursion is shortened. */
    private static void appendCallers(StringBuilder text, java.util.List<LMathError.Frame> callers) {
        int shown = 0;
        for (int i = 0; i < callers.size(); i++) {
            boolean head = i < 4, last = i == callers.size() - 1;
            if (!head && !last) {
                if (shown == 4) text.append("\n  ... ").append(callers.size() - 5).append(" more calls");
                shown++;
                continue;
            }
            LMathError.Frame frame = callers.get(i);
            text.append("\n  in ").append(frame.function()).append("(), called at ").append(frame.calledAt());
            shown++;
        }
    }

    private static int indentation(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') count++;
        return count;
    }
}
