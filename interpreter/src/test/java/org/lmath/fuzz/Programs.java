package org.lmath.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * The inputs of the fuzz test: golden scripts and lessons with a mutation applied (a span cut,
 * copied elsewhere, or replaced by a word of the language; lines swapped), and small programs
 * put together from the language's words, builtins with arguments of every kind among them.
 * Scripts that draw are left out (plots are tested by their own suite and are slow), and so are
 * the words that write files (savefig) or end the process.
 */
final class Programs {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final int LONGEST_SCRIPT = 4000;

    /** Words of the grammar, and values of every kind, including the troublesome ones. */
    static final List<String> WORDS = List.of(
            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "..", "\n", "=", "+=", "-=", "*=", "/=", "->",
            "+", "-", "*", "/", "%", "@", "**", "^", "==", "!=", "<", "<=", ">", ">=", "and", "or", "not",
            "if", "else", "while", "for", "in", "def", "return", "break", "continue", "import", "assert", "test",
            "true", "false", "none", "x", "y", "f", "L", "_", "0", "1", "-1", "2", "3.5", "1e308", "-1e308", "1e-320",
            "2147483648", "1e9", "inf", "-inf", "nan", "\"\"", "\"a\"", "f\"{x}\"", "f\"{x:.3f}\"", "[]", "()", "[[1, 2], [3, 4]]",
            "zeros((2, 3))", "randn(3, 3)", "eye(3)", "0..5", "[1, \"a\"]", "(1,)",
            "[nan, inf, -inf]", "[0, 1e308]", "randn(0, 0)", "zeros(0)", "full((3, 3), 1e308)", "-5", "0.5", "1e15",
            "x -> x", "[[1, 2], [3]]", "\"abc\" * 3", "(2, 0)", "(-1, 2)");

    private Programs() {}

    static List<String> corpus() {
        Stream<Path> folders = Stream.of(MODULE.resolve("src/test/resources/golden"),
                MODULE.resolve("../stdlib/src/main/resources/lmath/lessons").normalize()).filter(Files::isDirectory);
        return folders.flatMap(Programs::scripts).map(Programs::read)
                .filter(text -> text.length() <= LONGEST_SCRIPT && !draws(text) && !text.contains("import \""))
                .sorted().toList();
    }

    private static boolean draws(String text) {
        return text.matches("(?s).*\\b(show|savefig|plot|scatter|bar|hist|heatmap|contour|quiver|fill_between|imshow|figure|subplot)\\(.*");
    }

    /**
     * A script with one mutation (3 in 5), or a generated program (2 in 5), drawn from
     * {@code random}: the same random state gives the same program.
     */
    static String program(Random random, List<String> corpus, List<String> builtins) {
        if (random.nextInt(5) < 3) {
            String text = pick(random, corpus);
            int kind = random.nextInt(4);
            double from = random.nextDouble(), to = random.nextDouble();
            return mutate(text, kind, from, to, pick(random, WORDS));
        }
        return generated(random, builtins);
    }

    static String mutate(String text, int kind, double from, double to, String word) {
        int a = (int) (Math.min(from, to) * text.length()), b = (int) (Math.max(from, to) * text.length());
        b = Math.min(b, a + 200);
        return switch (kind) {
            case 0 -> text.substring(0, a) + text.substring(b);                                    // cut a span
            case 1 -> text.substring(0, b) + text.substring(a, b) + text.substring(b);             // repeat a span
            case 2 -> text.substring(0, a) + word + text.substring(Math.min(b, a + 8));              // a word in place of a few characters
            default -> {                                                                              // two lines swapped
                List<String> lines = new java.util.ArrayList<>(text.lines().toList());
                if (lines.size() < 2) yield text + word;
                int i = (int) (from * (lines.size() - 1)), j = (int) (to * (lines.size() - 1));
                java.util.Collections.swap(lines, i, j);
                yield String.join("\n", lines) + "\n";
            }
        };
    }

    /** Lines of assignments, calls of builtins on the troublesome values, and token soup. */
    static String generated(Random random, List<String> builtins) {
        int count = 1 + random.nextInt(8);                                    // 1 to 8 lines
        List<String> lines = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            int weight = random.nextInt(10);                                  // frequencies 4, 4, 1, 1
            if (weight < 4) lines.add("x = " + expression(random, builtins));
            else if (weight < 8) lines.add("print(" + expression(random, builtins) + ")");
            else if (weight < 9) lines.add("for i in 0..3 { y = " + expression(random, builtins) + " }");
            else lines.add(String.join(" ", list(random, WORDS, 12)));        // token soup
        }
        return String.join("\n", lines) + "\n";
    }

    /** A call, a value, or a call and a value joined by an operator, each a third of the time. */
    private static String expression(Random random, List<String> builtins) {
        return switch (random.nextInt(3)) {
            case 0 -> call(random, builtins);
            case 1 -> pick(random, VALUES);
            default -> call(random, builtins) + " " + pick(random, OPERATORS) + " " + pick(random, VALUES);
        };
    }

    /** A builtin with 0 to 3 arguments. */
    private static String call(Random random, List<String> builtins) {
        return pick(random, builtins) + "(" + String.join(", ", list(random, VALUES, 3)) + ")";
    }

    private static final List<String> VALUES = WORDS.subList(WORDS.indexOf("x"), WORDS.size());
    private static final List<String> OPERATORS = List.of("+", "-", "*", "/", "@", "**", "==", "<");

    private static String pick(Random random, List<String> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** 0 to maxSize elements of {@code choices}, each drawn on its own. */
    private static List<String> list(Random random, List<String> choices, int maxSize) {
        int size = random.nextInt(maxSize + 1);
        List<String> drawn = new ArrayList<>(size);
        for (int n = 0; n < size; n++) drawn.add(pick(random, choices));
        return drawn;
    }

    private static Stream<Path> scripts(Path folder) {
        try {
            return Files.walk(folder).filter(path -> path.toString().endsWith(".lmath")).toList().stream();
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException error) {
            throw new UncheckedIOException(error);
        }
    }
}
