package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** New tensors: zeros, ones, full, eye, linspace, arange. */
final class CreationBuiltins {

    private CreationBuiltins() {}

    private static final String TOPIC = "create";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "zeros", Gradient.CONSTANT, "A tensor of zeros: zeros(3), zeros(2, 3) or zeros((2, 3)).",
                args -> Values.fromTensor(Tensor.full(shape(args), 0)), variadic("shape"));
        table.add(TOPIC, "ones", Gradient.CONSTANT, "A tensor of ones: ones(3), ones(2, 3) or ones((2, 3)).",
                args -> Values.fromTensor(Tensor.full(shape(args), 1)), variadic("shape"));
        table.add(TOPIC, "full", Gradient.NO_RULE_YET, "A tensor of the given shape filled with value.",
                args -> Values.fromTensor(Tensor.full(checked(args.shape("shape"), "full"), args.number("value"))),
                required("shape"), required("value"));
        table.add(TOPIC, "eye", Gradient.CONSTANT, "The n x n identity matrix (n x m when m is given); k > 0 puts the ones on a "
                        + "diagonal above the main one, k < 0 below.", CreationBuiltins::eye,
                required("n"), optional("m", NoneValue.NONE), optional("k", Num.ZERO));
        table.add(TOPIC, "linspace", Gradient.RULE, "num evenly spaced numbers from start to stop (stop left out with endpoint=false), "
                        + "as NumPy; differentiable in start and stop.",
                CreationBuiltins::linspace, required("start"), required("stop"), optional("num", new Num(50)),
                optional("endpoint", org.lmath.value.Bool.TRUE));
        table.add(TOPIC, "arange", Gradient.NO_RULE_YET, "start, start+step, ... below stop, as a tensor; arange(n) is 0, 1, ..., n-1.",
                CreationBuiltins::arange, required("start"), optional("stop", NoneValue.NONE), optional("step", Num.ONE));
    }

    private static int[] shape(Arguments args) {
        return checked(args.shape("shape"), "shape");
    }

    static int[] checked(int[] shape, String what) {
        for (int size : shape) {
            if (size < 0) throw new LMathError("negative dimensions are not allowed: " + what + " " + Shapes.describe(shape));
        }
        return shape;
    }

    private static Value eye(Arguments args) {
        int rows = args.integer("n");
        int columns = args.isNone("m") ? rows : args.integer("m");
        checked(new int[] {rows, columns}, "eye");
        int k = args.integer("k");
        if (k == 0) return new TensorValue(Tensor.eye(rows, columns));
        double[] data = new double[rows * columns];
        for (int i = Math.max(0, -k); i < rows && i + k < columns; i++) data[i * columns + i + k] = 1;
        return new TensorValue(Tensor.of(data, new int[] {rows, columns}));
    }

    private static Value linspace(Arguments args) {
        int count = args.integer("num");
        if (count < 0) throw new LMathError("linspace(): num must not be negative, got " + count);
        boolean endpoint = args.bool("endpoint");
        Value start = args.get("start"), stop = args.get("stop");
        args.number("start");
        args.number("stop");
        if (endpoint && !org.lmath.autodiff.Differentiable.isTraced(start) && !org.lmath.autodiff.Differentiable.isTraced(stop)) {
            return new TensorValue(Tensor.linspace(args.number("start"), args.number("stop"), count));
        }
        return Linspace.of(start, stop, count, endpoint);
    }

    private static Value arange(Arguments args) {
        double start = args.number("start");
        double stop;
        if (args.isNone("stop")) {
            stop = start;
            start = 0;
        } else {
            stop = args.number("stop");
        }
        return new TensorValue(Tensor.arange(start, stop, args.number("step")));
    }
}
