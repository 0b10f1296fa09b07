package org.lmath.autodiff;

import static org.lmath.autodiff.Differentiable.negate;
import static org.lmath.autodiff.Differentiable.reshape;
import static org.lmath.autodiff.Differentiable.reshapedIfNeeded;
import static org.lmath.autodiff.Differentiable.shapeOf;
import static org.lmath.autodiff.Differentiable.unbroadcast;

import java.util.Arrays;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.tensor.Cumulative;
import org.lmath.tensor.Decompositions;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.IndexItem;
import org.lmath.tensor.MathFunction;
import org.lmath.tensor.Reduction;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Sorting;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.Num;
import org.lmath.value.Operations;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * The table of differentiable primitives: for each, one block with how it computes (on plain
 * values) and its backward rule, side by side. A primitive is applied with {@code X.apply(...)},
 * which goes through {@link Differentiable#apply}; a new primitive is one more block here and
 * nothing elsewhere. An operation without an entry is a named error ({@link #missingRule}). Composite operations (softmax, mse, norm, ...) are built from
 * these where that is as accurate. Ties in max, min, maximum and minimum split the gradient
 * evenly between the tied elements, as PyTorch's amax, amin, maximum and minimum do.
 */
public final class Rules {

    private Rules() {}

    /** compute and backward as two lambdas; a primitive with parameters captures them. */
    private record Rule(String name, Compute compute, Backward backward) implements Primitive {
        public Value compute(Value[] inputs) {
            return compute.apply(inputs);
        }

        public Value[] backward(Value g, Value[] inputs, Value output, boolean[] needed) {
            return backward.apply(g, inputs, output, needed);
        }
    }

    @FunctionalInterface
    private interface Compute {
        Value apply(Value[] inputs);
    }

    @FunctionalInterface
    private interface Backward {
        Value[] apply(Value g, Value[] in, Value out, boolean[] needed);
    }

    private static Value[] grads(Value... grads) {
        return grads;
    }

    /**
     * A plain (untraced) constant computed from plain values: masks, signs, counts. A comparison
     * of two numbers gives 0 or 1 here, not a bool, so that backward rules can compute with it.
     */
    private static Value constant(Elementwise operation, Value a, Value b) {
        Value result = Operations.binary(operation, Traced.strip(a), Traced.strip(b));
        return result instanceof Bool bool ? new Num(bool.value() ? 1 : 0) : result;
    }

    // ------------------------------------------------------------------ elementwise, two inputs

    // Indexed by ordinal: an EnumMap's get was a visible cost of every operation before the JIT compiles it.
    private static final Primitive[] ELEMENTWISE = new Primitive[Elementwise.values().length];

    public static final Primitive ADD = elementwise(Elementwise.ADD, (g, in, out, need) -> grads(
            need[0] ? unbroadcast(g, in[0]) : null,
            need[1] ? unbroadcast(g, in[1]) : null));

    public static final Primitive SUBTRACT = elementwise(Elementwise.SUBTRACT, (g, in, out, need) -> grads(
            need[0] ? unbroadcast(g, in[0]) : null,
            need[1] ? unbroadcast(negate(g), in[1]) : null));

    public static final Primitive MULTIPLY = elementwise(Elementwise.MULTIPLY, (g, in, out, need) -> grads(
            need[0] ? unbroadcast(Rules.MULTIPLY.apply(g, in[1]), in[0]) : null,
            need[1] ? unbroadcast(Rules.MULTIPLY.apply(g, in[0]), in[1]) : null));

    public static final Primitive DIVIDE = elementwise(Elementwise.DIVIDE, (g, in, out, need) -> grads(
            need[0] ? unbroadcast(Rules.DIVIDE.apply(g, in[1]), in[0]) : null,
            need[1] ? unbroadcast(negate(Rules.DIVIDE.apply(MULTIPLY.apply(g, out), in[1])), in[1]) : null));

    static {
        elementwise(Elementwise.POWER, (g, in, out, need) -> grads(
                need[0] ? unbroadcast(MULTIPLY.apply(g, MULTIPLY.apply(in[1], powerBelow(in[0], in[1]))), in[0]) : null,
                need[1] ? unbroadcast(MULTIPLY.apply(g, MULTIPLY.apply(out, function(MathFunction.LOG).apply(
                        ADD.apply(in[0], MULTIPLY.apply(constant(Elementwise.EQUAL, in[0], Num.ZERO),
                                constant(Elementwise.GREATER_EQUAL, in[1], Num.ZERO)))))), in[1]) : null));
        // a % b = a - floor(a / b) b, and floor is flat almost everywhere
        elementwise(Elementwise.MODULO, (g, in, out, need) -> grads(
                need[0] ? unbroadcast(g, in[0]) : null,
                need[1] ? unbroadcast(negate(MULTIPLY.apply(g, floorOfQuotient(in[0], in[1]))), in[1]) : null));
        elementwise(Elementwise.MAXIMUM, (g, in, out, need) -> routeToWinner(g, in, need, Elementwise.GREATER));
        elementwise(Elementwise.MINIMUM, (g, in, out, need) -> routeToWinner(g, in, need, Elementwise.LESS));
        // arctan2(y, x) is the angle of (x, y): d/dy = x / r^2, d/dx = -y / r^2
        elementwise(Elementwise.ARCTAN2, (g, in, out, need) -> {
            Value squaredRadius = ADD.apply(MULTIPLY.apply(in[0], in[0]), MULTIPLY.apply(in[1], in[1]));
            return grads(need[0] ? unbroadcast(DIVIDE.apply(MULTIPLY.apply(g, in[1]), squaredRadius), in[0]) : null,
                    need[1] ? unbroadcast(negate(DIVIDE.apply(MULTIPLY.apply(g, in[0]), squaredRadius)), in[1]) : null);
        });
        elementwise(Elementwise.HYPOT, (g, in, out, need) -> grads(
                need[0] ? unbroadcast(DIVIDE.apply(MULTIPLY.apply(g, in[0]), out), in[0]) : null,
                need[1] ? unbroadcast(DIVIDE.apply(MULTIPLY.apply(g, in[1]), out), in[1]) : null));
        // each side's share of exp(a) + exp(b): exp(a - out) and exp(b - out)
        elementwise(Elementwise.LOGADDEXP, (g, in, out, need) -> grads(
                need[0] ? unbroadcast(MULTIPLY.apply(g, function(MathFunction.EXP).apply(SUBTRACT.apply(in[0], out))), in[0]) : null,
                need[1] ? unbroadcast(MULTIPLY.apply(g, function(MathFunction.EXP).apply(SUBTRACT.apply(in[1], out))), in[1]) : null));
    }

    private static Primitive elementwise(Elementwise operation, Backward backward) {
        Primitive primitive = new Rule(operation.name().toLowerCase(java.util.Locale.ROOT),
                inputs -> Operations.binary(operation, inputs[0], inputs[1]), backward);
        ELEMENTWISE[operation.ordinal()] = primitive;
        return primitive;
    }

    /** The entry of a two-input elementwise operation; one without a rule (a comparison) is a named error. */
    public static Primitive elementwise(Elementwise operation) {
        Primitive primitive = ELEMENTWISE[operation.ordinal()];
        if (primitive == null) throw missingRule("'" + operation.symbol + "'");
        return primitive;
    }

    private static Value floorOfQuotient(Value a, Value b) {
        Value quotient = constant(Elementwise.DIVIDE, a, b);
        return SUBTRACT.apply(quotient, constant(Elementwise.MODULO, quotient, Num.ONE));
    }

    /** maximum/minimum: the gradient goes to the winner; a tie splits it in halves. */
    private static Value[] routeToWinner(Value g, Value[] in, boolean[] need, Elementwise wins) {
        Value share = ADD.apply(constant(wins, in[0], in[1]), MULTIPLY.apply(new Num(0.5), constant(Elementwise.EQUAL, in[0], in[1])));
        return grads(
                need[0] ? unbroadcast(MULTIPLY.apply(g, share), in[0]) : null,
                need[1] ? unbroadcast(MULTIPLY.apply(g, SUBTRACT.apply(Num.ONE, share)), in[1]) : null);
    }

    // ------------------------------------------------------------------ elementwise, one input

    private static final Primitive[] FUNCTIONS = new Primitive[MathFunction.values().length];

    static {
        function(MathFunction.NEGATE, (g, in, out, need) -> grads(negate(g)));
        function(MathFunction.EXP, (g, in, out, need) -> grads(MULTIPLY.apply(g, out)));
        function(MathFunction.LOG, (g, in, out, need) -> grads(DIVIDE.apply(g, in[0])));
        function(MathFunction.SQRT, (g, in, out, need) -> grads(DIVIDE.apply(g, MULTIPLY.apply(new Num(2), out))));
        // |x|' = sign(x), and 0 at 0 as in PyTorch
        function(MathFunction.ABS, (g, in, out, need) -> grads(MULTIPLY.apply(g, SUBTRACT.apply(
                constant(Elementwise.GREATER, in[0], Num.ZERO), constant(Elementwise.LESS, in[0], Num.ZERO)))));
        function(MathFunction.SIN, (g, in, out, need) -> grads(MULTIPLY.apply(g, function(MathFunction.COS).apply(in[0]))));
        function(MathFunction.COS, (g, in, out, need) -> grads(negate(MULTIPLY.apply(g, function(MathFunction.SIN).apply(in[0])))));
        function(MathFunction.TANH, (g, in, out, need) -> grads(MULTIPLY.apply(g, SUBTRACT.apply(Num.ONE, MULTIPLY.apply(out, out)))));
        function(MathFunction.TAN, (g, in, out, need) -> grads(MULTIPLY.apply(g, ADD.apply(Num.ONE, MULTIPLY.apply(out, out)))));
        function(MathFunction.LOG2, (g, in, out, need) -> grads(DIVIDE.apply(g, MULTIPLY.apply(in[0], new Num(Math.log(2))))));
        function(MathFunction.LOG10, (g, in, out, need) -> grads(DIVIDE.apply(g, MULTIPLY.apply(in[0], new Num(Math.log(10))))));
        function(MathFunction.SIGMOID, (g, in, out, need) -> grads(MULTIPLY.apply(g, MULTIPLY.apply(out, SUBTRACT.apply(Num.ONE, out)))));
        // relu' is 1 above 0 and 0 elsewhere (0 at 0, as PyTorch)
        function(MathFunction.RELU, (g, in, out, need) -> grads(MULTIPLY.apply(g, constant(Elementwise.GREATER, in[0], Num.ZERO))));
        // Phi'(z) = phi(z) = exp(-z^2 / 2) / sqrt(2 pi); the inverse's derivative is 1 / phi(Phi^-1(q))
        function(MathFunction.NORMAL_CDF, (g, in, out, need) -> grads(MULTIPLY.apply(g, standardNormalDensity(in[0]))));
        function(MathFunction.NORMAL_PPF, (g, in, out, need) -> grads(DIVIDE.apply(g, standardNormalDensity(out))));
        function(MathFunction.SINH, (g, in, out, need) -> grads(MULTIPLY.apply(g, function(MathFunction.COSH).apply(in[0]))));
        function(MathFunction.COSH, (g, in, out, need) -> grads(MULTIPLY.apply(g, function(MathFunction.SINH).apply(in[0]))));
        function(MathFunction.ARCSIN, (g, in, out, need) -> grads(DIVIDE.apply(g, root(SUBTRACT.apply(Num.ONE, MULTIPLY.apply(in[0], in[0]))))));
        function(MathFunction.ARCCOS, (g, in, out, need) -> grads(negate(DIVIDE.apply(g, root(SUBTRACT.apply(Num.ONE, MULTIPLY.apply(in[0], in[0])))))));
        function(MathFunction.ARCTAN, (g, in, out, need) -> grads(DIVIDE.apply(g, ADD.apply(Num.ONE, MULTIPLY.apply(in[0], in[0])))));
        function(MathFunction.ARCSINH, (g, in, out, need) -> grads(DIVIDE.apply(g, root(ADD.apply(MULTIPLY.apply(in[0], in[0]), Num.ONE)))));
        function(MathFunction.ARCCOSH, (g, in, out, need) -> grads(DIVIDE.apply(g, root(SUBTRACT.apply(MULTIPLY.apply(in[0], in[0]), Num.ONE)))));
        function(MathFunction.ARCTANH, (g, in, out, need) -> grads(DIVIDE.apply(g, SUBTRACT.apply(Num.ONE, MULTIPLY.apply(in[0], in[0])))));
        function(MathFunction.LOG1P, (g, in, out, need) -> grads(DIVIDE.apply(g, ADD.apply(Num.ONE, in[0]))));
        function(MathFunction.EXPM1, (g, in, out, need) -> grads(MULTIPLY.apply(g, ADD.apply(out, Num.ONE))));
        function(MathFunction.EXP2, (g, in, out, need) -> grads(MULTIPLY.apply(g, MULTIPLY.apply(out, new Num(Math.log(2))))));
        function(MathFunction.SQUARE, (g, in, out, need) -> grads(MULTIPLY.apply(g, MULTIPLY.apply(new Num(2), in[0]))));
        function(MathFunction.RECIPROCAL, (g, in, out, need) -> grads(negate(MULTIPLY.apply(g, MULTIPLY.apply(out, out)))));
        // sinc'(x) = (cos(pi x) - sinc(x)) / x, and 0 at 0 (where sinc is flat); the second
        // derivative at exactly 0 is therefore 0 here, not -pi^2 / 3
        function(MathFunction.SINC, (g, in, out, need) -> {
            Value zero = constant(Elementwise.EQUAL, in[0], Num.ZERO);
            Value slope = DIVIDE.apply(SUBTRACT.apply(function(MathFunction.COS).apply(MULTIPLY.apply(in[0], new Num(Math.PI))), out),
                    ADD.apply(in[0], zero));
            return grads(MULTIPLY.apply(g, where(zero).apply(Num.ZERO, slope)));
        });
        function(MathFunction.DEG2RAD, (g, in, out, need) -> grads(MULTIPLY.apply(g, new Num(Math.PI / 180))));
        function(MathFunction.RAD2DEG, (g, in, out, need) -> grads(MULTIPLY.apply(g, new Num(180 / Math.PI))));
        // erf'(x) = 2 / sqrt(pi) exp(-x^2), and erfc = 1 - erf
        function(MathFunction.ERF, (g, in, out, need) -> grads(MULTIPLY.apply(g, gaussian(in[0]))));
        function(MathFunction.ERFC, (g, in, out, need) -> grads(negate(MULTIPLY.apply(g, gaussian(in[0])))));
        // softplus' = sigmoid, and 1 above the threshold 20 where softplus is x (as PyTorch)
        function(MathFunction.SOFTPLUS, (g, in, out, need) -> grads(where(constant(Elementwise.GREATER, in[0], new Num(20))).apply(
                g, MULTIPLY.apply(g, function(MathFunction.SIGMOID).apply(in[0])))));
    }

    private static Value root(Value x) {
        return function(MathFunction.SQRT).apply(x);
    }

    /** 2 / sqrt(pi) exp(-x^2): the derivative of erf. */
    private static Value gaussian(Value x) {
        return MULTIPLY.apply(new Num(2 / Math.sqrt(Math.PI)), function(MathFunction.EXP).apply(negate(MULTIPLY.apply(x, x))));
    }

    /**
     * nan_to_num: nan, inf and -inf replaced by constants; the gradient passes where x is finite
     * and is 0 at the replaced elements (as PyTorch's nan_to_num).
     */
    public static Primitive nanToNumber(double nan, double positive, double negative) {
        return new Rule("nan_to_num", inputs -> eachElement(inputs[0], x -> Double.isNaN(x) ? nan
                        : x == Double.POSITIVE_INFINITY ? positive : x == Double.NEGATIVE_INFINITY ? negative : x),
                (g, in, out, need) -> grads(MULTIPLY.apply(g, eachElement(Traced.strip(in[0]), x -> Double.isFinite(x) ? 1 : 0))));
    }

    private static Value eachElement(Value x, java.util.function.DoubleUnaryOperator rule) {
        if (x instanceof Num number) return new Num(rule.applyAsDouble(number.value()));
        Tensor tensor = Values.toTensor(x, "nan_to_num");
        double[] data = tensor.toArray();
        for (int i = 0; i < data.length; i++) data[i] = rule.applyAsDouble(data[i]);
        return new TensorValue(Tensor.of(data, tensor.shape()));
    }

    private static Value standardNormalDensity(Value z) {
        Value exponent = MULTIPLY.apply(new Num(-0.5), MULTIPLY.apply(z, z));
        return DIVIDE.apply(function(MathFunction.EXP).apply(exponent), new Num(Math.sqrt(2 * Math.PI)));
    }

    private static void function(MathFunction function, Backward backward) {
        String name = function.name().toLowerCase(java.util.Locale.ROOT);
        FUNCTIONS[function.ordinal()] = new Rule(name, inputs -> Operations.apply(function, inputs[0], name), backward);
    }

    /** The entry of a one-input function; one without a rule (floor, sign) is a named error. */
    public static Primitive function(MathFunction function) {
        Primitive primitive = FUNCTIONS[function.ordinal()];
        if (primitive == null) throw missingRule(function.name().toLowerCase(java.util.Locale.ROOT) + "()");
        return primitive;
    }

    /** The one message for an operation the table has no entry for. */
    static LMathError missingRule(String operation) {
        return new LMathError("grad: " + operation + " has no gradient rule yet, so it cannot be used on a value that grad is "
                + "differentiating; " + WORKAROUND);
    }

    /** A rule that exists but gave no gradient for an input that needs one (input counts from 1, as a learner does). */
    static LMathError incompleteRule(String operation, int input) {
        return new LMathError("grad: " + operation + "'s gradient rule gives no gradient for its input " + input
                + ", so that input cannot be a value that grad is differentiating; " + WORKAROUND);
    }

    private static final String WORKAROUND =
            "compute it outside the function grad differentiates, or write it with operations that have one";

    // ------------------------------------------------------------------ matrix product

    /**
     * a @ b with NumPy's rules. Backward promotes 1-D operands to a row (left) or a column
     * (right) so that every case is the batched one: da = g @ b^T, db = a^T @ g, each summed over
     * the batch axes it was broadcast along.
     */
    public static final Primitive MATMUL = new Rule("matmul", inputs -> Operations.matmul(inputs[0], inputs[1]),
            (g, in, out, need) -> {
                int[] aShape = shapeOf(in[0]);
                int[] bShape = shapeOf(in[1]);
                if (aShape.length <= 2 && bShape.length <= 2 && !(g instanceof Traced) && !(in[0] instanceof Traced)
                        && !(in[1] instanceof Traced)) {
                    // No batch axes and a first derivative (nothing traced), as every product in B3
                    // and B8: the two products on tensors, without a trip through the table for each
                    // reshape and transpose.
                    return plainMatmulGradients(Values.toTensor(g, "matmul"), in[0], in[1], aShape, bShape, need);
                }
                Value a = aShape.length == 1 ? reshape(in[0], new int[] {1, aShape[0]}) : in[0];
                Value b = bShape.length == 1 ? reshape(in[1], new int[] {bShape[0], 1}) : in[1];
                int[] aMatrix = shapeOf(a);
                int[] bMatrix = shapeOf(b);
                if (aMatrix.length == 2 && bMatrix.length == 2) {
                    // No batch axes: nothing to broadcast or sum back.
                    Value g2 = reshapedIfNeeded(g, new int[] {aMatrix[0], bMatrix[1]});
                    return grads(
                            need[0] ? reshapedIfNeeded(Rules.MATMUL.apply(g2, swapLastAxes(b)), aShape) : null,
                            need[1] ? reshapedIfNeeded(Rules.MATMUL.apply(swapLastAxes(a), g2), bShape) : null);
                }
                int[] batch = Shapes.broadcast(Arrays.copyOf(aMatrix, aMatrix.length - 2),
                        Arrays.copyOf(bMatrix, bMatrix.length - 2), "matmul");
                int[] promoted = Arrays.copyOf(batch, batch.length + 2);
                promoted[batch.length] = aMatrix[aMatrix.length - 2];
                promoted[batch.length + 1] = bMatrix[bMatrix.length - 1];
                Value g2 = reshape(g, promoted);
                return grads(
                        need[0] ? reshape(unbroadcast(Rules.MATMUL.apply(g2, swapLastAxes(b)), a), aShape) : null,
                        need[1] ? reshape(unbroadcast(Rules.MATMUL.apply(swapLastAxes(a), g2), b), bShape) : null);
            });

    /**
     * da = g b^T and db = a^T g for operands with at most two axes, each in its operand's own shape;
     * only the ones needed.
     */
    private static Value[] plainMatmulGradients(Tensor g, Value a, Value b, int[] aShape, int[] bShape, boolean[] need) {
        int[] product = {aShape.length == 1 ? 1 : aShape[0], bShape.length == 1 ? 1 : bShape[1]};
        Tensor g2 = Arrays.equals(g.shape(), product) ? g : g.reshape(product);
        return grads(need[0] ? Values.fromTensor(inShape(g2.matmul(transposedMatrix(b, false)), aShape)) : null,
                need[1] ? Values.fromTensor(inShape(transposedMatrix(a, true).matmul(g2), bShape)) : null);
    }

    /**
     * A plain operand of '@' as a matrix, transposed. A vector is a row on the left of '@' and a
     * column on its right, so transposed it is a column or a row: one reshape, not a reshape and a transpose.
     */
    private static Tensor transposedMatrix(Value operand, boolean left) {
        Tensor x = Values.toTensor(operand, "matmul");
        if (x.ndim() != 1) return x.transpose();
        return x.reshape(left ? new int[] {x.size(), 1} : new int[] {1, x.size()});
    }

    private static Tensor inShape(Tensor x, int[] shape) {
        return Arrays.equals(x.shape(), shape) ? x : x.reshape(shape);
    }

    private static Value swapLastAxes(Value x) {
        int rank = shapeOf(x).length;
        int[] order = new int[rank];
        for (int i = 0; i < rank; i++) order[i] = i;
        order[rank - 2] = rank - 1;
        order[rank - 1] = rank - 2;
        return permuting(order).apply(x);
    }

    /**
     * x^(n - 1), the power in the derivative of x^n, written x^(n - 1 + (n == 0)) so that the
     * derivative of x^0 is 0 * x^0 and not 0 * x^-1 (nan at 0). A plain number n (x^2, the usual
     * case) gets the same exponent computed at once, and x^1 is x itself (Math.pow(x, 1) is x).
     */
    private static Value powerBelow(Value x, Value n) {
        if (n instanceof Num exponent) {
            double lower = (exponent.value() - 1) + (exponent.value() == 0 ? 1 : 0);
            if (lower == 1 && !(x instanceof Traced)) return x;
            return Differentiable.binary(Elementwise.POWER, x, new Num(lower));
        }
        return Differentiable.binary(Elementwise.POWER, x, ADD.apply(SUBTRACT.apply(n, Num.ONE), constant(Elementwise.EQUAL, n, Num.ZERO)));
    }

    // ------------------------------------------------------------------ reductions

    public static Primitive reduction(Reduction reduction, int[] axes, boolean keepDimensions) {
        Compute compute = inputs -> reduce(reduction, inputs[0], axes, keepDimensions);
        return switch (reduction) {
            case SUM -> new Rule("sum", compute, (g, in, out, need) -> {
                int[] shape = shapeOf(in[0]);
                if (g instanceof Num number && shape.length > 0) return grads(spread(number.value(), shape));
                return grads(Differentiable.broadcastTo(reshape(g, Differentiable.keptShape(shape, axes)), shape));
            });
            case MEAN -> new Rule("mean", compute, (g, in, out, need) -> {
                int[] shape = shapeOf(in[0]);
                int[] kept = Differentiable.keptShape(shape, axes);
                double count = (double) Shapes.size(shape) / Shapes.size(kept);
                if (g instanceof Num number && shape.length > 0) return grads(spread(number.value() / count, shape));
                return grads(Differentiable.broadcastTo(DIVIDE.apply(reshape(g, kept), new Num(count)), shape));
            });
            case MAX, MIN -> new Rule(reduction.functionName, compute, (g, in, out, need) -> {
                // The gradient goes to the elements equal to the result, split evenly among ties.
                int[] shape = shapeOf(in[0]);
                int[] kept = Differentiable.keptShape(shape, axes);
                Value winners = constant(Elementwise.EQUAL, in[0], reshape(Traced.strip(out), kept));
                Value count = reduce(Reduction.SUM, winners, axes, true);
                return grads(MULTIPLY.apply(DIVIDE.apply(reshape(g, kept), count), winners));
            });
        };
    }

    /**
     * A plain number's gradient spread over every element of a tensor's shape: what the general
     * path (reshape to the kept shape, divide, broadcast) gives for a reduction to a number, when
     * nothing is traced (a first derivative), without three trips through the table.
     */
    private static Value spread(double value, int[] shape) {
        return new TensorValue(Tensor.full(shape, value));
    }

    private static Value reduce(Reduction reduction, Value x, int[] axes, boolean keepDimensions) {
        if (x instanceof Num && (axes == null || axes.length == 0)) return x;
        return Values.fromTensor(Values.argumentOf(reduction.functionName, x).reduce(reduction, axes, keepDimensions));
    }

    /** prod; its gradient is, for each element, the product of the others (exact when some are 0). */
    public static Primitive product(int[] axes, boolean keepDimensions) {
        return new Rule("prod", inputs -> Traced.strip(inputs[0]) instanceof Num && axes == null ? inputs[0]
                        : Values.fromTensor(Values.toTensor(inputs[0], "prod").product(axes, keepDimensions)),
                (g, in, out, need) -> {
                    int[] shape = shapeOf(in[0]);
                    // under an outer grad, the products of the others as differentiable steps (second derivatives)
                    Value others = Differentiable.isTraced(in[0]) ? productsOfOthers(in[0], axes)
                            : productOfOthers(axes).apply(in[0]);
                    return grads(MULTIPLY.apply(Differentiable.broadcastTo(reshape(g, Differentiable.keptShape(shape, axes)), shape), others));
                });
    }

    /**
     * For each element, the product of the other elements of its line (the reduced axes), as
     * differentiable steps: each line of m elements becomes m copies with a 1 in the place left
     * out, and prod multiplies each copy. Exact with zeros, and differentiable again through prod.
     */
    private static Value productsOfOthers(Value x, int[] axes) {
        int[] shape = shapeOf(x);
        boolean[] reduced = new boolean[shape.length];
        if (axes == null) java.util.Arrays.fill(reduced, true);
        else for (int axis : axes) reduced[Shapes.axis(axis, shape.length)] = true;
        int[] order = new int[shape.length];
        int k = 0, m = 1;
        java.util.List<Integer> kept = new java.util.ArrayList<>();
        for (int d = 0; d < shape.length; d++) if (!reduced[d]) { order[k++] = d; kept.add(shape[d]); }
        for (int d = 0; d < shape.length; d++) if (reduced[d]) { order[k++] = d; m *= shape[d]; }
        int[] lines = new int[kept.size() + 1];
        for (int i = 0; i < kept.size(); i++) lines[i] = kept.get(i);
        lines[kept.size()] = m;
        Value flat = reshape(permuting(order).apply(x), lines);
        int[] spread = java.util.Arrays.copyOf(lines, lines.length + 1);
        spread[lines.length - 1] = 1;
        spread[lines.length] = m;
        int[] copies = spread.clone();
        copies[lines.length - 1] = m;
        Value repeated = Differentiable.broadcastTo(reshape(flat, spread), copies);
        Value withOnes = where(new TensorValue(Tensor.eye(m, m))).apply(Num.ONE, repeated);
        Value others = product(new int[] {-1}, false).apply(withOnes);
        int[] permuted = new int[shape.length];
        for (int d = 0; d < shape.length; d++) permuted[d] = shape[order[d]];
        int[] inverse = new int[shape.length];
        for (int d = 0; d < shape.length; d++) inverse[order[d]] = d;
        return permuting(inverse).apply(reshape(others, permuted));
    }

    private static Primitive productOfOthers(int[] axes) {
        return new Rule("prod", inputs -> Traced.strip(inputs[0]) instanceof Num ? Num.ONE
                        : new TensorValue(Values.toTensor(inputs[0], "prod").productOfOthers(axes)),
                (g, in, out, need) -> {
                    throw new LMathError("grad: second derivatives of prod are not supported yet");
                });
    }

    /**
     * clip(x, low, high), either bound none: the gradient passes where low <= x <= high (the
     * bounds are constants, traced or not), as PyTorch's clamp.
     */
    public static Primitive clip(Value tracedLow, Value tracedHigh) {
        Value low = Traced.strip(tracedLow), high = Traced.strip(tracedHigh);
        return new Rule("clip", inputs -> {
            Value result = inputs[0];
            if (low != org.lmath.value.NoneValue.NONE) result = Operations.binary(Elementwise.MAXIMUM, result, low);
            if (high != org.lmath.value.NoneValue.NONE) result = Operations.binary(Elementwise.MINIMUM, result, high);
            return result;
        }, (g, in, out, need) -> {
            Value inside = Num.ONE;
            if (low != org.lmath.value.NoneValue.NONE) inside = MULTIPLY.apply(inside, constant(Elementwise.GREATER_EQUAL, in[0], low));
            if (high != org.lmath.value.NoneValue.NONE) inside = MULTIPLY.apply(inside, constant(Elementwise.LESS_EQUAL, in[0], high));
            return grads(MULTIPLY.apply(g, inside));
        });
    }

    /** where(condition, a, b): the condition is a constant (traced or not); each branch gets the gradient where it was chosen. */
    public static Primitive where(Value tracedCondition) {
        Value condition = Traced.strip(tracedCondition);
        return new Rule("where",
                inputs -> Values.fromTensor(Tensor.where(Values.toTensor(condition, "where"),
                        Values.toTensor(inputs[0], "where"), Values.toTensor(inputs[1], "where"))),
                (g, in, out, need) -> grads(
                        need[0] ? unbroadcast(where(condition).apply(g, Num.ZERO), in[0]) : null,
                        need[1] ? unbroadcast(where(condition).apply(Num.ZERO, g), in[1]) : null));
    }

    /** cumsum along an axis (reverse: from the end back); the gradient is the running sum of g the other way. */
    public static Primitive cumulativeSum(int axis, boolean reverse) {
        return new Rule("cumsum",
                inputs -> new TensorValue(Cumulative.sum(Values.toTensor(inputs[0], "cumsum"), axis, reverse)),
                (g, in, out, need) -> grads(cumulativeSum(axis, !reverse).apply(g)));
    }

    /**
     * Elements moved along an axis by positions (a permutation of each line, as argsort gives):
     * gathered (result[k] = x[positions[k]]) or scattered back (result[positions[k]] = x[k]). Each
     * is the other's gradient, so sort, a gather by argsort, differentiates at every order.
     */
    public static Primitive alongAxis(Tensor positions, int axis, boolean scatter) {
        return new Rule(scatter ? "scatter" : "sort",
                inputs -> {
                    Tensor x = Values.toTensor(inputs[0], "sort");
                    return new TensorValue(scatter ? Sorting.scatter(x, positions, axis) : Sorting.gather(x, positions, axis));
                },
                (g, in, out, need) -> grads(alongAxis(positions, axis, !scatter).apply(g)));
    }

    // ------------------------------------------------------------------ linear algebra

    /** inv(A); d inv(A) = -inv(A) dA inv(A), so the gradient is -inv(A)^T g inv(A)^T. */
    public static final Primitive INVERSE = new Rule("inv",
            inputs -> new TensorValue(Values.toTensor(inputs[0], "inv").inverse()),
            (g, in, out, need) -> {
                Value outT = Differentiable.transpose(out);
                return grads(negate(MATMUL.apply(MATMUL.apply(outT, g), outT)));
            });

    /** det(A); its gradient is det(A) inv(A)^T. */
    public static final Primitive DETERMINANT = new Rule("det",
            inputs -> new Num(Values.toTensor(inputs[0], "det").determinant()),
            (g, in, out, need) -> grads(MULTIPLY.apply(MULTIPLY.apply(g, out),
                    Differentiable.transpose(INVERSE.apply(in[0])))));

    /** solve(A, b) = x with A x = b: db = solve(A^T, g), dA = -db x^T. */
    public static final Primitive SOLVE = new Rule("solve",
            inputs -> Values.fromTensor(Values.toTensor(inputs[0], "solve").solve(Values.toTensor(inputs[1], "solve"))),
            (g, in, out, need) -> {
                Value gb = Rules.SOLVE.apply(Differentiable.transpose(in[0]), g);
                Value gA = null;
                if (need[0]) {
                    int[] xShape = shapeOf(out);
                    Value column = xShape.length == 1 ? reshape(gb, new int[] {xShape[0], 1}) : gb;
                    Value row = xShape.length == 1 ? reshape(out, new int[] {1, xShape[0]}) : Differentiable.transpose(out);
                    gA = negate(MATMUL.apply(column, row));
                }
                return grads(gA, need[1] ? gb : null);
            });

    /** eigh's eigenvalues L (ascending) of a symmetric A: dL_i = v_i^T dA v_i, so the gradient is V diag(g) V^T. */
    public static final Primitive EIGH_VALUES = new Rule("eigh",
            inputs -> new TensorValue(Decompositions.eigh(Values.toTensor(inputs[0], "eigh"))[0]),
            (g, in, out, need) -> {
                Value vectors = Rules.EIGH_VECTORS.apply(in[0]);
                return grads(MATMUL.apply(MULTIPLY.apply(vectors, g), Differentiable.transpose(vectors)));
            });

    /**
     * eigh's eigenvectors V (columns), as PyTorch's linalg_eigh backward: with M = skew(V^T g) / E,
     * E[i, j] = L[j] - L[i] (1 on the diagonal, where skew(V^T g) is 0), the gradient is V M V^T,
     * a symmetric matrix. Repeated eigenvalues divide by 0 there, as in PyTorch.
     */
    public static final Primitive EIGH_VECTORS = new Rule("eigh",
            inputs -> new TensorValue(Decompositions.eigh(Values.toTensor(inputs[0], "eigh"))[1]),
            (g, in, out, need) -> {
                Value values = EIGH_VALUES.apply(in[0]);
                int n = shapeOf(values)[0];
                Value projected = MATMUL.apply(Differentiable.transpose(out), g);
                Value skew = MULTIPLY.apply(new Num(0.5), SUBTRACT.apply(projected, Differentiable.transpose(projected)));
                Value middle = DIVIDE.apply(skew, eigenvalueGaps(values, n));
                return grads(MATMUL.apply(MATMUL.apply(out, middle), Differentiable.transpose(out)));
            });

    /** eig's eigenvalues L of a matrix with real ones: dL_i = (V^-1 dA V)_ii, so the gradient is V^-T diag(g) V^T. */
    public static final Primitive EIG_VALUES = new Rule("eig",
            inputs -> new TensorValue(Decompositions.eig(Values.toTensor(inputs[0], "eig"))[0]),
            (g, in, out, need) -> {
                Value vectors = Rules.EIG_VECTORS.apply(in[0]);
                int n = shapeOf(out)[0];
                Value vectorsT = Differentiable.transpose(vectors);
                return grads(SOLVE.apply(vectorsT, MULTIPLY.apply(reshape(g, new int[] {n, 1}), vectorsT)));
            });

    /**
     * eig's eigenvectors V (unit columns), as PyTorch's linalg_eig backward for real eigenvalues:
     * P = V^T g - (V^T V) diag(diag(V^T g)) keeps the columns at length 1, M = P / E with
     * E[i, j] = L[j] - L[i] (1 on the diagonal, where P is 0), and the gradient is V^-T M V^T.
     */
    public static final Primitive EIG_VECTORS = new Rule("eig",
            inputs -> new TensorValue(Decompositions.eig(Values.toTensor(inputs[0], "eig"))[1]),
            (g, in, out, need) -> {
                Value values = EIG_VALUES.apply(in[0]);
                int n = shapeOf(values)[0];
                Value identity = new TensorValue(Tensor.eye(n, n));
                Value outT = Differentiable.transpose(out);
                Value projected = MATMUL.apply(outT, g);
                Value diagonal = Differentiable.reduce(Reduction.SUM, MULTIPLY.apply(projected, identity), new int[] {0}, true);
                Value tangent = SUBTRACT.apply(projected, MULTIPLY.apply(MATMUL.apply(outT, out), diagonal));
                Value middle = DIVIDE.apply(tangent, eigenvalueGaps(values, n));
                return grads(SOLVE.apply(outT, MATMUL.apply(middle, outT)));
            });

    /**
     * The singular values S of a matrix (descending): dS_i = u_i^T dA v_i, so the gradient is
     * U diag(g) Vt with the reduced U and Vt. U and Vt enter as constants, which is right only for
     * a first derivative: when an outer grad traces the matrix too, this is an error instead.
     */
    public static final Primitive SINGULAR_VALUES = new Rule("svd",
            inputs -> new TensorValue(Decompositions.singularValues(Values.toTensor(inputs[0], "svd"))),
            (g, in, out, need) -> {
                if (Differentiable.isTraced(in[0])) {
                    throw new LMathError("grad: second derivatives through singular values (svd, norm with ord 2, -2 "
                            + "or \"nuc\") are not supported yet");
                }
                Tensor[] parts = Decompositions.svd(Values.toTensor(in[0], "svd"), false);
                return grads(MATMUL.apply(MULTIPLY.apply(new TensorValue(parts[0]), g), new TensorValue(parts[2])));
            });

    /**
     * svd's U (part 0) or Vt (part 2), with Townsend's rules for the reduced factors (as
     * PyTorch's svd backward): with F[i, j] = 1 / (s_j^2 - s_i^2) off the diagonal and 0 on it,
     * U's gradient Ubar gives U (F o (U^T Ubar - Ubar^T U)) S V^T + (I - U U^T) Ubar S^-1 V^T, and
     * V's gradient Vbar gives U S (F o (V^T Vbar - Vbar^T V)) V^T + U S^-1 Vbar^T (I - V V^T).
     * Repeated singular values divide by 0 there, as in PyTorch; the extra columns full_matrices
     * adds to U or rows to Vt are not unique, so they have no gradient.
     */
    public static Primitive singularVectors(int part, boolean full) {
        return new Rule("svd", inputs -> new TensorValue(Decompositions.svd(Values.toTensor(inputs[0], "svd"), full)[part]),
                (g, in, out, need) -> {
                    int[] shape = shapeOf(in[0]);
                    if (full && shape[0] != shape[1]) {
                        throw new LMathError("grad: svd's " + (part == 0 ? "U" : "Vt") + " with full_matrices=true has "
                                + "columns that are not unique, so no gradient; use svd(A, full_matrices=false)");
                    }
                    Value u = singularVectors(0, false).apply(in[0]);
                    Value s = SINGULAR_VALUES.apply(in[0]);
                    Value vt = singularVectors(2, false).apply(in[0]);
                    int k = shapeOf(s)[0];
                    Value identity = new TensorValue(Tensor.eye(k, k));
                    Value squares = MULTIPLY.apply(s, s);
                    Value gaps = ADD.apply(SUBTRACT.apply(reshape(squares, new int[] {1, k}), reshape(squares, new int[] {k, 1})), identity);
                    Value f = DIVIDE.apply(SUBTRACT.apply(Num.ONE, identity), gaps);
                    Value inverseS = DIVIDE.apply(Num.ONE, s);
                    if (part == 0) {
                        Value projected = MATMUL.apply(Differentiable.transpose(u), g);
                        Value middle = MULTIPLY.apply(MULTIPLY.apply(f, SUBTRACT.apply(projected, Differentiable.transpose(projected))), reshape(s, new int[] {1, k}));
                        Value outside = MULTIPLY.apply(SUBTRACT.apply(g, MATMUL.apply(u, projected)), reshape(inverseS, new int[] {1, k}));
                        return grads(ADD.apply(MATMUL.apply(MATMUL.apply(u, middle), vt), MATMUL.apply(outside, vt)));
                    }
                    Value vbar = Differentiable.transpose(g);
                    Value projected = MATMUL.apply(vt, vbar);
                    Value middle = MULTIPLY.apply(reshape(s, new int[] {k, 1}), MULTIPLY.apply(f, SUBTRACT.apply(projected, Differentiable.transpose(projected))));
                    Value outside = SUBTRACT.apply(g, MATMUL.apply(MATMUL.apply(g, Differentiable.transpose(vt)), vt));
                    return grads(ADD.apply(MATMUL.apply(MATMUL.apply(u, middle), vt),
                            MATMUL.apply(MULTIPLY.apply(u, reshape(inverseS, new int[] {1, k})), outside)));
                });
    }

    /**
     * qr's Q (part 0) or R (part 1), reduced. For m >= n, PyTorch's rule (qrBackward). For a wide
     * matrix (m < n) A = [X | Y] with X square, R = [U | V], X = Q U and Y = Q V, so (as PyTorch,
     * after Liao et al. 2019) X's gradient is the square rule's with gQ + Y gV^T and gU, and Y's is Q gV.
     */
    public static Primitive qrFactor(int part) {
        return new Rule("qr", inputs -> new TensorValue(org.lmath.tensor.Factorizations.qr(Values.toTensor(inputs[0], "qr"))[part]),
                (g, in, out, need) -> {
                    int[] shape = shapeOf(in[0]);
                    Value q = qrFactor(0).apply(in[0]);
                    Value r = qrFactor(1).apply(in[0]);
                    if (shape[0] >= shape[1]) return grads(part == 0 ? qrBackward(q, r, g, null) : qrBackward(q, r, null, g));
                    int m = shape[0];
                    Value u = columns(r, 0, m);
                    if (part == 0) {
                        Value zeros = new TensorValue(Tensor.full(new int[] {m, shape[1] - m}, 0));
                        return grads(concat(1).apply(qrBackward(q, u, g, null), zeros));
                    }
                    Value gU = columns(g, 0, m), gV = columns(g, m, shape[1]);
                    Value gQ = MATMUL.apply(columns(in[0], m, shape[1]), Differentiable.transpose(gV));
                    return grads(concat(1).apply(qrBackward(q, u, gQ, gU), MATMUL.apply(q, gV)));
                });
    }

    /**
     * The gradient of A = Q R (m >= n, R square) from gQ and gR (either may be null), PyTorch's rule:
     * M = R gR^T - gQ^T Q, B = gQ + Q copyltu(M) (M's lower triangle mirrored onto the upper), B R^-T.
     */
    private static Value qrBackward(Value q, Value r, Value gQ, Value gR) {
        int n = shapeOf(r)[1];
        Value m = gR == null ? null : MATMUL.apply(r, Differentiable.transpose(gR));
        if (gQ != null) {
            Value term = negate(MATMUL.apply(Differentiable.transpose(gQ), q));
            m = m == null ? term : ADD.apply(m, term);
        }
        double[] strictlyLower = new double[n * n], diagonal = new double[n * n];
        for (int i = 0; i < n; i++) {
            diagonal[i * n + i] = 1;
            for (int j = 0; j < i; j++) strictlyLower[i * n + j] = 1;
        }
        Value lower = MULTIPLY.apply(m, new TensorValue(Tensor.of(strictlyLower, new int[] {n, n})));
        Value mirrored = ADD.apply(ADD.apply(lower, Differentiable.transpose(lower)), MULTIPLY.apply(m, new TensorValue(Tensor.of(diagonal, new int[] {n, n}))));
        Value b = MATMUL.apply(q, mirrored);
        if (gQ != null) b = ADD.apply(gQ, b);
        return MATMUL.apply(b, Differentiable.transpose(INVERSE.apply(r)));
    }

    /** The columns from start (included) to stop (excluded) of a matrix, differentiably. */
    private static Value columns(Value matrix, int start, int stop) {
        return Differentiable.index(matrix, List.of(new IndexItem.Slice(null, null, null), new IndexItem.Slice(start, stop, null)));
    }

    /**
     * pinv(A) with singular values below rcond * max(S) counted as 0; PyTorch's pinv_backward
     * (exact where A's rank does not change nearby, as for a full-rank A), written for the smaller
     * of the two products: with P = pinv(A) and G = g^T, for m <= n, K = G P and the gradient
     * -(P K)^T + K P^T - A P K P^T + P^T P (G - K A); for m > n, K = P G and
     * -(K P)^T + (G - A K) P P^T + P^T K - P^T K P A.
     */
    public static Primitive pseudoInverse(double rcond) {
        return new Rule("pinv", inputs -> new TensorValue(org.lmath.tensor.LeastSquares.pseudoInverse(Values.toTensor(inputs[0], "pinv"), rcond)),
                (g, in, out, need) -> grads(pseudoInverseBackward(g, out, in[0])));
    }

    private static Value pseudoInverseBackward(Value g, Value pinv, Value a) {
        int[] shape = shapeOf(a);
        Value pinvT = Differentiable.transpose(pinv), gT = Differentiable.transpose(g);
        if (shape[0] <= shape[1]) {
            Value k = MATMUL.apply(gT, pinv);
            Value kPinvT = MATMUL.apply(k, pinvT);
            Value result = ADD.apply(negate(Differentiable.transpose(MATMUL.apply(pinv, k))), kPinvT);
            result = SUBTRACT.apply(result, MATMUL.apply(MATMUL.apply(a, pinv), kPinvT));
            return ADD.apply(result, MATMUL.apply(MATMUL.apply(pinvT, pinv), SUBTRACT.apply(gT, MATMUL.apply(k, a))));
        }
        Value k = MATMUL.apply(pinv, gT);
        Value pinvTK = MATMUL.apply(pinvT, k);
        Value result = negate(Differentiable.transpose(MATMUL.apply(k, pinv)));
        result = ADD.apply(result, MATMUL.apply(MATMUL.apply(SUBTRACT.apply(gT, MATMUL.apply(a, k)), pinv), pinvT));
        result = ADD.apply(result, pinvTK);
        return SUBTRACT.apply(result, MATMUL.apply(MATMUL.apply(pinvTK, pinv), a));
    }

    /**
     * lstsq's x (dgelsd), for b a vector or a matrix; as PyTorch's linalg_lstsq backward, x is
     * pinv(A) b to its gradient: b gets pinv(A)^T gx, and A what pinv gets from gx b^T.
     */
    public static Primitive leastSquares(double rcond) {
        return new Rule("lstsq", inputs -> Values.fromTensor(org.lmath.tensor.LeastSquares.solve(Values.toTensor(inputs[0], "lstsq"),
                        Values.toTensor(inputs[1], "lstsq"), rcond).x()),
                (g, in, out, need) -> {
                    Value pinv = pseudoInverse(rcond).apply(in[0]);
                    Value gA = null;
                    if (need[0]) {
                        int[] bShape = shapeOf(in[1]);
                        Value gPinv = bShape.length == 1
                                ? MATMUL.apply(reshape(g, new int[] {shapeOf(g)[0], 1}), reshape(in[1], new int[] {1, bShape[0]}))
                                : MATMUL.apply(g, Differentiable.transpose(in[1]));
                        gA = pseudoInverseBackward(gPinv, pinv, in[0]);
                    }
                    return grads(gA, need[1] ? MATMUL.apply(Differentiable.transpose(pinv), g) : null);
                });
    }

    /** log|det(A)| (slogdet's second part); its gradient is inv(A)^T, as det's divided by det. */
    public static final Primitive LOG_ABS_DET = new Rule("slogdet",
            inputs -> new Num(org.lmath.tensor.Factorizations.signAndLogDeterminant(Values.toTensor(inputs[0], "slogdet"))[1]),
            (g, in, out, need) -> grads(MULTIPLY.apply(g, Differentiable.transpose(INVERSE.apply(in[0])))));

    /**
     * cholesky(A) = L, lower, A = L L^T; as PyTorch's backward: with phi = (L^T tril(g)) masked to
     * its lower triangle with the diagonal halved, the gradient is L^-T phi L^-1, made symmetric.
     */
    public static final Primitive CHOLESKY = new Rule("cholesky",
            inputs -> new TensorValue(org.lmath.tensor.Factorizations.cholesky(Values.toTensor(inputs[0], "cholesky"))),
            (g, in, out, need) -> {
                int n = shapeOf(out)[0];
                double[] lower = new double[n * n], halved = new double[n * n];
                for (int i = 0; i < n; i++) {
                    for (int j = 0; j <= i; j++) {
                        lower[i * n + j] = 1;
                        halved[i * n + j] = i == j ? 0.5 : 1;
                    }
                }
                Value lowerG = MULTIPLY.apply(g, new TensorValue(Tensor.of(lower, new int[] {n, n})));
                Value phi = MULTIPLY.apply(MATMUL.apply(Differentiable.transpose(out), lowerG), new TensorValue(Tensor.of(halved, new int[] {n, n})));
                Value inverse = INVERSE.apply(out);
                Value gradient = MATMUL.apply(MATMUL.apply(Differentiable.transpose(inverse), phi), inverse);
                return grads(MULTIPLY.apply(new Num(0.5), ADD.apply(gradient, Differentiable.transpose(gradient))));
            });

    /** E[i, j] = L[j] - L[i], with 1 on the diagonal (where the numerators are 0). */
    private static Value eigenvalueGaps(Value values, int n) {
        return ADD.apply(SUBTRACT.apply(reshape(values, new int[] {1, n}), reshape(values, new int[] {n, 1})), new TensorValue(Tensor.eye(n, n)));
    }

    // ------------------------------------------------------------------ joining

    /** concat along an axis; each input gets back its slice of the gradient. */
    public static Primitive concat(int axis) {
        return new Rule("concat", inputs -> {
            List<Tensor> parts = new java.util.ArrayList<>();
            for (Value input : inputs) parts.add(Values.toTensor(input, "concat"));
            return new TensorValue(Tensor.concat(parts, axis));
        }, (g, in, out, need) -> {
            int rank = shapeOf(out).length;
            int normal = Shapes.axis(axis, rank);
            Value[] result = new Value[in.length];
            int start = 0;
            for (int k = 0; k < in.length; k++) {
                int size = shapeOf(in[k])[normal];
                if (need[k]) {
                    List<IndexItem> items = new java.util.ArrayList<>();
                    for (int d = 0; d < normal; d++) items.add(new IndexItem.Slice(null, null, null));
                    items.add(new IndexItem.Slice(start, start + size, 1));
                    result[k] = Differentiable.index(g, items);
                }
                start += size;
            }
            return result;
        });
    }

    // ------------------------------------------------------------------ shapes

    public static Primitive reshaping(int[] shape) {
        return new Rule("reshape", inputs -> Values.fromTensor(Values.toTensor(inputs[0], "reshape").reshape(shape)),
                (g, in, out, need) -> grads(reshape(g, shapeOf(in[0]))));
    }

    public static Primitive permuting(int[] order) {
        int[] inverse = new int[order.length];
        for (int i = 0; i < order.length; i++) inverse[order[i]] = i;
        return new Rule("transpose", inputs -> Values.fromTensor(Values.toTensor(inputs[0], "transpose").permute(order)),
                (g, in, out, need) -> grads(permuting(inverse).apply(g)));
    }

    public static Primitive broadcasting(int[] shape) {
        return new Rule("broadcast", inputs -> new TensorValue(Values.toTensor(inputs[0], "broadcast").broadcastTo(shape)),
                (g, in, out, need) -> grads(unbroadcast(g, in[0])));
    }

    // ------------------------------------------------------------------ indexing and stacking

    /** x[items]; backward adds the gradient into zeros of x's shape at the selected places. */
    public static Primitive indexing(List<IndexItem> items, int[] sourceShape) {
        return new Rule("index", inputs -> Values.fromTensor(Values.toTensor(inputs[0], "index").index(items)),
                (g, in, out, need) -> grads(scatter(items, sourceShape).apply(g)));
    }

    /** The adjoint of indexing: values added into zeros of a shape at the selected places. */
    private static Primitive scatter(List<IndexItem> items, int[] shape) {
        return new Rule("scatter",
                inputs -> Values.fromTensor(Tensor.scatterAdd(shape, items, Values.toTensor(inputs[0], "scatter"))),
                (g, in, out, need) -> grads(Differentiable.index(g, items)));
    }

    /** [a, b, ...] of numbers or equal-shaped tensors; each gets its slice of the gradient back. */
    public static final Primitive STACK = new Rule("stack",
            inputs -> {
                Tensor stacked = Values.stack(List.of(inputs));
                if (stacked == null) throw new LMathError("cannot make a tensor of these values");
                return new TensorValue(stacked);
            },
            (g, in, out, need) -> {
                Value[] result = new Value[in.length];
                for (int i = 0; i < in.length; i++) {
                    if (need[i]) result[i] = Differentiable.index(g, List.of(new IndexItem.Single(i)));
                }
                return result;
            });
}
