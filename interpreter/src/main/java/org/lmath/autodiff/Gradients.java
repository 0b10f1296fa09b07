package org.lmath.autodiff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.tensor.Tensor;
import org.lmath.value.CallContext;
import org.lmath.value.DictValue;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Runs a function on traced arguments and walks its tape backwards: the machinery behind grad,
 * value_and_grad, jacobian and hessian. One instance per interpreter; it knows how many grads are
 * running, so a grad started inside another records on a tape of its own, one level deeper.
 */
public final class Gradients {

    private int running;

    /** The value of f and the gradients with respect to the arguments at positions `wrt`. */
    public record Result(Value value, List<Value> gradients) {}

    /** What f returned, traced at this grad's level, and the tape and leaves to walk back to. */
    private record Run(Tape tape, List<Node> leaves, Value output) {}

    public Result valueAndGradient(CallContext context, FunctionValue function, List<Value> arguments, int[] wrt, String caller) {
        return traced(context, function, arguments, wrt, caller, run -> {
            Value output = run.output();
            Value plain = Traced.strip(output);
            if (!(plain instanceof Num) && !(plain instanceof TensorValue tensor && tensor.tensor().size() == 1)) {
                throw new LMathError(caller + " needs a function that returns a number; " + nameOf(function)
                        + " returned " + Values.describe(plain)
                        + (plain instanceof TensorValue ? " — did you mean to sum it?" : ""));
            }
            Value seed = plain instanceof Num ? Num.ONE : new TensorValue(Tensor.full(Differentiable.shapeOf(plain), 1));
            Value[] cotangents = backward(run, seed);
            return new Result(valueAtThisLevel(run), gradientsOf(run, cotangents, arguments, wrt));
        });
    }

    /**
     * d f(x)[j] / d x[k] for every output element j and input element k: shape
     * output.shape + x.shape. One backward walk per output element, over one tape.
     */
    public Value jacobian(CallContext context, FunctionValue function, List<Value> arguments, int wrt, String caller) {
        if (wrt >= 0 && wrt < arguments.size()) {
            Value plain = Traced.strip(arguments.get(wrt));
            if (plain instanceof ListValue || plain instanceof TupleValue || plain instanceof DictValue) {
                throw new LMathError(caller + " differentiates with respect to one number or tensor, but argument " + wrt
                        + " is " + Values.describe(plain) + "; stack the items into one tensor first");
            }
        }
        return traced(context, function, arguments, new int[] {wrt}, caller, run -> {
            Value plain = Traced.strip(run.output());
            if (plain instanceof Num) return gradientsOf(run, backward(run, Num.ONE), arguments, new int[] {wrt}).get(0);
            if (!(plain instanceof TensorValue)) {
                throw new LMathError(caller + " needs a function that returns a number or a tensor; "
                        + nameOf(function) + " returned " + Values.describe(plain));
            }
            int[] outputShape = Differentiable.shapeOf(plain);
            int outputs = Shapes.size(outputShape);
            List<Value> rows = new ArrayList<>(outputs);
            for (int j = 0; j < outputs; j++) {
                double[] oneHot = new double[outputs];
                oneHot[j] = 1;
                Value seed = new TensorValue(Tensor.of(oneHot, outputShape));
                rows.add(gradientsOf(run, backward(run, seed), arguments, new int[] {wrt}).get(0));
            }
            int[] argumentShape = Differentiable.shapeOf(arguments.get(wrt));
            int[] shape = new int[outputShape.length + argumentShape.length];
            System.arraycopy(outputShape, 0, shape, 0, outputShape.length);
            System.arraycopy(argumentShape, 0, shape, outputShape.length, argumentShape.length);
            if (rows.isEmpty()) return new TensorValue(Tensor.full(shape, 0));  // an empty output: nothing to stack
            return Differentiable.reshape(Differentiable.stack(rows), shape);
        });
    }

    private interface Body<T> {
        T apply(Run run);
    }

    private <T> T traced(CallContext context, FunctionValue function, List<Value> arguments, int[] wrt, String caller, Body<T> body) {
        for (int position : wrt) {
            if (position < 0 || position >= arguments.size()) {
                throw new LMathError(caller + ": there is no argument " + position + " to differentiate: " + nameOf(function)
                        + " was called with " + positions(arguments.size()) + " (wrt counts from 0)");
            }
        }
        Tape tape = new Tape(++running);
        try {
            List<Value> tracedArguments = new ArrayList<>(arguments);
            List<Node> leaves = new ArrayList<>();
            for (int position : wrt) {
                tracedArguments.set(position, trace(arguments.get(position), tape, leaves, position, caller));
            }
            Value output = context.call(function, tracedArguments);
            return body.apply(new Run(tape, leaves, Differentiable.dropInactive(output)));
        } finally {
            tape.finish();
            running--;
        }
    }

