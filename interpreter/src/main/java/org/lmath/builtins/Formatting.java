package org.lmath.builtins;

import org.lmath.error.LMathError;
import org.lmath.print.FormatSpec;
import org.lmath.print.Printer;
import org.lmath.print.TensorFormat;
import org.lmath.tensor.Tensor;
import org.lmath.value.Num;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;

/** A value with a format spec, as f"{x:.3f}" and format(x, ".3f") write it. */
public final class Formatting {

    private Formatting() {}

    /** Without a spec, what print writes; with one, Python's format for numbers and strings. */
    public static String format(Value value, String spec) {
        value = Traced.strip(value);  // a value grad is tracing formats as its value
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

    /** Each element formatted with the spec, laid out as print lays out a tensor (NumPy's array2string). */
    private static String formatTensor(Tensor tensor, String spec) {
        return TensorFormat.format(tensor.toArray(), tensor.shape(), value -> FormatSpec.format(value, spec));
    }
}
