package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;

import org.lmath.error.LMathError;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** all, any and allclose, as NumPy's: the questions an assert asks of a whole tensor. */
final class LogicBuiltins {

    private LogicBuiltins() {}

    private static final String TOPIC = "reduce";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "all", Gradient.CONSTANT,
                "true when every element is non-zero (every item true, for a list); along axis, a mask. assert all(A @ v == 3 * v).",
                args -> truth(args, true), tensor("x"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "any", Gradient.CONSTANT,
                "true when some element is non-zero (some item true, for a list); along axis, a mask.",
                args -> truth(args, false), tensor("x"), optional("axis", NoneValue.NONE));
        table.add(TOPIC, "allclose", Gradient.CONSTANT,
                "true when |a - b| <= atol + rtol * |b| everywhere (broadcasting), as NumPy's; nan is close to nothing.",
                LogicBuiltins::allClose, tensor("a"), tensor("b"), optional("rtol", new Num(1e-5)), optional("atol", new Num(1e-8)));
    }

    /** Whether all (every) or any (not every) element counts as true, or the mask of that along axis. */
    private static Value truth(Arguments args, boolean every) {
        Value x = args.get("x");
        if (x instanceof ListValue || x instanceof TupleValue) {
            if (!args.isNone("axis")) throw new LMathError(args.signatureName() + ": axis needs a tensor, not a list");
            for (Value item : x instanceof ListValue list ? list.items() : ((TupleValue) x).items()) {
                if (Values.isTrue(item) != every) return Bool.of(!every);
            }
            return Bool.of(every);
        }
        if (x instanceof Bool bool) return bool;
        Tensor nonZero = args.tensor("x").elementwise(Elementwise.NOT_EQUAL, 0, false);
        if (nonZero.size() == 0 && args.isNone("axis")) return Bool.of(every);  // all of nothing is true, any of nothing false
        Tensor reduced = nonZero.reduce(every ? Reduction.MIN : Reduction.MAX, args.axes("axis"), false);
        if (args.isNone("axis")) return Bool.of(reduced.toArray()[0] != 0);
        return new TensorValue(reduced.elementwise(Elementwise.NOT_EQUAL, 0, false));
    }

    private static Value allClose(Arguments args) {
        Tensor a = args.tensor("a");
        Tensor b = args.tensor("b");
        double rtol = args.number("rtol");
        double atol = args.number("atol");
        Tensor gap = a.elementwise(Elementwise.SUBTRACT, b).map(org.lmath.tensor.MathFunction.ABS);
        Tensor bound = b.map(org.lmath.tensor.MathFunction.ABS).elementwise(Elementwise.MULTIPLY, rtol, false)
                .elementwise(Elementwise.ADD, atol, false);
        Tensor close = gap.elementwise(Elementwise.LESS_EQUAL, bound);
        for (double inside : close.toArray()) {
            if (inside == 0) return Bool.FALSE;
        }
        return Bool.TRUE;
    }
}
