package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.tensor;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.NoneValue;
import org.lmath.value.Operations;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
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
        table.add(TOPIC, "prod", Gradient.RULE, "The product of the elements, of all or along axis.",
                args -> Rules.product(args.axes("axis"), args.bool("keepdims")).apply(args.get("x")),
                tensor("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "var", Gradient.RULE, "The variance mean((x - mean(x))^2); ddof=1 divides by n - 1 (the sample variance).",
                args -> variance(args), tensor("x"), optional("axis", NoneValue.NONE), optional("ddof", Num.ZERO),
                optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "std", Gradient.RULE, "The standard deviation sqrt(var(x)); ddof as in var.",
                args -> Rules.function(MathFunction.SQRT).apply(variance(args)), tensor("x"), optional("axis", NoneValue.NONE),
                optional("ddof", Num.ZERO), optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "argmax", Gradient.CONSTANT, "The position of the largest element (flat), or along axis; the first if tied.",
                args -> position(args, true), tensor("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
        table.add(TOPIC, "argmin", Gradient.CONSTANT, "The position of the smallest element (flat), or along axis; the first if tied.",
                args -> position(args, false), tensor("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
    }

    private static void reduction(BuiltinTable table, Reduction reduction, String doc) {
        String name = reduction.functionName;
        table.add(TOPIC, name, Gradient.RULE, doc, args -> reduce(reduction, args),
                tensor("x"), optional("axis", NoneValue.NONE), optional("keepdims", Bool.FALSE));
    }

    /** NumPy's var: the mean square distance from the mean, over n - ddof. */
    private static Value variance(Arguments args) {
        Value x = args.get("x");
        int[] axes = args.axes("axis");
        int[] shape = Differentiable.shapeOf(x);
        int count = Shapes.size(shape) / Math.max(1, Shapes.size(Differentiable.keptShapeOf(shape, axes)));
        double ddof = args.number("ddof");
        Value deviation = Rules.SUBTRACT.apply(x, Differentiable.reduce(Reduction.MEAN, x, axes, true));
        // Untraced, the deviations are a new tensor seen only here: squared in their own array.
        Value square = deviation instanceof TensorValue
                ? Operations.binary(Elementwise.MULTIPLY, deviation, deviation, true, false)
                : Rules.MULTIPLY.apply(deviation, deviation);
        Value squares = Differentiable.reduce(Reduction.SUM, square, axes, args.bool("keepdims"));
        return Rules.DIVIDE.apply(squares, new Num(count - ddof));
    }

    /** argmax / argmin; keepdims keeps the reduced axis (all axes, for none) with size 1, as NumPy. */
    private static Value position(Arguments args, boolean largest) {
        Tensor x = args.tensor("x");
        int[] axes = args.axes("axis");
        Tensor positions = x.argExtreme(largest, axes);
        return Values.fromTensor(args.bool("keepdims") ? positions.reshape(Differentiable.keptShapeOf(x.shape(), axes)) : positions);
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
