package org.lmath.value;

import org.lmath.error.LMathError;
import org.lmath.tensor.Tensor;

/**
 * `&`, `|` and `~` as NumPy has them for boolean arrays: elementwise and, or and not of masks
 * (tensors of 0/1, as comparisons make), broadcasting; on two bools, plain and / or / not.
 */
public final class Masks {

    private Masks() {}

    public static Value combine(boolean isAnd, Value left, Value right) {
        String symbol = isAnd ? "&" : "|";
        left = Traced.strip(left);   // masks are constants for grad, as comparisons are
        right = Traced.strip(right);
        if (left instanceof Bool a && right instanceof Bool b) return Bool.of(isAnd ? a.value() && b.value() : a.value() || b.value());
        Tensor a = mask(left, symbol);
        Tensor b = mask(right, symbol);
        int[] shape = org.lmath.tensor.Shapes.broadcast(a.shape(), b.shape(), symbol);
        double[] x = a.broadcastTo(shape).toArray();
        double[] y = b.broadcastTo(shape).toArray();
        double[] result = new double[x.length];
        for (int i = 0; i < result.length; i++) {
            boolean p = x[i] != 0, q = y[i] != 0;
            result[i] = (isAnd ? p && q : p || q) ? 1 : 0;
        }
        Tensor combined = Tensor.maskOf(result, shape);
        return shape.length == 0 ? Bool.of(result[0] != 0) : new TensorValue(combined);
    }

    public static Value invert(Value operand) {
        operand = Traced.strip(operand);
        if (operand instanceof Bool bool) return Bool.of(!bool.value());
        return new TensorValue(mask(operand, "~").logicalNot());
    }

    /**
     * A mask, a bool, or a tensor that holds only 0 and 1 (a mask that went through arithmetic).
     * NumPy refuses & on floats; saying why helps more than a bitwise answer would.
     */
    private static Tensor mask(Value value, String symbol) {
        if (value instanceof Bool bool) return Tensor.maskOf(new double[] {bool.value() ? 1 : 0}, new int[0]);
        if (value instanceof TensorValue || value instanceof Num || value instanceof ListValue) {
            Tensor tensor = Values.toTensor(value, "'" + symbol + "'");
            for (double x : tensor.toArray()) {
                if (x != 0 && x != 1) {
                    throw new LMathError("'" + symbol + "' works on masks (like x > 0) and bools, but "
                            + Values.describe(value) + " holds " + org.lmath.print.NumberFormat.format(x)
                            + "; compare first, as in (x > 0) " + (symbol.equals("~") ? "" : symbol + " (x < 3)"));
                }
            }
            return tensor;
        }
        throw new LMathError("'" + symbol + "' works on masks (like x > 0) and bools, not on " + Values.describe(value));
    }
}
