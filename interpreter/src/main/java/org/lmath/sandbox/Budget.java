package org.lmath.sandbox;

import java.util.Locale;

import org.lmath.error.LMathError;

/**
 * How large one allocation may be, checked before it is made, so that {@code zeros(1e10)},
 * {@code permutation(1e9)} or {@code "ab" * 1e10} fail at once with the size asked for instead of
 * filling the heap for a minute first. One value or container may take at most half of the
 * memory budget, which is the JVM's heap unless {@code --memory} set a smaller one (the grader
 * passes it to each submission). The budget is the process's, like the heap it stands for: the
 * command line sets it once, before any program runs.
 */
public final class Budget {

    /** Bytes per tensor element (float64). */
    private static final long TENSOR_ELEMENT_BYTES = 8;
    /** Bytes per string character (Java keeps non-Latin-1 text in 2 bytes per character). */
    private static final long CHARACTER_BYTES = 2;
    /** Bytes per list item: a reference and a small boxed value. */
    private static final long LIST_ITEM_BYTES = 24;

    private static volatile long memoryBytes = Runtime.getRuntime().maxMemory();

    private Budget() {}

    /** Sets the memory budget in bytes (from {@code --memory}); it never exceeds the heap. */
    public static void setMemory(long bytes) {
        if (bytes <= 0) throw new IllegalArgumentException("the memory budget must be positive");
        memoryBytes = Math.min(bytes, Runtime.getRuntime().maxMemory());
    }

    /** The memory budget in bytes. */
    public static long memory() {
        return memoryBytes;
    }

    /** The most elements one tensor may have. */
    public static long tensorElements() {
        return memoryBytes / 2 / TENSOR_ELEMENT_BYTES;
    }

    /** The most characters one string may have (never more than a Java string holds). */
    public static long stringCharacters() {
        return Math.min(memoryBytes / 2 / CHARACTER_BYTES, Integer.MAX_VALUE - 8);
    }

    /** The most items one list may have. */
    public static long listItems() {
        return Math.min(memoryBytes / 2 / LIST_ITEM_BYTES, Integer.MAX_VALUE - 8);
    }

    /** A tensor of this many elements may be made; what says who makes it ("zeros()", "a + b"). */
    public static void requireTensor(double elements, String what) {
        require(elements, tensorElements(), what, "elements", TENSOR_ELEMENT_BYTES);
    }

    public static void requireString(double characters, String what) {
        require(characters, stringCharacters(), what, "characters", CHARACTER_BYTES);
    }

    public static void requireList(double items, String what) {
        require(items, listItems(), what, "items", LIST_ITEM_BYTES);
    }

    private static void require(double count, long limit, String what, String unit, long bytesEach) {
        if (count <= limit) return;
        if (Double.isInfinite(count)) {
            throw new LMathError(String.format(Locale.ROOT, "%s allocates infinitely many %s; the limit is %s", what, unit, amount(limit)));
        }
        throw new LMathError(String.format(Locale.ROOT, "%s allocates %s %s (%s); the limit is %s %s "
                        + "(half of the %s lmath may use: --memory sets it)",
                what, amount(count), unit, bytes(count * bytesEach), amount(limit), unit, bytes(memoryBytes)));
    }

    /** 1e10, 1.34e8, 250000: exact below a million, three digits above. */
    static String amount(double count) {
        if (count < 1e6 && count == Math.rint(count)) return String.format(Locale.ROOT, "%d", (long) count);
        String text = String.format(Locale.ROOT, "%.3g", count).replace("e+0", "e").replace("e+", "e");
        return text.replaceFirst("\\.?0+e", "e");
    }

    /** 2.1 GB, 800 MB, 64 KB, 8e300 GB. */
    static String bytes(double count) {
        if (!Double.isFinite(count)) return "more bytes than a double can count";
        if (count >= 1e12) return amount(count / 1e9) + " GB";
        if (count >= 1e9) return String.format(Locale.ROOT, "%.1f GB", count / 1e9);
        if (count >= 1e6) return String.format(Locale.ROOT, "%.0f MB", count / 1e6);
        return String.format(Locale.ROOT, "%.0f KB", Math.max(1, count / 1e3));
    }
}
