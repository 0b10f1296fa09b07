package org.lmath.builtins;

import org.lmath.error.LMathError;
import org.lmath.print.FormatSpec;
import org.lmath.print.Printer;
import org.lmath.tensor.Tensor;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/** A value with a format spec, as f"{x:.3f}" and format(x, ".3f") write it. */
public final class Formatting {

    private Formatting() {}

    /** Without a spec, what print writes; with one, Python's format for numbers and strings. */
    public static String format(Value value, String spec) {
        if (spec == null || spec.isEmpty()) return Printer.show(value);
        try {
            if (value instanceof Num number) return FormatSpec.format(number.value(), spec);
            if (value instanceof Str string) return FormatSpec.formatString(string.value(), spec);
            if (value instanceof TensorValue tensor) return formatTensor(tensor.tensor(), spec);
        } catch (IllegalArgumentException error) {
            throw new LMathError(error.getMessage());
        }
        throw new LMathError("cannot format " + value.typeName() + " with the spec \"" + spec + "\"");
    }

    /** Each element formatted with the spec, laid out in brackets like NumPy's rows. */
    private static String formatTensor(Tensor tensor, String spec) {
        double[] data = tensor.toArray();
        int[] shape = tensor.shape();
        StringBuilder text = new StringBuilder();
        appendBlock(text, data, shape, 0, 0, spec);
        return text.toString();
    }

    private static int appendBlock(StringBuilder text, double[] data, int[] shape, int axis, int offset, String spec) {
        if (axis == shape.length) {
            text.append(FormatSpec.format(data[offset], spec));
            return offset + 1;
        }
        text.append('[');
        for (int i = 0; i < shape[axis]; i++) {
            if (i > 0) text.append(axis == shape.length - 1 ? " " : "\n" + " ".repeat(axis + 1));
            offset = appendBlock(text, data, shape, axis + 1, offset, spec);
        }
        text.append(']');
        return offset;
    }
}
