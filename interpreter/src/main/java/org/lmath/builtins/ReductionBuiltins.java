package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.value.Traced;
import org.lmath.tensor.Reduction;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Reductions: sum, mean, max, min, with NumPy's axis and keepdims. */
final class ReductionBuiltins {

    private ReductionBuiltins() {}

    private static final String TOPIC = "reduce";

    static void register(BuiltinTable table) {
        reduction(table, Reduction.SUM, "The sum of the elements, of all or along axis.");
        reduction(table, Reduction.MEAN, "The mean of the elements, of all or along axis.");
        reduction(table, Reduction.MAX, "The largest element, of all or along axis (for two values use maximum).");
        reduction(table, Reduction.MIN, "The smallest element, of all or along axis (for two values use minimum).");
    }

    private static void reduction(BuiltinTable table, Reduction reduction, String doc) {
        String name = reduction.functionName;
        table.add(TOPIC, name, Gradient.RULE, doc, args -> reduce(reduction, args),
                required("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
    }

    private static Value reduce(Reduction reduction, Arguments args) {
        Value x = args.get("x");
        if (Traced.strip(x) instanceof Num && !args.isNone("axis") && (reduction == Reduction.MAX || reduction == Reduction.MIN)) {
            String pairwise = reduction == Reduction.MAX ? "maximum" : "minimum";
            throw new LMathError(reduction.functionName + "() reduces one tensor, and its second argument is an axis; "
                    + "for the " + (reduction == Reduction.MAX ? "larger" : "smaller") + " of two values use " + pairwise + "(a, b)");
        }
        return Differentiable.reduce(reduction, x, args.axes("axis"), args.bool("keepdims"));
    }
}
