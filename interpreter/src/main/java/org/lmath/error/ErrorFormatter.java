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
        if (!line.isBlank()) {
            int indent = indentation(line);
            String shown = line.substring(indent).stripTrailing();
            int caretColumn = Math.max(0, position.column() - 1 - indent);
            text.append('\n').append("    ").append(shown);
            text.append('\n').append("    ").append(" ".repeat(Math.min(caretColumn, shown.length()))).append('^');
        }
        return text.toString();
    }

    private static int indentation(String line) {
        int count = 0;
        while (count < line.length() && line.charAt(count) == ' ') count++;
        return count;
    }
}
