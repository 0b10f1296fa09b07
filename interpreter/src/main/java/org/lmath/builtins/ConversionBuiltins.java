package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.ExitRequest;
import org.lmath.error.LMathError;
import org.lmath.tensor.Tensor;
import org.lmath.value.Bool;
import org.lmath.value.DictValue;
import org.lmath.value.ListValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * What NumPy users reach for by name: array/tensor (np.array, torch.tensor), copy, meshgrid, and
 * exit/quit to stop a script or leave the REPL.
 */
final class ConversionBuiltins {

    private ConversionBuiltins() {}

    private static final String TOPIC = "create";

    static void register(BuiltinTable table) {
        String arrayDoc = "A new tensor of the values: lists and tuples of numbers (nested to any depth), bools (a mask), a range "
                + "or a tensor (copied). Brackets already make tensors: [1, 2] is array([1, 2]).";
        table.add(TOPIC, "array", Gradient.RULE, arrayDoc, args -> array(args.get("x")), required("x"));
        table.add(TOPIC, "tensor", Gradient.RULE, "The same as array(x), under PyTorch's name.", args -> array(args.get("x")), required("x"));
        table.add(TOPIC, "copy", Gradient.RULE,
                "A copy of a tensor, list or dict: changing the copy leaves x alone (a list's items are shared, as Python's copy).",
                args -> copy(args.get("x")), required("x"));
        table.add(TOPIC, "item", Gradient.RULE, "The number in a tensor of one element, as PyTorch's loss.item() and NumPy's x.item().",
                ConversionBuiltins::item, required("x"));
        table.add(TOPIC, "meshgrid", Gradient.CONSTANT,
                "Coordinate grids from 1-D tensors, as NumPy's: X, Y = meshgrid(x, y) has shape (len(y), len(x)); "
                        + "indexing=\"ij\" gives shape (len(x), len(y)).",
                ConversionBuiltins::meshgrid, variadic("xs"), optional("indexing", new Str("xy")));
        table.add("values", "exit", Gradient.CONSTANT, "Stops the script (status 0, or the one given); in the REPL, ends the session.",
                args -> { throw new ExitRequest(args.integer("status")); }, optional("status", Num.ZERO));
        table.add("values", "quit", Gradient.CONSTANT, "The same as exit().",
                args -> { throw new ExitRequest(args.integer("status")); }, optional("status", Num.ZERO));
    }

    /** np.array(x): a new tensor; a 0-dimensional one is a number, as everywhere in lmath. */
    static Value array(Value x) {
        if (Differentiable.isTraced(x)) return x;  // already a tensor whose values grad follows
        if (x instanceof TensorValue tensor) return new TensorValue(tensor.tensor().copy());
        if (x instanceof Num || x instanceof RangeValue) return Values.fromTensor(Values.toTensor(x, "array()'s argument"));
        if (x instanceof Bool bool) return new Num(bool.value() ? 1 : 0);
        if (x instanceof ListValue || x instanceof TupleValue) {
            List<Value> items = Differentiable.items(x);
            if (items.isEmpty()) return new TensorValue(Tensor.of(new double[0], new int[] {0}));
            boolean allBools = items.stream().allMatch(item -> item instanceof Bool);
            if (allBools) {
                double[] mask = new double[items.size()];
                for (int i = 0; i < mask.length; i++) mask[i] = ((Bool) items.get(i)).value() ? 1 : 0;
                return new TensorValue(Tensor.maskOf(mask, new int[] {mask.length}));
            }
            List<Value> converted = new ArrayList<>(items.size());
            for (Value item : items) converted.add(item instanceof Num || Differentiable.isTraced(item) ? item : array(item));
            for (Value item : converted) {
                if (Differentiable.isTraced(item)) return Differentiable.stack(converted);
            }
            Tensor stacked = Values.stack(converted);
            if (stacked == null) throw new LMathError("array(): the items are not all numbers or tensors of one shape");
            return new TensorValue(stacked);
        }
        throw new LMathError("array() makes a tensor of numbers, not of " + Values.describe(x));
    }

    private static Value item(Arguments args) {
        Value x = args.get("x");
        int[] shape = Differentiable.shapeOf(x);
        int size = 1;
        for (int length : shape) size *= length;
        if (size != 1) throw new LMathError("item(): x must hold exactly one number, but it has shape " + org.lmath.tensor.Shapes.describe(shape));
        return shape.length == 0 ? x : Differentiable.reshape(x, new int[0]);
    }

    private static Value copy(Value x) {
        if (x instanceof TensorValue tensor) return new TensorValue(tensor.tensor().copy());
        if (x instanceof ListValue list) return new ListValue(new ArrayList<>(list.items()));
        if (x instanceof DictValue dict) return dict.copy();
        return x;  // numbers, strings, tuples and functions never change, and a traced value is rebuilt, not changed
    }

    private static Value meshgrid(Arguments args) {
        List<Value> inputs = args.rest("xs");
        if (inputs.isEmpty()) throw new LMathError("meshgrid() needs at least one 1-D tensor");
        String indexing = args.string("indexing");
        if (!indexing.equals("xy") && !indexing.equals("ij")) {
            throw new LMathError("meshgrid(): indexing must be \"xy\" or \"ij\", not \"" + indexing + "\"");
        }
        double[][] axes = new double[inputs.size()][];
        for (int i = 0; i < axes.length; i++) axes[i] = Values.toTensor(inputs.get(i), "meshgrid()'s argument " + i).toArray();
        int[] shape = new int[axes.length];
        for (int i = 0; i < axes.length; i++) shape[i] = axes[i].length;
        boolean swap = indexing.equals("xy") && axes.length > 1;  // NumPy's "xy": the first two axes trade places
        int[] outputShape = shape.clone();
        if (swap) {
            outputShape[0] = shape[1];
            outputShape[1] = shape[0];
        }
        int size = 1;
        for (int length : shape) size *= length;
        double[][] grids = new double[axes.length][size];
        int[] position = new int[axes.length];  // the output position, counted in output axes
        for (int flat = 0; flat < size; flat++) {
            for (int i = 0; i < axes.length; i++) {
                int outputAxis = swap && i < 2 ? 1 - i : i;
                grids[i][flat] = axes[i][position[outputAxis]];
            }
            for (int axis = position.length - 1; axis >= 0; axis--) {
                if (++position[axis] < outputShape[axis]) break;
                position[axis] = 0;
            }
        }
        List<Value> result = new ArrayList<>(axes.length);
        for (double[] grid : grids) result.add(new TensorValue(Tensor.of(grid, outputShape)));
        return new TupleValue(List.copyOf(result));
    }
}