    /**
     * The argument as the function will see it: a number or tensor becomes one leaf of the tape; a
     * list, tuple or dict of them (the parameters of a network, [W1, b1, W2, b2] or {"W": W, "b": b})
     * a new list, tuple or dict with one leaf per item, nested to any depth, as JAX's pytrees. Its
     * gradient comes back in the same form (a dict with the same keys in the same order).
     */
    private static Value trace(Value argument, Tape tape, List<Node> leaves, int position, String caller) {
        Value plain = Traced.strip(argument);
        if (plain instanceof DictValue dict) {
            DictValue traced = new DictValue();
            for (Map.Entry<Value, Value> entry : dict.view().entrySet()) {
                traced.put(entry.getKey(), trace(entry.getValue(), tape, leaves, position, caller));
            }
            return traced;
        }
        if (plain instanceof ListValue list) {
            List<Value> items = new ArrayList<>(list.items().size());
            for (Value item : list.items()) items.add(trace(item, tape, leaves, position, caller));
            return new ListValue(items);
        }
        if (plain instanceof TupleValue tuple) {
            List<Value> items = new ArrayList<>(tuple.items().size());
            for (Value item : tuple.items()) items.add(trace(item, tape, leaves, position, caller));
            return new TupleValue(List.copyOf(items));
        }
        Node leaf = tape.input();
        leaves.add(leaf);
        return new Traced(differentiable(argument, position, caller), leaf);
    }

    private static Value differentiable(Value argument, int position, String caller) {
        Value plain = Traced.strip(argument);
        if (plain instanceof Num || plain instanceof TensorValue) return argument;
        if (plain instanceof RangeValue range) return new TensorValue(Values.rangeTensor(range));
        throw new LMathError(caller + " differentiates with respect to numbers and tensors (or lists, tuples and dicts "
                + "of them), but argument " + position + " is or holds " + Values.describe(plain));
    }

    /** The function as an error names it: its name, or "the function" for a lambda. */
    private static String nameOf(FunctionValue function) {
        String name = function.signature().name();
        return name.startsWith("<") ? "the function" : name;
    }

    private static String positions(int count) {
        if (count == 0) return "no arguments";
        if (count == 1) return "1 argument, at position 0";
        if (count == 2) return "2 arguments, at positions 0 and 1";
        return count + " arguments, at positions 0 to " + (count - 1);
    }

    /** The output with this grad's tracing removed (outer grads may still trace it). */
    private static Value valueAtThisLevel(Run run) {
        Value output = run.output();
        if (output instanceof Traced traced && traced.trace() instanceof Node node && node.tape == run.tape()) {
            return traced.primal();
        }
        return output;
    }

    /** The reverse walk: gradients accumulate by addition, newest node first. */
    private static Value[] backward(Run run, Value seed) {
        Tape tape = run.tape();
        Value[] cotangents = new Value[tape.size()];
        if (!(run.output() instanceof Traced traced && traced.trace() instanceof Node start && start.tape == tape)) {
            return cotangents;  // the output does not depend on the arguments
        }
        cotangents[start.index] = seed;
        for (int i = start.index; i >= 0; i--) {
            Value g = cotangents[i];
            Node node = tape.node(i);
            if (g == null || node.primitive == null) continue;
            Mutations.check(node);
            boolean[] needed = node.needed;
            Value[] gradients = node.primitive.backward(g, node.inputs, node.output, needed);
            for (int k = 0; k < needed.length; k++) {
                if (!needed[k]) continue;
                if (gradients.length <= k || gradients[k] == null) throw Rules.incompleteRule(node.primitive.name(), k + 1);
                int parent = node.parents[k].index;
                cotangents[parent] = cotangents[parent] == null ? gradients[k] : Rules.ADD.apply(cotangents[parent], gradients[k]);
            }
            cotangents[i] = null;  // no longer needed: let it be collected on long tapes
        }
        return cotangents;
    }

    private static List<Value> gradientsOf(Run run, Value[] cotangents, List<Value> arguments, int[] wrt) {
        List<Value> gradients = new ArrayList<>(wrt.length);
        java.util.Iterator<Node> leaves = run.leaves().iterator();
        for (int position : wrt) gradients.add(gather(arguments.get(position), cotangents, leaves));
        return gradients;
    }

    /** The gradient of one argument, in the argument's own form (see trace). */
    private static Value gather(Value argument, Value[] cotangents, java.util.Iterator<Node> leaves) {
        Value plain = Traced.strip(argument);
        if (plain instanceof DictValue dict) {
            DictValue gradients = new DictValue();
            for (Map.Entry<Value, Value> entry : dict.view().entrySet()) {
                gradients.put(entry.getKey(), gather(entry.getValue(), cotangents, leaves));
            }
            return gradients;
        }
        if (plain instanceof ListValue list) {
            List<Value> items = new ArrayList<>(list.items().size());
            for (Value item : list.items()) items.add(gather(item, cotangents, leaves));
            return new ListValue(items);
        }
        if (plain instanceof TupleValue tuple) {
            List<Value> items = new ArrayList<>(tuple.items().size());
            for (Value item : tuple.items()) items.add(gather(item, cotangents, leaves));
            return new TupleValue(List.copyOf(items));
        }
        Value gradient = cotangents[leaves.next().index];
        return gradient != null ? gradient : zerosLike(argument);
    }

    private static Value zerosLike(Value argument) {
        int[] shape = Differentiable.shapeOf(argument);
        return shape.length == 0 ? Num.ZERO : new TensorValue(Tensor.full(shape, 0));
    }
}
