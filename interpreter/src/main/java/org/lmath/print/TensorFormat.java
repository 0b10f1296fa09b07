package org.lmath.print;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import java.util.stream.IntStream;
import org.lmath.sandbox.Interruption;

/**
 * How lmath prints a tensor: exactly like NumPy's {@code str()} of a float64 array with the
 * default print options (NumPy's {@code array2string} and {@code _formatArray} in
 * {@code numpy/_core/arrayprint.py}), with one lmath rule on top: when every value is an integer
 * (finite, integral, below 1e16 in magnitude, as in {@link NumberFormat}) the tensor prints the
 * way NumPy prints the same values as an int64 array, {@code [1 2 3]} rather than
 * {@code [1. 2. 3.]}.
 */
public final class TensorFormat {
    /** NumPy's {@code linewidth}: rows wrap so that no line is longer than this. */
    private static final int LINE_WIDTH = 75;
    /** NumPy's {@code threshold}: tensors with more elements are summarised with "...". */
    private static final int THRESHOLD = 1000;
    /** NumPy's {@code edgeitems}: a summarised axis keeps this many items at each end. */
    private static final int EDGE_ITEMS = 3;
    private static final String SUMMARY = "...";

    private final double[] data;
    private final int[] shape;
    /** Row-major strides, in elements. */
    private final int[] strides;
    private final boolean summarised;
    private final DoubleFunction<String> elementFormat;

    private TensorFormat(double[] data, int[] shape, DoubleFunction<String> givenFormat) {
        this.data = data;
        this.shape = shape;
        this.strides = new int[shape.length];
        int stride = 1;
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            strides[axis] = stride;
            stride *= shape[axis];
        }
        this.summarised = data.length > THRESHOLD;
        this.elementFormat = givenFormat != null ? givenFormat : chooseElementFormat();
    }

    /**
     * Formats a tensor given its row-major data and shape.
     *
     * @throws IllegalArgumentException if the data length does not match the shape
     */
    public static String format(double[] data, int[] shape) {
        return format(data, shape, null);
    }

    /**
     * Formats a tensor with every element written by {@code elementFormat} (f"{w:.3f}"), laid out
     * as NumPy's {@code array2string} does with a {@code formatter}: the same brackets, wrapping
     * and summarising, no common width. A null {@code elementFormat} means print's own.
     */
    public static String format(double[] data, int[] shape, DoubleFunction<String> elementFormat) {
        long size = 1;
        for (int length : shape) {
            if (length < 0) {
                throw new IllegalArgumentException("negative tensor dimension " + length);
            }
            size *= length;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("tensor data has " + data.length
                    + " values but its shape needs " + size);
        }
        if (shape.length == 0) {
            // NumPy prints a 0-d array like its scalar: with the integer rule, lmath's number.
            return elementFormat != null ? elementFormat.apply(data[0]) : NumberFormat.format(data[0]);
        }
        if (size == 0) {
            return "[]";
        }
        return new TensorFormat(data, shape, elementFormat).formatAxis(0, 0, " ", LINE_WIDTH);
    }

    /**
     * Builds the per-element formatter from the values actually printed (after summarising),
     * as NumPy does; whether the tensor counts as integral depends on all of its values.
     */
    private DoubleFunction<String> chooseElementFormat() {
        double[] printed = printedValues();
        for (double value : data) {
            if (!NumberFormat.isPrintedAsInteger(value)) {
                return new FloatingFormat(printed)::format;
            }
        }
        return integerFormat(printed);
    }

    /**
     * NumPy's {@code IntegerFormat}: right-aligned to the longer of the largest and the smallest
     * value (the smallest may be longer because of its minus sign).
     */
    private static DoubleFunction<String> integerFormat(double[] printed) {
        long largest = Long.MIN_VALUE;
        long smallest = Long.MAX_VALUE;
        for (double value : printed) {
            largest = Math.max(largest, (long) value);
            smallest = Math.min(smallest, (long) value);
        }
        int width = Math.max(Long.toString(largest).length(), Long.toString(smallest).length());
        return value -> {
            String text = Long.toString((long) value);
            return " ".repeat(width - text.length()) + text;
        };
    }

    /** The values NumPy's {@code _leading_trailing} keeps: every element unless summarised. */
    private double[] printedValues() {
        List<Double> printed = new ArrayList<>();
        collectPrinted(0, 0, printed);
        return printed.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private void collectPrinted(int axis, int offset, List<Double> printed) {
        if (axis == shape.length) {
            printed.add(data[offset]);
            return;
        }
        for (int index : printedIndices(axis)) {
            collectPrinted(axis + 1, offset + index * strides[axis], printed);
        }
    }

    private int[] printedIndices(int axis) {
        int length = shape[axis];
        if (!isSummarised(axis)) {
            return IntStream.range(0, length).toArray();
        }
        int[] indices = new int[2 * EDGE_ITEMS];
        for (int i = 0; i < EDGE_ITEMS; i++) {
            indices[i] = i;
            indices[EDGE_ITEMS + i] = length - EDGE_ITEMS + i;
        }
        return indices;
    }

    private boolean isSummarised(int axis) {
        return summarised && shape[axis] > 2 * EDGE_ITEMS;
    }

    /**
     * NumPy's {@code _formatArray.recurser}: formats the sub-tensor starting at {@code offset}
     * along {@code axis}. {@code hangingIndent} is the text every continuation line starts with;
     * {@code width} shrinks by one per level to leave room for the closing brackets.
     */
    private String formatAxis(int axis, int offset, String hangingIndent, int width) {
        if (axis == shape.length) {
            return elementFormat.apply(data[offset]);
        }
        List<String> items = new ArrayList<>();
        int[] indices = printedIndices(axis);
        for (int position = 0; position < indices.length; position++) {
            Interruption.every(position);
            if (isSummarised(axis) && position == EDGE_ITEMS) {
                items.add(SUMMARY);
            }
            items.add(formatAxis(axis + 1, offset + indices[position] * strides[axis],
                    hangingIndent + " ", width - "]".length()));
        }
        String text;
        if (axis == shape.length - 1) {
            text = wrapRow(items, hangingIndent, width - "]".length());
        } else {
            // One sub-tensor per line, and a blank line per axis left below the next one.
            String separator = "\n".repeat(shape.length - axis - 1);
            text = hangingIndent + String.join(separator + hangingIndent, items);
        }
        // Drop the hanging indent of the first line and wrap in brackets.
        return "[" + text.substring(hangingIndent.length()) + "]";
    }

    /**
     * NumPy's {@code _extendLine} applied along a row: words separated by spaces, a new line
     * (starting with the hanging indent) whenever the next word would pass {@code width}.
     */
    private static String wrapRow(List<String> words, String hangingIndent, int width) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder(hangingIndent);
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean lineHasWords = line.length() > hangingIndent.length();
            if (lineHasWords && line.length() + word.length() > width) {
                text.append(line.toString().stripTrailing()).append('\n');
                line = new StringBuilder(hangingIndent);
            }
            line.append(word);
            if (i < words.size() - 1) {
                line.append(' ');
            }
        }
        return text.append(line).toString();
    }
}
