package org.lmath.builtins;

import static org.lmath.autodiff.Differentiable.negate;
import static org.lmath.autodiff.Differentiable.reduce;
import static org.lmath.autodiff.Rules.DIVIDE;
import static org.lmath.autodiff.Rules.MULTIPLY;
import static org.lmath.autodiff.Rules.SUBTRACT;
import static org.lmath.autodiff.Rules.function;
import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.optionalTensor;
import static org.lmath.value.Parameter.tensor;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Probability: softmax, log_softmax, cross_entropy, kl_div, entropy, mse. Each is composed of
 * differentiable primitives, so grad works through it; the shift by the maximum that keeps exp
 * from overflowing is a constant (softmax does not change when its input is shifted).
 */
final class ProbabilityBuiltins {

    private ProbabilityBuiltins() {}

    private static final String TOPIC = "probability";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "softmax", Gradient.RULE, "exp(x / temperature) normalised to sum to 1 along axis: scores to probabilities.",
                args -> softmax(scaled(args), axis(args)), tensor("x"), optional("axis", new Num(-1)), optional("temperature", Num.ONE));
        table.add(TOPIC, "log_softmax", Gradient.RULE, "log(softmax(x)) along axis, computed without overflow.",
                args -> logSoftmax(tensorArgument(args, "x"), axis(args)), tensor("x"), optional("axis", new Num(-1)));
        table.add(TOPIC, "cross_entropy", Gradient.RULE, "-sum(p * log(q)) for distributions p, q; or, as PyTorch, for logits and "
                        + "a target index (a batch of logits and indices gives the mean).",
                ProbabilityBuiltins::crossEntropy, tensor("a"), tensor("b"));
        table.add(TOPIC, "kl_div", Gradient.RULE, "The Kullback-Leibler divergence sum(p * log(p / q)), skipping p = 0.",
                args -> klDivergence(args.get("p"), args.get("q")), tensor("p"), tensor("q"));
        table.add(TOPIC, "entropy", Gradient.RULE, "-sum(p * log(p)) / log(base) along axis, skipping p = 0 (base=2 gives bits); "
                        + "with qk, the relative entropy sum(p * log(p / qk)); as SciPy's entropy, p and qk are first scaled to sum to 1.",
                args -> entropy(args), tensor("p"), optionalTensor("qk", NoneValue.NONE), optional("base", new Num(Math.E)),
                optional("axis", Num.ZERO));
        table.add(TOPIC, "mse", Gradient.RULE, "The mean squared error mean((prediction - target)^2).",
                args -> {
                    Value difference = SUBTRACT.apply(args.get("prediction"), args.get("target"));
                    return reduce(Reduction.MEAN, MULTIPLY.apply(difference, difference), null, false);
                }, tensor("prediction"), tensor("target"));
    }

    private static int axis(Arguments args) {
        return args.integer("axis");
    }

    private static Value tensorArgument(Arguments args, String name) {
        Value x = args.get(name);
        if (Traced.strip(x) instanceof Num) {
            throw new LMathError(args.signatureName() + "() needs a tensor of scores, not a single number");
        }
        return x;
    }

    private static Value scaled(Arguments args) {
        Value x = tensorArgument(args, "x");
        double temperature = args.number("temperature");
        if (temperature <= 0) throw new LMathError("softmax(): temperature must be positive, got " + org.lmath.print.NumberFormat.format(temperature));
        return temperature == 1 ? x : DIVIDE.apply(x, new Num(temperature));
    }

    /** x minus its maximum along the axis, the maximum taken as a constant. */
    private static Value shifted(Value x, int axis) {
        Value maximum = Values.fromTensor(Values.toTensor(Traced.strip(x), "softmax").reduce(Reduction.MAX, new int[] {axis}, true));
        return SUBTRACT.apply(x, maximum);
    }

    static Value softmax(Value x, int axis) {
        Value exponentials = function(MathFunction.EXP).apply(shifted(x, axis));
        return DIVIDE.apply(exponentials, reduce(Reduction.SUM, exponentials, new int[] {axis}, true));
    }

    static Value logSoftmax(Value x, int axis) {
        Value shifted = shifted(x, axis);
        Value normaliser = function(MathFunction.LOG).apply(reduce(Reduction.SUM, function(MathFunction.EXP).apply(shifted), new int[] {axis}, true));
        return SUBTRACT.apply(shifted, normaliser);
    }

    /**
     * -p * log(q), with the terms where p is 0 counted as +0 (and no nan from log(0) in the
     * gradient). Summing these rather than negating the sum of p log q keeps an entropy of 0 from
     * printing as -0, as SciPy's sum of entr(p) terms does.
     */
    private static Value minusPlogq(Value p, Value q) {
        Value positive = Operations.binary(Elementwise.GREATER, Traced.strip(p), Num.ZERO);
        Value safeQ = Rules.where(positive).apply(q, Num.ONE);
        return Rules.where(positive).apply(negate(MULTIPLY.apply(p, function(MathFunction.LOG).apply(safeQ))), Num.ZERO);
    }

    private static Value crossEntropy(Arguments args) {
        Value a = args.get("a");
        Value b = args.get("b");
        int[] aShape = Differentiable.shapeOf(a);
        int[] bShape = Differentiable.shapeOf(b);
        if (aShape.length >= 1 && bShape.length == aShape.length - 1) return crossEntropyOfLogits(a, b, aShape);
        if (!java.util.Arrays.equals(aShape, bShape)) {
            throw new LMathError("cross_entropy takes two distributions of the same shape, or logits and target indices; got shapes "
                    + Shapes.describe(aShape) + " and " + Shapes.describe(bShape));
        }
        Value perRow = reduce(Reduction.SUM, minusPlogq(a, b), new int[] {-1}, false);
        return aShape.length > 1 ? reduce(Reduction.MEAN, perRow, null, false) : perRow;
    }

    /** PyTorch's F.cross_entropy: -log_softmax(logits)[target], averaged over a batch. */
    private static Value crossEntropyOfLogits(Value logits, Value targets, int[] shape) {
        Value logProbabilities = logSoftmax(logits, -1);
        int classes = shape[shape.length - 1];
        double[] indices = Values.toTensor(Traced.strip(targets), "cross_entropy(): the target").toArray();
        int[] picks = new int[indices.length];
        for (int i = 0; i < picks.length; i++) {
            if (indices[i] != Math.rint(indices[i]) || indices[i] < 0 || indices[i] >= classes) {
                throw new LMathError("cross_entropy(): a target must be a class index from 0 to " + (classes - 1) + ", got "
                        + org.lmath.print.NumberFormat.format(indices[i]));
            }
            picks[i] = (int) indices[i];
        }
        if (shape.length == 1) {
            return negate(Differentiable.index(logProbabilities, List.of(new IndexItem.Single(picks[0]))));
        }
        if (shape.length != 2) throw new LMathError("cross_entropy(): logits must be 1-D or 2-D (a batch), got shape " + Shapes.describe(shape));
        int[] rows = new int[picks.length];
        for (int i = 0; i < rows.length; i++) rows[i] = i;
        List<IndexItem> items = new ArrayList<>();
        items.add(new IndexItem.Positions(rows, new int[] {rows.length}));
        items.add(new IndexItem.Positions(picks, new int[] {picks.length}));
        return negate(reduce(Reduction.MEAN, Differentiable.index(logProbabilities, items), null, false));
    }

    /** SciPy's rel_entr: p log(p / q), 0 where p = 0 (also for q = 0), inf where p > 0 and q = 0. */
    private static Value relativeEntropyTerms(Value p, Value q) {
        Value positive = Operations.binary(Elementwise.GREATER, Traced.strip(p), Num.ZERO);
        Value safeP = Rules.where(positive).apply(p, Num.ONE);
        Value safeQ = Rules.where(positive).apply(q, Num.ONE);
        return Rules.where(positive).apply(MULTIPLY.apply(p, function(MathFunction.LOG).apply(DIVIDE.apply(safeP, safeQ))), Num.ZERO);
    }

    private static Value klDivergence(Value p, Value q) {
        Value positive = Operations.binary(Elementwise.GREATER, Traced.strip(p), Num.ZERO);
        Value safeP = Rules.where(positive).apply(p, Num.ONE);
        Value safeQ = Rules.where(positive).apply(q, Num.ONE);
        Value terms = Rules.where(positive).apply(MULTIPLY.apply(p, function(MathFunction.LOG).apply(DIVIDE.apply(safeP, safeQ))), Num.ZERO);
        return reduce(Reduction.SUM, terms, null, false);
    }

    /** SciPy's entropy(p, base, axis): p scaled to sum to 1 along axis, then -sum(p log p) / log(base). */
    private static Value entropy(Arguments args) {
        Value p = tensorArgument(args, "p");
        Tensor plain = Values.toTensor(Traced.strip(p), args.what("p"));
        for (double v : plain.toArray()) {
            if (v < 0) throw new LMathError("entropy(): probabilities must not be negative, got " + org.lmath.print.NumberFormat.format(v));
        }
        int[] axes = args.axes("axis");
        for (double total : plain.reduce(Reduction.SUM, axes, false).toArray()) {
            if (total == 0) throw new LMathError("entropy(): the probabilities along the axis sum to 0, so they are no distribution");
        }
        Value normalised = DIVIDE.apply(p, reduce(Reduction.SUM, p, axes, true));
        Value nats;
        if (args.isNone("qk")) {
            nats = reduce(Reduction.SUM, minusPlogq(normalised, normalised), axes, false);
        } else {
            Value q = args.get("qk");
            Value normalisedQ = DIVIDE.apply(q, reduce(Reduction.SUM, q, axes, true));
            nats = reduce(Reduction.SUM, relativeEntropyTerms(normalised, normalisedQ), axes, false);
        }
        double b = args.number("base");
        return b == Math.E ? nats : DIVIDE.apply(nats, new Num(Math.log(b)));
    }
}
