package org.lmath.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * lmath prints a number that is not whole as Python's repr does: the fewest digits that read
 * back as the same double. {@code fixtures/repr.txt} holds Python's repr of about 13,000 doubles
 * (random bit patterns, every magnitude, short decimals, powers of two and their neighbours,
 * subnormals), made by {@code fixtures/make_repr_fixtures.py}.
 */
class ReprFixturesTest {

    private static List<String> lines(String resource) throws IOException {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                ReprFixturesTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().toList();
        }
    }

    @Test
    void numbersPrintAsPythonsRepr() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (String line : lines("/fixtures/repr.txt")) {
            int space = line.indexOf(' ');
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
            String expected = line.substring(space + 1);
            String printed = NumberFormat.format(x);
            if (!printed.equals(expected) && mismatches.size() < 10) mismatches.add(expected + " printed as " + printed);
            count++;
        }
        assertTrue(count > 10_000, "the fixture has its doubles: " + count);
        assertEquals(List.of(), mismatches);
    }

    /**
     * Format specs round the exact value: 'e' to significant digits, 'f' to decimals, 'g' to
     * significant digits with its own layout. {@code fixtures/formats.txt} holds Python's
     * format(x, spec) for an eighth of the doubles above and specs from .0f to .16e.
     */
    @Test
    void formatSpecsRoundAsPythonDoes() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (String line : lines("/fixtures/formats.txt")) {
            String[] parts = line.split(" ", 3);
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16));
            String expected = parts[2].substring(1, parts[2].length() - 1);
            String formatted = FormatSpec.format(x, parts[1]);
            if (!formatted.equals(expected) && mismatches.size() < 10) {
                mismatches.add(parts[1] + " of " + NumberFormat.format(x) + ": " + expected + " formatted as " + formatted);
            }
            count++;
        }
        assertTrue(count > 10_000, "the fixture has its cases: " + count);
        assertEquals(List.of(), mismatches);
    }
}
