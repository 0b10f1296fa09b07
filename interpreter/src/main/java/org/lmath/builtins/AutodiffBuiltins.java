package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Gradients;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.print.NumberFormat;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.Signature;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Differentiation: grad, value_and_grad, jacobian, hessian, and the teaching helpers numgrad and gradcheck. */
final class AutodiffBuiltins {

    private AutodiffBuiltins() {}

    private static final String TOPIC = "differentiation";

    static void register(BuiltinTable table, Gradients gradients) {
        table.add(TOPIC, "grad", Gradient.RULE, "A function giving the gradient of f (which returns a number) with respect to argument wrt "
                        + "(or a tuple of gradients for a list of positions).",
                args -> new Derived("grad", args.function("f"), wrt(args), (context, f, arguments, positions, many) -> {
                    List<Value> result = gradients.valueAndGradient(context, f, arguments, positions, "grad").gradients();
                    return many ? new TupleValue(List.copyOf(result)) : result.get(0);
                }), required("f"), optional("wrt", Num.ZERO));
        table.add(TOPIC, "value_and_grad", Gradient.RULE, "A function giving the tuple (f(...), gradient), the gradient as grad gives it.",
                args -> new Derived("value_and_grad", args.function("f"), wrt(args), (context, f, arguments, positions, many) -> {
                    Gradients.Result result = gradients.valueAndGradient(context, f, arguments, positions, "value_and_grad");
                    Value gradient = many ? new TupleValue(List.copyOf(result.gradients())) : result.gradients().get(0);
                    return TupleValue.of(result.value(), gradient);
                }), required("f"), optional("wrt", Num.ZERO));
        table.add(TOPIC, "jacobian", Gradient.RULE, "A function giving d f(x)[j] / d x[k] for every j and k: shape f(x).shape + x.shape.",
                args -> new Derived("jacobian", args.function("f"), wrt(args), (context, f, arguments, positions, many) -> {
                    if (many) throw new LMathError("jacobian differentiates with respect to one argument; give one position");
                    return gradients.jacobian(context, f, arguments, positions[0], "jacobian");
                }), required("f"), optional("wrt", Num.ZERO));
        table.add(TOPIC, "hessian", Gradient.RULE, "A function giving the second derivatives of f: for f returning a number, the matrix "
                        + "(shape x.shape + x.shape); for a tensor, one per element (f(x).shape + x.shape + x.shape, as JAX's hessian).",
                args -> {
                    FunctionValue f = args.function("f");
                    Positions positions = wrt(args);
                    // the jacobian of the jacobian: for a number-valued f its jacobian is its gradient
                    Derived first = new Derived("jacobian", f, positions, (context, g, arguments, p, many) ->
                            gradients.jacobian(context, g, arguments, p[0], "hessian"));
                    return new Derived("hessian", f, positions, (context, g, arguments, p, many) ->
                            gradients.jacobian(context, first, arguments, p[0], "hessian"));
                }, required("f"), optional("wrt", Num.ZERO));
        table.add(TOPIC, "numgrad", Gradient.RULE, "The gradient of f at x by central differences (f(x+h) - f(x-h)) / 2h, element by element.",
                args -> numericalGradient(args.context(), args.function("f"), args.get("x"), args.number("h")),
                required("f"), required("x"), optional("h", new Num(1e-5)));
        table.add(TOPIC, "gradcheck", Gradient.CONSTANT, "Compares grad(f)(x) with numgrad(f, x); true when they agree, else prints the worst element.",
                args -> gradientCheck(args, gradients), required("f"), required("x"),
                optional("rtol", new Num(1e-4)), optional("atol", new Num(1e-6)));
    }

    /** The argument positions to differentiate; a list or tuple of them makes the result a tuple. */
    private record Positions(int[] positions, boolean asTuple) {}

    private static Positions wrt(Arguments args) {
        Value value = args.get("wrt");
        if (value instanceof ListValue || value instanceof TupleValue || value instanceof TensorValue) {
            List<Value> items = org.lmath.value.Sequences.items(value);
            int[] positions = new int[items.size()];
            for (int i = 0; i < positions.length; i++) positions[i] = Values.toInteger(items.get(i), args.what("wrt"));
            return new Positions(positions, true);
        }
        return new Positions(new int[] {args.integer("wrt")}, false);
    }

    @FunctionalInterface
    private interface Rule {
        Value apply(CallContext context, FunctionValue f, List<Value> arguments, int[] positions, boolean many);
    }

    /** The function grad(f) and its kin return: it takes f's arguments. */
    private static final class Derived implements FunctionValue {
        private final Signature signature;
        private final FunctionValue f;
        private final int[] positions;
        private final boolean many;
        private final Rule rule;

        Derived(String kind, FunctionValue f, Positions wrt, Rule rule) {
            this.f = f;
            this.many = wrt.asTuple();
            this.positions = wrt.positions();
            this.rule = rule;
            this.signature = new Signature(kind + "(" + f.signature().name() + ")", f.signature().parameters());
        }

        public Signature signature() {
            return signature;
        }

