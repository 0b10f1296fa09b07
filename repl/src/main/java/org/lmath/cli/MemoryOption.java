package org.lmath.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `--memory N` (bytes, or with k, m, g: 512m, 2g): the memory budget a program's allocations are
 * checked against (see {@code org.lmath.sandbox.Budget}). Taken out of the leading options, also
 * after `test`, before the rest is parsed; the grader passes it to each submission it runs.
 */
record MemoryOption(Long bytes, String problem, String[] rest) {

    static MemoryOption extract(String[] arguments) {
        Long bytes = null;
        List<String> rest = new ArrayList<>();
        int i = 0;
        for (; i < arguments.length && (arguments[i].startsWith("-") || arguments[i].equals("test")); i++) {
            if (!arguments[i].equals("--memory")) {
                rest.add(arguments[i]);
                continue;
            }
            bytes = i + 1 < arguments.length ? parse(arguments[++i]) : null;
            if (bytes == null) return new MemoryOption(null, "--memory needs a size in bytes, such as --memory 512m or --memory 2g", arguments);
        }
        for (; i < arguments.length; i++) rest.add(arguments[i]);
        return new MemoryOption(bytes, null, rest.toArray(new String[0]));
    }

    /** 1000, 64k, 512m, 2g (powers of 1024, as the JVM's -Xmx); null when it is not a size. */
    static Long parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        long unit = switch (lower.isEmpty() ? ' ' : lower.charAt(lower.length() - 1)) {
            case 'k' -> 1L << 10;
            case 'm' -> 1L << 20;
            case 'g' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? lower : lower.substring(0, lower.length() - 1);
        if (!digits.matches("[0-9]{1,12}")) return null;
        long value = Long.parseLong(digits) * unit;
        return value > 0 ? value : null;
    }
}
