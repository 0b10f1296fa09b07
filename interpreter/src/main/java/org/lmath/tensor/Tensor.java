package org.lmath.tensor;

import java.util.Arrays;
import java.util.List;

import org.lmath.error.LMathError;
import org.nd4j.linalg.api.buffer.DataBuffer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * An n-dimensional float64 array: lmath's tensor. The only class that holds ND4J arrays.
 * Operations return new tensors (ND4J's copying ops, never the in-place ones on shared data);
 * the one exception is indexed assignment, which changes this tensor as NumPy does.
 * A tensor made by a comparison is a mask: indexing with it selects (where it is non-zero), rather
 * than picks positions. Like NumPy's bool arrays, a mask stays a mask when it is indexed, reshaped
 * or transposed.
 */
public final class Tensor {

    private final INDArray array;
    private final int[] shape;
    private final boolean mask;
    private long version;  // counts in-place changes, so grad can tell that a tensor it saved was changed

    private Tensor(INDArray array, boolean mask) {
        this.shape = Shapes.toInt(array.shape());
        this.array = isRowMajorBuffer(array, shape) ? array : array.dup('c');
        this.mask = mask;
    }

    /**
     * True when element n of the array (in row-major order) is element n of its buffer. Every
     * tensor keeps its array that way, so indexing reads and writes just the selected elements
     * through the buffer instead of copying the whole tensor.
     */
    private static boolean isRowMajorBuffer(INDArray array, int[] shape) {
        if (array.offset() != 0 || array.data().length() < Shapes.size(shape)) return false;
        long[] strides = array.stride();
        int[] rowMajor = Shapes.strides(shape);
        for (int axis = 0; axis < shape.length; axis++) {
            if (shape[axis] > 1 && strides[axis] != rowMajor[axis]) return false;
        }
        return true;
    }

    private static Tensor wrap(INDArray array) {
        return new Tensor(array, false);
    }

    /** Starts ND4J now rather than on first use: the REPL calls it in the background once its prompt is up. */
    public static void warmUp() {
        Backend.ensureStarted();
    }

    // ------------------------------------------------------------------ creation

    /** A tensor of the given shape holding a copy of data, in row-major order. */
    public static Tensor of(double[] data, int[] shape) {
        return ofData(data, shape, false);
    }

    /** A 0/1 mask tensor, as comparisons make. */
    public static Tensor maskOf(double[] data, int[] shape) {
        return ofData(data, shape, true);
    }

    private static Tensor ofData(double[] data, int[] shape, boolean mask) {
        Backend.ensureStarted();
        if (data.length != Shapes.size(shape)) {
            throw new IllegalArgumentException(data.length + " values for shape " + Shapes.describe(shape));
        }
        INDArray array = shape.length == 0 ? Nd4j.scalar(data[0]) : Nd4j.create(data, Shapes.toLong(shape), 'c');
        return new Tensor(array, mask);
    }

    public static Tensor full(int[] shape, double value) {
        double[] data = new double[Shapes.size(shape)];
        Arrays.fill(data, value);
        return of(data, shape);
    }

    public static Tensor eye(int rows, int columns) {
        double[] data = new double[rows * columns];
        for (int i = 0; i < Math.min(rows, columns); i++) data[i * columns + i] = 1;
        return of(data, new int[] {rows, columns});
    }

    /** NumPy's linspace: num evenly spaced values from start to stop, both included. */
    public static Tensor linspace(double start, double stop, int count) {
        double[] data = new double[count];
        double step = count > 1 ? (stop - start) / (count - 1) : 0;
        for (int i = 0; i < count; i++) data[i] = start + i * step;
        if (count > 1) data[count - 1] = stop;
        return of(data, new int[] {count});
    }

    /**
     * NumPy's arange: start, start+step, ... while below stop (above it for a negative step).
     * The values are NumPy's to the last bit: it stores start and start + step, then fills element
     * i with start + i * delta where delta = (start + step) - start, which is not always step
     * (arange(1, 2, 0.1)[5] is 1.5000000000000004).
     */
    public static Tensor arange(double start, double stop, double step) {
        if (step == 0) throw new LMathError("arange: step cannot be zero");
        double length = Math.ceil((stop - start) / step);
        if (!(length < Integer.MAX_VALUE)) {
            throw new LMathError("arange: " + (Double.isNaN(length) ? "the bounds must be finite numbers" : "too many values"));
        }
        int count = (int) Math.max(0, length);
        double[] data = new double[count];
        double delta = (start + step) - start;
        for (int i = 0; i < count; i++) data[i] = i == 1 ? start + step : start + i * delta;
        return of(data, new int[] {count});
    }

    // ------------------------------------------------------------------ properties

    public int[] shape() {
        return shape.clone();
    }

    public int ndim() {
        return shape.length;
    }

    public int size() {
        return Shapes.size(shape);
    }

    public boolean isMask() {
        return mask;
    }

    /** The elements in row-major order (a copy). */
    public double[] toArray() {
        if (size() == 0) return new double[0];
        if (shape.length == 0) return new double[] {array.getDouble(0)};
        return array.data().getDoublesAt(0, size());
    }

    /** The single element at these (non-negative, in-range) indices. */
    public double get(int... indices) {
        if (indices.length == 0) return array.getDouble(0);
        long[] position = new long[indices.length];
        for (int i = 0; i < indices.length; i++) position[i] = indices[i];
        return array.getDouble(position);
    }

    // ------------------------------------------------------------------ elementwise

    /** this op other, broadcasting by NumPy's rules. */
    public Tensor elementwise(Elementwise operation, Tensor other) {
        int[] resultShape = Shapes.broadcast(shape, other.shape, operation.symbol);
        if (Shapes.size(resultShape) == 0) return emptyResult(operation, resultShape);
        // As NumPy's bool * bool is "and" and bool + bool is "or", the product and the sum of two
        // masks select (where non-zero), so a[(a > 0) + (b > 0)] does not pick positions 0, 1, 2.
        boolean combinesMasks = mask && other.mask && (operation == Elementwise.MULTIPLY || operation == Elementwise.ADD);
        boolean resultIsMask = operation.isComparison() || combinesMasks;
        if (Arrays.equals(shape, other.shape)) {
            return new Tensor(apply(operation, array, other.array), resultIsMask);
        }
        double[] result = Broadcasting.combine(operation, toArray(), shape, other.toArray(), other.shape, resultShape);
        return ofData(result, resultShape, resultIsMask);
    }

    /** this op scalar, or scalar op this when scalarOnLeft. */
    public Tensor elementwise(Elementwise operation, double scalar, boolean scalarOnLeft) {
        if (size() == 0) return emptyResult(operation, shape);
        INDArray result = switch (operation) {
            case ADD -> array.add(scalar);
            case SUBTRACT -> scalarOnLeft ? array.rsub(scalar) : array.sub(scalar);
            case MULTIPLY -> array.mul(scalar);
            case DIVIDE -> scalarOnLeft ? array.rdiv(scalar) : array.div(scalar);
            // ND4J compares with a number directly (exactly, nan unequal to all); s < x is x > s.
            case EQUAL -> array.eq(scalar).castTo(DataType.DOUBLE);
            case NOT_EQUAL -> array.neq(scalar).castTo(DataType.DOUBLE);
            case LESS -> (scalarOnLeft ? array.gt(scalar) : array.lt(scalar)).castTo(DataType.DOUBLE);
            case LESS_EQUAL -> (scalarOnLeft ? array.gte(scalar) : array.lte(scalar)).castTo(DataType.DOUBLE);
            case GREATER -> (scalarOnLeft ? array.lt(scalar) : array.gt(scalar)).castTo(DataType.DOUBLE);
            case GREATER_EQUAL -> (scalarOnLeft ? array.lte(scalar) : array.gte(scalar)).castTo(DataType.DOUBLE);
            default -> apply(operation, array, Nd4j.valueArrayOf(array.shape(), scalar, DataType.DOUBLE), scalarOnLeft);
        };
        return new Tensor(result, operation.isComparison());
    }

    /** ND4J refuses arithmetic on empty arrays; NumPy gives an empty result of the broadcast shape. */
    private static Tensor emptyResult(Elementwise operation, int[] resultShape) {
        return new Tensor(Nd4j.create(DataType.DOUBLE, Shapes.toLong(resultShape)), operation.isComparison());
    }

    private static INDArray apply(Elementwise operation, INDArray left, INDArray right, boolean swap) {
        return swap ? apply(operation, right, left) : apply(operation, left, right);
    }

    /** Both arrays have the same shape here. */
    private static INDArray apply(Elementwise operation, INDArray left, INDArray right) {
        return switch (operation) {
            case ADD -> left.add(right);
            case SUBTRACT -> left.sub(right);
            case MULTIPLY -> left.mul(right);
            case DIVIDE -> left.div(right);
            case POWER -> Transforms.pow(left, right, true);
            case EQUAL -> left.eq(right).castTo(DataType.DOUBLE);
            case NOT_EQUAL -> left.neq(right).castTo(DataType.DOUBLE);
            case LESS -> left.lt(right).castTo(DataType.DOUBLE);
            case GREATER -> left.gt(right).castTo(DataType.DOUBLE);
            // ND4J has no kernel for Python's modulo, NumPy's NaN-propagating max/min, or <= and >=
            // between two arrays: apply the scalar rule element by element.
            case MODULO, MAXIMUM, MINIMUM, LESS_EQUAL, GREATER_EQUAL -> elementByElement(operation, left, right);
        };
    }

    private static INDArray elementByElement(Elementwise operation, INDArray left, INDArray right) {
        double[] a = left.dup('c').data().asDouble();
        double[] b = right.dup('c').data().asDouble();
        double[] result = new double[a.length];
        for (int i = 0; i < a.length; i++) result[i] = operation.apply(a[i], b[i]);
        return result.length == 0 ? left.dup() : Nd4j.create(result, left.shape(), 'c');
    }

    /** This tensor stretched to a larger shape by NumPy's broadcasting rule. */
    public Tensor broadcastTo(int[] target) {
        int[] resultShape = Shapes.broadcast(shape, target, "broadcast");
        if (!Arrays.equals(resultShape, target)) {
            throw new LMathError("cannot broadcast a tensor of shape " + Shapes.describe(shape) + " to shape " + Shapes.describe(target));
        }
        return Arrays.equals(shape, target) ? copy() : ofData(Broadcasting.stretch(toArray(), shape, target), target, mask);
    }

    public Tensor map(MathFunction function) {
        if (size() == 0) return this;
        return wrap(function.apply(array));
    }

    /** 1 where this is 0, 0 elsewhere: logical not of a mask. */
    public Tensor logicalNot() {
        return new Tensor(array.eq(0.0).castTo(DataType.DOUBLE), true);
    }

    // ------------------------------------------------------------------ reductions

    /**
     * Reduces over the given axes (all axes when axes is null). The result has the reduced axes
     * removed, or kept with size 1 when keepDimensions is true; reducing everything without keeping
     * gives a 0-dimensional tensor, which the caller turns into a number.
     */
    public Tensor reduce(Reduction reduction, int[] axes, boolean keepDimensions) {
        int[] normal = normaliseAxes(axes);
        // axis=() reduces nothing: NumPy returns the values as they are.
        if (normal.length == 0 && shape.length > 0) return copy();
        if (size() == 0) return reduceEmpty(reduction, normal, keepDimensions);
        double[] data = toArray();
        double[] values = switch (reduction) {
            case SUM, MEAN -> AxisReduction.sum(data, shape, normal);
            case MAX -> AxisReduction.extreme(data, shape, normal, true);
            case MIN -> AxisReduction.extreme(data, shape, normal, false);
        };
        if (reduction == Reduction.MEAN) {
            int count = size() / values.length;
            for (int i = 0; i < values.length; i++) values[i] /= count;
        }
        return of(values, reducedShape(normal, keepDimensions));
    }

    private int[] normaliseAxes(int[] axes) {
        if (axes == null) {
            int[] all = new int[shape.length];
            for (int i = 0; i < all.length; i++) all[i] = i;
            return all;
        }
        int[] normal = new int[axes.length];
        for (int i = 0; i < axes.length; i++) {
            normal[i] = Shapes.axis(axes[i], shape.length);
            for (int j = 0; j < i; j++) {
                if (normal[j] == normal[i]) throw new LMathError("axis " + axes[i] + " is given twice");
            }
        }
        Arrays.sort(normal);
        return normal;
    }

    private int[] reducedShape(int[] axes, boolean keepDimensions) {
        int[] result = shape.clone();
        for (int axis : axes) result[axis] = keepDimensions ? 1 : -1;
        return Arrays.stream(result).filter(size -> size >= 0).toArray();
    }

    /** NumPy on empty input: sum is 0, mean is nan, max and min have nothing to return. */
    private Tensor reduceEmpty(Reduction reduction, int[] axes, boolean keepDimensions) {
        int[] resultShape = reducedShape(axes, keepDimensions);
        boolean reducesEmptyAxis = Arrays.stream(axes).anyMatch(axis -> shape[axis] == 0);
        if (reducesEmptyAxis && (reduction == Reduction.MAX || reduction == Reduction.MIN)) {
            throw new LMathError(reduction.functionName + " of an empty tensor has no value (shape "
                    + Shapes.describe(shape) + ")");
        }
        double value = reduction == Reduction.SUM ? 0 : Double.NaN;
        return full(resultShape, value);
    }

    // ------------------------------------------------------------------ shape

    public Tensor reshape(int[] newShape) {
        if (Shapes.size(newShape) != size()) {
            throw new LMathError("cannot reshape a tensor of shape " + Shapes.describe(shape) + " (" + size()
                    + " elements) to " + Shapes.describe(newShape) + " (" + Shapes.size(newShape) + " elements)");
        }
        if (size() == 0 || shape.length == 0 || newShape.length == 0) return ofData(toArray(), newShape, mask);
        // One native copy (the result must not share this tensor's buffer), not two through Java.
        return new Tensor(array.dup('c').reshape('c', Shapes.toLong(newShape)), mask);
    }

    /** Reverses the axes, as NumPy's .T does (a 1-D tensor stays as it is, but is a copy like the rest). */
    /** The axes reordered: axis i of the result is axis order[i] of this tensor. */
    public Tensor permute(int[] order) {
        if (order.length != shape.length) {
            throw new LMathError("transpose: " + order.length + " axes given for a tensor with " + shape.length);
        }
        if (size() == 0) {
            int[] permuted = new int[order.length];
            for (int i = 0; i < order.length; i++) permuted[i] = shape[order[i]];
            return ofData(new double[0], permuted, mask);
        }
        return new Tensor(array.permute(order).dup('c'), mask);
    }

    public Tensor transpose() {
        if (shape.length < 2) return copy();
        int[] order = new int[shape.length];
        for (int i = 0; i < order.length; i++) order[i] = shape.length - 1 - i;
        return new Tensor(array.permute(order).dup('c'), mask);
    }

    /** A copy that no other value shares. */
    public Tensor copy() {
        return new Tensor(array.dup('c'), mask);
    }

    // ------------------------------------------------------------------ matrix product

    public Tensor matmul(Tensor other) {
        return wrap(MatrixProduct.matmul(array, shape, other.array, other.shape));
    }

    // ------------------------------------------------------------------ indexing

    /** NumPy indexing; all-integer indices give a 0-dimensional tensor. */
    // ------------------------------------------------------------------ products, selection, joining, linear algebra

    /** NumPy's prod over axes (null: all), multiplying in row-major order. */
    public Tensor product(int[] axes, boolean keepDimensions) {
        int[] normal = normaliseAxes(axes);
        boolean[] reduced = reducedAxes(normal);
        int[] resultShape = reducedShape(normal, keepDimensions);
        return of(Products.product(toArray(), Products.groups(shape, reduced), Shapes.size(resultShape)), resultShape);
    }

    /** NumPy's argmax / argmin over all elements (flat index) or along one axis; the first wins ties, nan wins all. */
    public Tensor argExtreme(boolean largest, int[] axes) {
        if (size() == 0) throw new LMathError((largest ? "argmax" : "argmin") + " of an empty tensor has no answer");
        int[] normal = normaliseAxes(axes);
        int[] resultShape = reducedShape(normal, false);
        int count = Shapes.size(resultShape);
        int[] group = Products.groups(shape, reducedAxes(normal));
        double[] data = toArray();
        double[] best = new double[count];
        double[] bestIndex = new double[count];
        int[] seen = new int[count];
        for (int n = 0; n < data.length; n++) {
            int g = group[n];
            int k = seen[g]++;
            double value = data[n];
            boolean better = k == 0 || (!Double.isNaN(best[g]) && (Double.isNaN(value) || (largest ? value > best[g] : value < best[g])));
            if (better) {
                best[g] = value;
                bestIndex[g] = k;
            }
        }
        return of(bestIndex, resultShape);
    }

    /** For each element, the product of the other elements reduced with it (the gradient of prod). */
    public Tensor productOfOthers(int[] axes) {
        int[] normal = normaliseAxes(axes);
        boolean[] reduced = reducedAxes(normal);
        int groupCount = Shapes.size(reducedShape(normal, false));
        return of(Products.productOfOthers(toArray(), Products.groups(shape, reduced), groupCount), shape);
    }

    private boolean[] reducedAxes(int[] normal) {
        boolean[] reduced = new boolean[shape.length];
        for (int axis : normal) reduced[axis] = true;
        return reduced;
    }

    /** NumPy's where: a where the mask is non-zero, b elsewhere, all three broadcast together. */
    public static Tensor where(Tensor condition, Tensor a, Tensor b) {
        int[] shape = Shapes.broadcast(Shapes.broadcast(condition.shape, a.shape, "where"), b.shape, "where");
        double[] mask = Broadcasting.stretch(condition.toArray(), condition.shape, shape);
        double[] first = Broadcasting.stretch(a.toArray(), a.shape, shape);
        double[] second = Broadcasting.stretch(b.toArray(), b.shape, shape);
        for (int i = 0; i < mask.length; i++) first[i] = mask[i] != 0 ? first[i] : second[i];
        return of(first, shape);
    }

    /** NumPy's concatenate: tensors of equal shape except along the axis, joined along it. */
    public static Tensor concat(List<Tensor> parts, int axis) {
        if (parts.isEmpty()) throw new LMathError("concat needs at least one tensor");
        int[] first = parts.get(0).shape;
        if (first.length == 0) throw new LMathError("concat cannot join numbers (0-dimensional); use stack");
        int normal = Shapes.axis(axis, first.length);
        int[] shape = first.clone();
        shape[normal] = 0;
        for (int k = 0; k < parts.size(); k++) {
            int[] other = parts.get(k).shape;
            boolean fits = other.length == first.length;
            for (int d = 0; fits && d < first.length; d++) fits = d == normal || other[d] == first[d];
            if (!fits) {
                throw new LMathError("concat: shapes " + Shapes.describe(first) + " and " + Shapes.describe(other)
                        + " must match except along axis " + axis);
            }
            shape[normal] += other[normal];
        }
        int outer = 1;
        for (int d = 0; d < normal; d++) outer *= shape[d];
        double[] result = new double[Shapes.size(shape)];
        if (outer == 0) return of(result, shape);
        double[][] data = new double[parts.size()][];
        for (int k = 0; k < data.length; k++) data[k] = parts.get(k).toArray();
        int offset = 0;
        for (int o = 0; o < outer; o++) {
            for (double[] part : data) {
                int block = part.length / outer;  // the part's elements under one index of the leading axes
                System.arraycopy(part, o * block, result, offset, block);
                offset += block;
            }
        }
        return of(result, shape);
    }

    public double determinant() {
        return LinearAlgebra.det(this);
    }

    public Tensor inverse() {
        return LinearAlgebra.inv(this);
    }

    /** x with this @ x = rightSide. */
    public Tensor solve(Tensor rightSide) {
        return LinearAlgebra.solve(this, rightSide);
    }

    /** How many times this tensor has been changed in place (by indexed assignment). */
    public long version() {
        return version;
    }

    /**
     * The adjoint of {@link #index}: a tensor of the given shape, zero except where the index
     * selects, where the values are added (twice when a position is selected twice).
     */
    public static Tensor scatterAdd(int[] shape, List<IndexItem> items, Tensor values) {
        IndexPlan plan = IndexPlan.of(shape, items);
        double[] source = Arrays.equals(values.shape, plan.resultShape) ? values.toArray()
                : Broadcasting.stretch(values.toArray(), values.shape, plan.resultShape);
        double[] result = new double[Shapes.size(shape)];
        for (int i = 0; i < source.length; i++) result[plan.sourceOffsets[i]] += source[i];
        return of(result, shape);
    }

    public Tensor index(List<IndexItem> items) {
        IndexPlan plan = IndexPlan.of(shape, items);
        DataBuffer data = array.data();
        double[] result = new double[plan.sourceOffsets.length];
        for (int i = 0; i < result.length; i++) result[i] = data.getDouble(plan.sourceOffsets[i]);
        return ofData(result, plan.resultShape, mask);
    }

    /** A[items] = value, changing this tensor; value broadcasts to the selected shape. */
    public void assign(List<IndexItem> items, Tensor value) {
        IndexPlan plan = IndexPlan.of(shape, items);
        double[] values = value.broadcastForAssignment(plan.resultShape);
        writeAt(plan.sourceOffsets, values);
    }

    /** A[items] = number. */
    public void assign(List<IndexItem> items, double value) {
        IndexPlan plan = IndexPlan.of(shape, items);
        double[] values = new double[plan.sourceOffsets.length];
        Arrays.fill(values, value);
        writeAt(plan.sourceOffsets, values);
    }

    /** The fast path for A[i, j] = number with in-range, non-negative indices. */
    public void set(int[] indices, double value) {
        version++;
        long[] position = new long[indices.length];
        for (int i = 0; i < indices.length; i++) position[i] = indices[i];
        array.putScalar(position, value);
    }

    private double[] broadcastForAssignment(int[] target) {
        int[] resultShape;
        try {
            resultShape = Shapes.broadcast(shape, target, "assignment");
        } catch (LMathError error) {
            resultShape = null;
        }
        if (resultShape == null || !Arrays.equals(resultShape, target)) {
            throw new LMathError("cannot assign a value of shape " + Shapes.describe(shape)
                    + " to a selection of shape " + Shapes.describe(target));
        }
        return Broadcasting.stretch(toArray(), shape, target);
    }

    /** Writes just the selected elements, in place: the one mutation a tensor allows. */
    private void writeAt(int[] offsets, double[] values) {
        version++;
        DataBuffer data = array.data();
        for (int i = 0; i < offsets.length; i++) data.put(offsets[i], values[i]);
    }
}
