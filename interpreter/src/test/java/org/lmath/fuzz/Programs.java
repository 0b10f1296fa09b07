package org.lmath.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

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

    /** A script with one mutation, or a generated program. */
    static Arbitrary<String> programs(List<String> corpus, List<String> builtins) {
        Arbitrary<String> mutated = Combinators.combine(Arbitraries.of(corpus), Arbitraries.integers().between(0, 3),
                Arbitraries.doubles().between(0, 1), Arbitraries.doubles().between(0, 1), Arbitraries.of(WORDS))
                .as(Programs::mutate);
        return Arbitraries.frequencyOf(
                Tuple.of(3, mutated),
                Tuple.of(2, generated(builtins)));
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
    static Arbitrary<String> generated(List<String> builtins) {
        Arbitrary<String> value = Arbitraries.of(WORDS.subList(WORDS.indexOf("x"), WORDS.size()));
        Arbitrary<String> call = Combinators.combine(Arbitraries.of(builtins), value.list().ofMaxSize(3))
                .as((name, arguments) -> name + "(" + String.join(", ", arguments) + ")");
        Arbitrary<String> expression = Arbitraries.lazyOf(
                () -> call,
                () -> value,
                () -> Combinators.combine(call, Arbitraries.of("+", "-", "*", "/", "@", "**", "==", "<"), value).as((l, op, r) -> l + " " + op + " " + r));
        Arbitrary<String> line = Arbitraries.frequencyOf(
                Tuple.of(4, expression.map(e -> "x = " + e)),
                Tuple.of(4, expression.map(e -> "print(" + e + ")")),
                Tuple.of(1, expression.map(e -> "for i in 0..3 { y = " + e + " }")),
                Tuple.of(1, Arbitraries.of(WORDS).list().ofMaxSize(12).map(words -> String.join(" ", words))));
        return line.list().ofMinSize(1).ofMaxSize(8).map(lines -> String.join("\n", lines) + "\n");
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
