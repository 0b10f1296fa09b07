package org.lmath.builtins;

import java.util.List;
import java.util.Locale;

import org.lmath.print.Printer;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * What check() compares and how it words a difference. Numbers and tensors are close when
 * |actual - expected| <= tol + tol * |expected| element by element (NumPy's allclose with
 * rtol = atol = tol), nan matching nan as in assert_allclose; shapes must match first.
 * Lists and tuples compare item by item; everything else must be equal.
 */
final class CheckComparison {

    /** Tensors up to this many elements are printed whole in a failure; larger ones only by their worst element. */
    private static final int PRINTED_ELEMENTS = 10;

    private CheckComparison() {}

    /** Null when actual matches expected, else what differs, in words. */
    static String compare(Value actual, Value expected, double tol) {
        actual = Traced.strip(actual);
        expected = Traced.strip(expected);
        if (isNumeric(actual) && isNumeric(expected)) return compareNumbers(actual, expected, tol);
        if (isSequence(actual) && isSequence(expected)) return compareItems(items(actual), items(expected), tol);
        if (!actual.typeName().equals(expected.typeName())) {
            return "expected " + Values.describe(expected) + " (" + Printer.repr(expected) + "), got " + Values.describe(actual)
                    + " (" + Printer.repr(actual) + ")";
        }
        if (actual.equals(expected) || Printer.repr(actual).equals(Printer.repr(expected))) return null;
        return "expected " + Printer.repr(expected) + ", got " + Printer.repr(actual);
    }

    private static boolean isNumeric(Value value) {
        return value instanceof Num || value instanceof TensorValue || value instanceof RangeValue;
    }

    private static boolean isSequence(Value value) {
        return value instanceof ListValue || value instanceof TupleValue;
    }

    private static List<Value> items(Value value) {
        return value instanceof ListValue list ? list.items() : ((TupleValue) value).items();
    }

    private static String compareItems(List<Value> actual, List<Value> expected, double tol) {
        if (actual.size() != expected.size()) {
            return "expected " + expected.size() + " items, got " + actual.size();
        }
        for (int i = 0; i < actual.size(); i++) {
            String problem = compare(actual.get(i), expected.get(i), tol);
            if (problem != null) return "item " + i + ": " + problem;
        }
        return null;
    }

    private static String compareNumbers(Value actualValue, Value expectedValue, double tol) {
        Tensor actual = Values.toTensor(actualValue, "check's actual value");
        Tensor expected = Values.toTensor(expectedValue, "check's expected value");
        boolean bothScalars = actualValue instanceof Num && expectedValue instanceof Num;
        if (!java.util.Arrays.equals(actual.shape(), expected.shape())) {
            return "expected shape " + Shapes.describe(expected.shape()) + ", got shape " + Shapes.describe(actual.shape());
        }
        double[] a = actual.toArray();
        double[] b = expected.toArray();
        int worst = -1;
        double worstExcess = 0;
        int mismatches = 0;
        for (int i = 0; i < a.length; i++) {
            double excess = excess(a[i], b[i], tol);
            if (excess > 0) {
                mismatches++;
                if (worst < 0 || excess > worstExcess) {
                    worst = i;
                    worstExcess = excess;
                }
            }
        }
        if (worst < 0) return null;
        String difference = Double.isFinite(a[worst] - b[worst])
                ? "off by " + difference(Math.abs(a[worst] - b[worst])) + ", tolerance " + difference(tol + tol * Math.abs(b[worst]))
                : Double.isNaN(a[worst]) || Double.isNaN(b[worst]) ? "nan matches only nan" : "an infinity matches only the same infinity";
        if (bothScalars) return "expected " + number(b[worst]) + ", got " + number(a[worst]) + " (" + difference + ")";
        StringBuilder text = new StringBuilder();
        if (a.length <= PRINTED_ELEMENTS && actual.ndim() <= 1) {
            text.append("expected ").append(Printer.repr(expectedValue)).append(", got ").append(Printer.repr(actualValue)).append("; ");
        }
        text.append(mismatches).append(" of ").append(a.length).append(mismatches == 1 ? " elements differs" : " elements differ")
                .append("; the worst is at index ").append(index(worst, actual.shape()))
                .append(": expected ").append(number(b[worst])).append(", got ").append(number(a[worst]))
                .append(" (").append(difference).append(")");
        return text.toString();
    }

    /** How far past the tolerance the pair is (positive means not close); infinite when only one is nan or the infinities differ. */
    private static double excess(double actual, double expected, double tol) {
        if (Double.isNaN(actual) || Double.isNaN(expected)) return Double.isNaN(actual) && Double.isNaN(expected) ? 0 : Double.POSITIVE_INFINITY;
        if (Double.isInfinite(actual) || Double.isInfinite(expected)) return actual == expected ? 0 : Double.POSITIVE_INFINITY;
        return Math.abs(actual - expected) - (tol + tol * Math.abs(expected));
    }

    private static String index(int flat, int[] shape) {
        if (shape.length == 0) return "()";
        int[] position = new int[shape.length];
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            position[axis] = flat % shape[axis];
            flat /= shape[axis];
        }
        return java.util.Arrays.toString(position);
    }

    /** A value as lmath prints it; tiny and huge ones in short scientific form (1e-06, not 0.000001). */
    private static String number(double value) {
        if (value != 0 && Double.isFinite(value) && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6)) {
            return String.format(Locale.ROOT, "%.3g", value).replaceAll("\\.?0+e", "e");
        }
        return Printer.repr(new Num(value));
    }

    /** A difference to three significant digits: 0.001, not 0.0009999999999998899. */
    private static String difference(double value) {
        if (value == 0 || !Double.isFinite(value) || Math.abs(value) < 1e-4 || Math.abs(value) >= 1e6) return number(value);
        return Printer.repr(new Num(Double.parseDouble(String.format(Locale.ROOT, "%.3g", value))));
    }
}