        public Value invoke(CallContext context, Value[] arguments) {
            return rule.apply(context, f, List.of(arguments), positions, many);
        }
    }

    /**
     * Central differences, written with the differentiable operations: inside an outer grad (x, or
     * values f closes over, being traced) the result is differentiated like any other expression,
     * rather than silently counting as a constant.
     */
    private static Value numericalGradient(CallContext context, FunctionValue f, Value x, double h) {
        Value plain = Traced.strip(x);
        if (plain instanceof Num) {
            return centralDifference(evaluate(context, f, Rules.ADD.apply(x, new Num(h))),
                    evaluate(context, f, Rules.SUBTRACT.apply(x, new Num(h))), h);
        }
        Tensor tensor = Values.toTensor(plain, "numgrad(): argument 'x'");
        int[] shape = tensor.shape();
        double[] data = tensor.toArray();
        boolean traced = Differentiable.isTraced(x);
        List<Value> differences = new ArrayList<>(data.length);
        boolean anyTraced = false;
        for (int i = 0; i < data.length; i++) {
            Value above, below;
            if (traced) {
                double[] step = new double[data.length];
                step[i] = h;
                Value shift = new TensorValue(Tensor.of(step, shape));
                above = evaluate(context, f, Rules.ADD.apply(x, shift));
                below = evaluate(context, f, Rules.SUBTRACT.apply(x, shift));
            } else {
                double original = data[i];
                data[i] = original + h;
                above = evaluate(context, f, new TensorValue(Tensor.of(data, shape)));
                data[i] = original - h;
                below = evaluate(context, f, new TensorValue(Tensor.of(data, shape)));
                data[i] = original;
            }
            Value difference = centralDifference(above, below, h);
            anyTraced |= Differentiable.isTraced(difference);
            differences.add(difference);
        }
        if (anyTraced) return Differentiable.reshape(Differentiable.stack(differences), shape);
        double[] gradient = new double[data.length];
        for (int i = 0; i < gradient.length; i++) gradient[i] = ((Num) Traced.strip(differences.get(i))).value();
        return new TensorValue(Tensor.of(gradient, shape));
    }

    private static Value centralDifference(Value above, Value below, double h) {
        return Rules.DIVIDE.apply(Rules.SUBTRACT.apply(above, below), new Num(2 * h));
    }

    /** f(x) as a number (a 1-element tensor becomes one), still traced if an outer grad traces it. */
    private static Value evaluate(CallContext context, FunctionValue f, Value x) {
        Value result = context.call(f, List.of(x));
        Value plain = Traced.strip(result);
        if (plain instanceof Num) return result;
        if (plain instanceof TensorValue tensor && tensor.tensor().size() == 1) return Differentiable.reshape(result, new int[0]);
        String name = f.signature().name().startsWith("<") ? "the function" : f.signature().name();
        throw new LMathError("numgrad needs a function that returns a number; " + name + " returned " + Values.describe(plain)
                + (plain instanceof TensorValue ? " — did you mean to sum it?" : ""));
    }

    private static Value gradientCheck(Arguments args, Gradients gradients) {
        CallContext context = args.context();
        FunctionValue f = args.function("f");
        Value x = args.get("x");
        Value analytic = Traced.strip(gradients.valueAndGradient(context, f, List.of(x), new int[] {0}, "gradcheck").gradients().get(0));
        Value numeric = numericalGradient(context, f, x, 1e-5);
        int[] analyticShape = Differentiable.shapeOf(analytic), shape = Differentiable.shapeOf(x);
        if (!Arrays.equals(analyticShape, shape)) {
            // a gradient must have its argument's shape; comparing flattened values would hide a wrong one
            context.out().println("gradcheck: grad gave a gradient of shape " + Shapes.describe(analyticShape)
                    + " for an argument of shape " + Shapes.describe(shape));
            return Bool.FALSE;
        }
        double[] a = Values.toTensor(analytic, "gradient").toArray();
        double[] n = Values.toTensor(numeric, "numgrad").toArray();
        double rtol = args.number("rtol"), atol = args.number("atol");
        int worst = -1;
        double worstExcess = 0;
        for (int i = 0; i < a.length; i++) {
            double excess = Math.abs(a[i] - n[i]) - (atol + rtol * Math.abs(n[i]));
            if (excess > worstExcess || Double.isNaN(a[i]) != Double.isNaN(n[i])) {
                worst = i;
                worstExcess = Double.isNaN(excess) ? Double.POSITIVE_INFINITY : excess;
            }
        }
        if (worst < 0) return Bool.TRUE;
        String where = shape.length == 0 ? "" : " at " + Shapes.describe(unravel(worst, shape));
        context.out().println("gradcheck: grad and numgrad differ" + where + ": grad " + NumberFormat.format(a[worst])
                + ", numgrad " + NumberFormat.format(n[worst]));
        return Bool.FALSE;
    }

    private static int[] unravel(int flat, int[] shape) {
        int[] index = new int[shape.length];
        for (int d = shape.length - 1; d >= 0; d--) {
            index[d] = flat % shape[d];
            flat /= shape[d];
        }
        return index;
    }

}
