package org.lmath.builtins;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.tensor.Tensor;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * NumPy's linspace as differentiable steps, in NumPy's own order (y = arange(num) * step + start,
 * step = (stop - start) / div, the last element set to stop when endpoint): the values are
 * NumPy's, and grad sees start + t (stop - start) with t constant.
 */
final class Linspace {

    private Linspace() {}

    static Value of(Value start, Value stop, int count, boolean endpoint) {
        if (count == 0) return new TensorValue(Tensor.of(new double[0], new int[] {0}));
        int div = endpoint ? count - 1 : count;
        double[] positions = new double[count];
        for (int i = 0; i < count; i++) positions[i] = i;
        Value counts = new TensorValue(Tensor.of(positions, new int[] {count}));
        Value values;
        if (div == 0) {
            values = Rules.ADD.apply(Rules.MULTIPLY.apply(counts, Num.ZERO), start);
        } else {
            Value step = Rules.DIVIDE.apply(Rules.SUBTRACT.apply(stop, start), new Num(div));
            values = Rules.ADD.apply(Rules.MULTIPLY.apply(counts, step), start);
        }
        if (!endpoint || count < 2) return values;
        double[] last = new double[count];
        last[count - 1] = 1;
        return Rules.where(new TensorValue(Tensor.of(last, new int[] {count}))).apply(Differentiable.broadcastTo(stop, new int[] {count}), values);
    }
}
