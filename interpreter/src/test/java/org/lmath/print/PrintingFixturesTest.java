package org.lmath.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks org.lmath.print against Python's repr/format and NumPy's print, recorded in
 * {@code fixtures/printing.txt} by {@code fixtures/make_printing_fixtures.py} (see that script for
 * the file format). Python is only needed to regenerate the fixture, not to run this test.
 */
class PrintingFixturesTest {
    private static final String FIXTURE = "/fixtures/printing.txt";
    private static final String CASE_MARKER = "=== ";
    private static final String EXPECTED_MARKER = "---";
    private static final String ERROR = "error";

    /** One block of the fixture file. {@code expected} is null when Python raised. */
    private record Case(String kind, String name, Map<String, String> fields, String expected) {
        String field(String key) {
            String value = fields.get(key);
            assertNotNull(value, "fixture case '" + name + "' has no '" + key + "' line");
            return value;
        }
    }

    @TestFactory
    Stream<DynamicTest> printingMatchesPythonAndNumpy() throws IOException {
        return readCases().stream().map(fixture -> DynamicTest.dynamicTest(
                fixture.kind() + " | " + fixture.name(), () -> check(fixture)));
    }

    @Test
    void formatDRejectsFractionsWithAPlainMessage() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FormatSpec.format(2.5, "d"));
        assertEquals("format 'd' needs an integral number, got 2.5", error.getMessage());
    }

    @Test
    void unknownSpecNamesTheSpecAndShowsExamples() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> FormatSpec.format(2.5, ".3q"));
        assertEquals("unknown format spec \".3q\": expected something like \".4f\", \".2e\", "
                + "\">8\", \".1%\"", error.getMessage());
    }

    private static void check(Case fixture) {
        switch (fixture.kind()) {
            case "number" -> assertEquals(fixture.expected(),
                    NumberFormat.format(parseDouble(fixture.field("value"))));
            case "tensor" -> assertEquals(fixture.expected(), TensorFormat.format(
                    parseData(fixture.field("data")), parseShape(fixture.field("shape"))));
            case "spec" -> checkOrThrows(fixture, () -> FormatSpec.format(
                    parseDouble(fixture.field("value")), unbar(fixture.field("spec"))));
            case "string-spec" -> checkOrThrows(fixture, () -> FormatSpec.formatString(
                    unbar(fixture.field("text")), unbar(fixture.field("spec"))));
            default -> throw new IllegalStateException("unknown fixture kind " + fixture.kind());
        }
    }

    private static void checkOrThrows(Case fixture, Supplier<String> formatting) {
        if (fixture.expected() == null) {
            assertThrows(IllegalArgumentException.class, formatting::get);
        } else {
            assertEquals(fixture.expected(), formatting.get());
        }
    }

    private static List<Case> readCases() throws IOException {
        InputStream stream = PrintingFixturesTest.class.getResourceAsStream(FIXTURE);
        assertNotNull(stream, FIXTURE + " is not on the test classpath");
        List<Case> cases = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> block = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith(CASE_MARKER) && !block.isEmpty()) {
                    cases.add(parseCase(block));
                    block.clear();
                }
                if (line.startsWith(CASE_MARKER) || !block.isEmpty()) {
                    block.add(line);
                }
            }
            if (!block.isEmpty()) {
                cases.add(parseCase(block));
            }
        }
        return cases;
    }

    /** Parses "=== kind | name", then "key: value" lines, "---", then the expected lines. */
    private static Case parseCase(List<String> block) {
        String[] header = block.get(0).substring(CASE_MARKER.length()).split(" \\| ", 2);
        Map<String, String> fields = new HashMap<>();
        int line = 1;
        for (; !block.get(line).equals(EXPECTED_MARKER); line++) {
            String[] field = block.get(line).split(": ?", 2);
            fields.put(field[0], field[1]);
        }
        List<String> expectedLines = block.subList(line + 1, block.size());
        String expected = expectedLines.equals(List.of(ERROR)) ? null
                : String.join("\n", expectedLines.stream().map(PrintingFixturesTest::unbar)
                        .toList());
        return new Case(header[0], header[1], fields, expected);
    }

    /** Removes the bars that protect leading and trailing spaces: "| x |" is " x ". */
    private static String unbar(String text) {
        if (text.length() < 2 || !text.startsWith("|") || !text.endsWith("|")) {
            throw new IllegalStateException("expected a |barred| text, got " + text);
        }
        return text.substring(1, text.length() - 1);
    }

    private static double parseDouble(String repr) {
        return switch (repr) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> Double.parseDouble(repr);
        };
    }

    private static double[] parseData(String text) {
        return text.isEmpty() ? new double[0]
                : Arrays.stream(text.split(" ")).mapToDouble(PrintingFixturesTest::parseDouble)
                        .toArray();
    }

    private static int[] parseShape(String text) {
        return text.isEmpty() ? new int[0]
                : Arrays.stream(text.split(" ")).mapToInt(Integer::parseInt).toArray();
    }
}
