package org.lmath.eval;

import org.lmath.print.NumberFormat;
import org.lmath.print.Printer;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * What a failed `assert a == b` says about its two sides, as pytest does: "(left: 6, right: 7)";
 * for tensors, the element where they differ most, its index, and how many elements fail.
 */
final class AssertionDetails {

    private AssertionDetails() {}

    /** The details for a comparison whose result (a bool or a mask) was not all true. */
    static String of(Value left, Value right, Value result) {
        left = Traced.strip(left);
        right = Traced.strip(right);
        if (!(Traced.strip(result) instanceof TensorValue mask)) return "(left: " + Printer.repr(left) + ", right: " + Printer.repr(right) + ")";
        return worstElement(left, right, mask.tensor());
    }

    /** allclose(a, b) failed: where a and b are farthest apart. */
    static String farthest(Value left, Value right) {
        Tensor a = Values.toTensor(Traced.strip(left), "allclose's a");
        Tensor b = Values.toTensor(Traced.strip(right), "allclose's b");
        int[] shape = Shapes.broadcast(a.shape(), b.shape(), "allclose");
        double[] x = a.broadcastTo(shape).toArray(), y = b.broadcastTo(shape).toArray();
        int worst = 0;
        for (int i = 1; i < x.length; i++) {
            if (gap(x[i], y[i]) > gap(x[worst], y[worst])) worst = i;
        }
        return x.length == 0 ? "" : "(farthest apart at " + index(worst, shape) + ": a " + NumberFormat.format(x[worst]) + ", b "
                + NumberFormat.format(y[worst]) + ")";
    }

    private static String worstElement(Value left, Value right, Tensor mask) {
        if (!(left instanceof Num || left instanceof TensorValue) || !(right instanceof Num || right instanceof TensorValue)) {
            return "(left: " + Printer.repr(left) + ", right: " + Printer.repr(right) + ")";
        }
        int[] shape = mask.shape();
        double[] x = Values.toTensor(left, "left").broadcastTo(shape).toArray();
        double[] y = Values.toTensor(right, "right").broadcastTo(shape).toArray();
        double[] passed = mask.toArray();
        int worst = -1, failing = 0;
        for (int i = 0; i < passed.length; i++) {
            if (passed[i] != 0) continue;
            failing++;
            if (worst < 0 || gap(x[i], y[i]) > gap(x[worst], y[worst])) worst = i;
        }
        if (worst < 0) return "";
        return "(" + failing + " of " + passed.length + " elements fail; the worst at " + index(worst, shape) + ": left "
                + NumberFormat.format(x[worst]) + ", right " + NumberFormat.format(y[worst]) + ")";
    }

    /** nan counts as the largest gap, since it is what an assert most needs to show. */
    private static double gap(double a, double b) {
        double difference = Math.abs(a - b);
        return Double.isNaN(difference) ? Double.POSITIVE_INFINITY : difference;
    }

    private static String index(int flat, int[] shape) {
        int[] position = new int[shape.length];
        for (int axis = shape.length - 1; axis >= 0; axis--) {
            position[axis] = flat % shape[axis];
            flat /= shape[axis];
        }
        StringBuilder text = new StringBuilder("[");
        for (int axis = 0; axis < position.length; axis++) text.append(axis > 0 ? ", " : "").append(position[axis]);
        return text.append("]").toString();
    }
}
