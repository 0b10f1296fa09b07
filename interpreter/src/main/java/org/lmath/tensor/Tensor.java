package org.lmath.tensor;

import java.lang.ref.WeakReference;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.lmath.error.LMathError;
import org.lmath.sandbox.Budget;

/**
 * An n-dimensional float64 array: lmath's tensor. Its elements live in a Java array in row-major
 * order, so a small tensor costs what its numbers cost and nothing starts up for it; matrix
 * products of real size go to the OpenBLAS that ND4J ships through {@link NativeKernels}, loaded on
 * first use. No other class holds
 * tensor data, so where the numbers live can change without the rest of lmath knowing.
 * Operations return new tensors; the one exception is indexed assignment, which changes this
 * tensor as NumPy does.
 * A tensor made by a comparison is a mask: indexing with it selects (where it is non-zero), rather
 * than picks positions. Like NumPy's bool arrays, a mask stays a mask when it is indexed, reshaped
 * or transposed.
 */
public final class Tensor {

    private final double[] data;  // row-major, exactly size() elements, owned by this tensor
    private final int[] shape;
    private final boolean mask;
    /**
     * 0 until this tensor is changed in place, then the count of in-place changes of all tensors
     * ({@link #changes()}) at its latest change: grad can tell that a tensor it saved was changed
     * after it saved it, from the one count it noted then.
     */
    private long version;
    private static final AtomicLong CHANGES = new AtomicLong();
    /**
     * For a matrix made by {@link #transpose()} whose product with its source (A @ A.T) would go
     * to BLAS: the source's array, held weakly so as not to keep it alive, and the source's version
     * then. A @ A.T then skips comparing the two element by element (1.6 ms at 1024 x 1024).
     */
    private WeakReference<double[]> transposedFrom;
    private long transposedFromVersion;

    /** Takes data as it is (no copy): only for arrays nothing else holds. */
    private Tensor(double[] data, int[] shape, boolean mask) {
        this.data = data;
        this.shape = shape;
        this.mask = mask;
        if (data.length >= NativeStart.LARGE_TENSOR && NativeStart.productsExpected) NativeStart.largeTensorMade();
    }

    // ------------------------------------------------------------------ creation

    /** A tensor of the given shape holding a copy of data, in row-major order. */
    public static Tensor of(double[] data, int[] shape) {
        return ofData(data, shape, false);
    }

    /**
     * A tensor over data itself, without the copy {@link #of} makes: for an array just filled by
     * its maker (a million random draws), which must keep no other reference to it.
     */
    public static Tensor adopting(double[] data, int[] shape) {
        return owning(data, shape.clone(), false);
    }

    /** A 0/1 mask tensor, as comparisons make. */
    public static Tensor maskOf(double[] data, int[] shape) {
        return ofData(data, shape, true);
    }

    private static Tensor ofData(double[] data, int[] shape, boolean mask) {
        return owning(data.clone(), shape.clone(), mask);
    }

    /** A tensor over an array made for it (no copy). */
    private static Tensor owning(double[] data, int[] shape, boolean mask) {
        long size = 1;  // the data exists, so no budget to check: only that it fits the shape
        for (int dimension : shape) size *= dimension;
        if (data.length != size) {
            throw new IllegalArgumentException(data.length + " values for shape " + Shapes.describe(shape));
        }
        return new Tensor(data, shape, mask);
    }

    public static Tensor full(int[] shape, double value) {
        double[] data = new double[Shapes.size(shape)];
        Arrays.fill(data, value);
        return owning(data, shape.clone(), false);
    }

    public static Tensor eye(int rows, int columns) {
        Budget.requireTensor((double) rows * columns, "eye(" + rows + (rows == columns ? "" : ", " + columns) + ")");
        double[] data = new double[rows * columns];
        for (int i = 0; i < Math.min(rows, columns); i++) data[i * columns + i] = 1;
        return owning(data, new int[] {rows, columns}, false);
    }

    /** NumPy's linspace: num evenly spaced values from start to stop, both included. */
    public static Tensor linspace(double start, double stop, int count) {
        Budget.requireTensor(count, "linspace()");
        double[] data = new double[count];
        double step = count > 1 ? (stop - start) / (count - 1) : 0;
        for (int i = 0; i < count; i++) data[i] = start + i * step;
        if (count > 1) data[count - 1] = stop;
        return owning(data, new int[] {count}, false);
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
        return owning(data, new int[] {count}, false);
    }

    // ------------------------------------------------------------------ properties

    public int[] shape() {
        return shape.clone();
    }

    /** Whether the two shapes are equal, without copying either (the gradient rules ask this per node). */
    public boolean hasSameShape(Tensor other) {
        return Arrays.equals(shape, other.shape);
    }

    public int ndim() {
        return shape.length;
    }

    public int size() {
        return data.length;  // always the product of the shape (checked when the tensor is made)
    }

    public boolean isMask() {
        return mask;
    }

    /** The elements in row-major order (a copy). */
    public double[] toArray() {
        return data.clone();
    }

    /** The single element at these (non-negative, in-range) indices. */
    public double get(int... indices) {
        return data[offset(indices)];
    }

    /** The row-major position of the element at these (non-negative, in-range) indices. */
    private int offset(int[] indices) {
        int position = 0;
        for (int axis = 0; axis < indices.length; axis++) position = position * shape[axis] + indices[axis];
        return position;
    }

    // ------------------------------------------------------------------ elementwise

    /** this op other, broadcasting by NumPy's rules. */
    public Tensor elementwise(Elementwise operation, Tensor other) {
        return elementwise(operation, other, false, false);
    }

    /**
     * this op other, written into the array of this tensor (when overwriteThis) or of other (when
     * overwriteOther) if its shape is the result's, instead of a new array. Only for an operand that
     * is a temporary nothing else can see (see eval/Temporaries): a new array of ten million
     * elements costs more than the arithmetic, in page faults and collections.
     */
    public Tensor elementwise(Elementwise operation, Tensor other, boolean overwriteThis, boolean overwriteOther) {
        // As NumPy's bool * bool is "and" and bool + bool is "or", the product and the sum of two
        // masks select (where non-zero), so a[(a > 0) + (b > 0)] does not pick positions 0, 1, 2.
        boolean combinesMasks = mask && other.mask && (operation == Elementwise.MULTIPLY || operation == Elementwise.ADD);
        boolean resultIsMask = operation.isComparison() || combinesMasks;
        // The same shapes (most gradients): no broadcast shape to work out.
        boolean sameShape = Arrays.equals(shape, other.shape);
        int[] resultShape = sameShape ? shape : Shapes.broadcast(shape, other.shape, operation.symbol);
        if (Shapes.size(resultShape) == 0) return emptyResult(operation, resultShape);
        if (sameShape) {
            // Each element is read before its place is written, so the result may be an operand's array.
            double[] result = overwriteThis ? data : overwriteOther ? other.data : new double[data.length];
            ElementwiseLoops.arrays(operation, data, 0, other.data, 0, result, 0, result.length);
            return owning(result, shape.clone(), resultIsMask);
        }
        // One element against a whole tensor (a traced number is a tensor of shape ()): one loop,
        // not one call per row as broadcasting does when the last axis has length 1.
        if (other.data.length == 1 && Arrays.equals(resultShape, shape)) {
            double[] result = new double[data.length];
            ElementwiseLoops.arrayScalar(operation, data, 0, other.data[0], result, 0, result.length);
            return owning(result, resultShape, resultIsMask);
        }
        if (data.length == 1 && Arrays.equals(resultShape, other.shape)) {
            double[] result = new double[other.data.length];
            ElementwiseLoops.scalarArray(operation, data[0], other.data, 0, result, 0, result.length);
            return owning(result, resultShape, resultIsMask);
        }
        double[] result = Broadcasting.combine(operation, data, shape, other.data, other.shape, resultShape);
        return owning(result, resultShape, resultIsMask);
    }

    /** this op scalar, or scalar op this when scalarOnLeft. */
    public Tensor elementwise(Elementwise operation, double scalar, boolean scalarOnLeft) {
        return elementwise(operation, scalar, scalarOnLeft, false);
    }

    /** The same, written into this tensor's array when overwriteThis (a temporary, as above). */
    public Tensor elementwise(Elementwise operation, double scalar, boolean scalarOnLeft, boolean overwriteThis) {
        if (size() == 0) return emptyResult(operation, shape);
        double[] result = overwriteThis ? data : new double[data.length];
        if (scalarOnLeft) {
            ElementwiseLoops.scalarArray(operation, scalar, data, 0, result, 0, result.length);
        } else {
            ElementwiseLoops.arrayScalar(operation, data, 0, scalar, result, 0, result.length);
        }
        return owning(result, shape.clone(), operation.isComparison());
    }

    /** NumPy gives an empty result of the broadcast shape. */
    private static Tensor emptyResult(Elementwise operation, int[] resultShape) {
        return owning(new double[0], resultShape.clone(), operation.isComparison());
    }

    /** This tensor stretched to a larger shape by NumPy's broadcasting rule. */
    public Tensor broadcastTo(int[] target) {
        int[] resultShape = Shapes.broadcast(shape, target, "broadcast");
        if (!Arrays.equals(resultShape, target)) {
            throw new LMathError("cannot broadcast a tensor of shape " + Shapes.describe(shape) + " to shape " + Shapes.describe(target));
        }
        return Arrays.equals(shape, target) ? copy() : owning(Broadcasting.stretch(data, shape, target), target.clone(), mask);
    }

    /**
     * The function applied to every element, with the same Java rule as for a plain number, so a
     * number and a tensor of any size give the same bits. (Measured: Java's Math.exp over ten
     * million elements takes 0.1 s, ND4J's kernel 0.27 s with its copies, and ND4J must start.)
     */
    public Tensor map(MathFunction function) {
        return map(function, false);
    }

    /** The same, written into this tensor's array when overwriteThis (a temporary, as above). */
    public Tensor map(MathFunction function, boolean overwriteThis) {
        double[] result = overwriteThis ? data : new double[data.length];
        MathLoops.apply(function, data, result);
        return owning(result, shape.clone(), false);
    }

    /**
     * The natural log of every element with the C library's log (through ND4J), for callers that
     * must match NumPy to the last bit: the normal random numbers take their logs so. Java's
     * Math.log differs from C's in the last bit for about 1 input in 1000.
     */
    public Tensor logNatively() {
        if (size() == 0) return map(MathFunction.LOG);
        return owning(NativeKernels.logarithms(data), shape.clone(), false);
    }

    /** 1 where this is 0, 0 elsewhere: logical not of a mask. */
    public Tensor logicalNot() {
        double[] result = new double[data.length];
        for (int i = 0; i < result.length; i++) result[i] = data[i] == 0 ? 1 : 0;
        return owning(result, shape.clone(), true);
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

        double[] values = switch (reduction) {
            case SUM, MEAN -> AxisReduction.sum(data, shape, normal);
            case MAX -> AxisReduction.extreme(data, shape, normal, true);
            case MIN -> AxisReduction.extreme(data, shape, normal, false);
        };
        if (reduction == Reduction.MEAN) {
            int count = size() / values.length;
            for (int i = 0; i < values.length; i++) values[i] /= count;
        }
        return owning(values, reducedShape(normal, keepDimensions), false);
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

    /** The shape after reducing the axes: each one kept as 1 with keepDimensions, else gone. */
    private int[] reducedShape(int[] axes, boolean keepDimensions) {
        if (keepDimensions) {
            int[] result = shape.clone();
            for (int axis : axes) result[axis] = 1;
            return result;
        }
        int[] result = new int[shape.length - axes.length];
        int next = 0;
        for (int axis = 0, k = 0; axis < shape.length; axis++) {
            if (k < axes.length && axes[k] == axis) k++;   // axes are sorted and distinct
            else result[next++] = shape[axis];
        }
        return result;
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
        return owning(data.clone(), newShape.clone(), mask);  // a copy: the result must not share this tensor's data
    }

    /** Reverses the axes, as NumPy's .T does (a 1-D tensor stays as it is, but is a copy like the rest). */
    /** The axes reordered: axis i of the result is axis order[i] of this tensor. */
    public Tensor permute(int[] order) {
        if (order.length != shape.length) {
            throw new LMathError("transpose: " + order.length + " axes given for a tensor with " + shape.length);
        }
        int[] permuted = new int[order.length];
        for (int i = 0; i < order.length; i++) permuted[i] = shape[order[i]];
        return owning(Permutation.apply(data, shape, order), permuted, mask);
    }

    public Tensor transpose() {
        if (shape.length < 2) return copy();
        int[] order = new int[shape.length];
        for (int i = 0; i < order.length; i++) order[i] = shape.length - 1 - i;
        Tensor transposed = permute(order);
        if (shape.length == 2 && (long) shape[0] * shape[0] * shape[1] >= NativeKernels.MIN_PRODUCT_WORK) {
            transposed.transposedFrom = new WeakReference<>(data);
            transposed.transposedFromVersion = version;
        }
        return transposed;
    }

    /** Whether this matrix is known to be matrix's transpose: made from it by transpose(), neither changed since. */
    private boolean isKnownTransposeOf(Tensor matrix) {
        return transposedFrom != null && version == 0 && transposedFrom.get() == matrix.data
                && matrix.version == transposedFromVersion;
    }

    /** A copy that no other value shares. */
    public Tensor copy() {
        return owning(data.clone(), shape.clone(), mask);
    }

    // ------------------------------------------------------------------ matrix product

    public Tensor matmul(Tensor other) {
        MatrixProduct.Result product = MatrixProduct.matmul(data, shape, other.data, other.shape, other.isKnownTransposeOf(this));
        return owning(product.data(), product.shape(), false);
    }

    // ------------------------------------------------------------------ indexing

    /** NumPy indexing; all-integer indices give a 0-dimensional tensor. */
    // ------------------------------------------------------------------ products, selection, joining, linear algebra

    /** NumPy's prod over axes (null: all), multiplying in row-major order. */
    public Tensor product(int[] axes, boolean keepDimensions) {
        int[] normal = normaliseAxes(axes);
        boolean[] reduced = reducedAxes(normal);
        int[] resultShape = reducedShape(normal, keepDimensions);
        return owning(Products.product(data, Products.groups(shape, reduced), Shapes.size(resultShape)), resultShape, false);
    }

    /** NumPy's argmax / argmin over all elements (flat index) or along one axis; the first wins ties, nan wins all. */
    public Tensor argExtreme(boolean largest, int[] axes) {
        if (size() == 0) throw new LMathError((largest ? "argmax" : "argmin") + " of an empty tensor has no answer");
        int[] normal = normaliseAxes(axes);
        int[] resultShape = reducedShape(normal, false);
        int count = Shapes.size(resultShape);
        int[] group = Products.groups(shape, reducedAxes(normal));

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
        return owning(bestIndex, resultShape, false);
    }

    /** For each element, the product of the other elements reduced with it (the gradient of prod). */
    public Tensor productOfOthers(int[] axes) {
        int[] normal = normaliseAxes(axes);
        boolean[] reduced = reducedAxes(normal);
        int groupCount = Shapes.size(reducedShape(normal, false));
        return owning(Products.productOfOthers(data, Products.groups(shape, reduced), groupCount), shape.clone(), false);
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
        return owning(first, shape, false);
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
        if (outer == 0) return owning(result, shape, false);
        double[][] data = new double[parts.size()][];
        for (int k = 0; k < data.length; k++) data[k] = parts.get(k).data;
        int offset = 0;
        for (int o = 0; o < outer; o++) {
            for (double[] part : data) {
                int block = part.length / outer;  // the part's elements under one index of the leading axes
                System.arraycopy(part, o * block, result, offset, block);
                offset += block;
            }
        }
        return owning(result, shape, false);
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

    /** 0 if this tensor was never changed in place (by indexed assignment), else {@link #changes()} after its latest change. */
    public long version() {
        return version;
    }

    /** How many in-place changes all tensors have had so far: a later change gives its tensor a larger version. */
    public static long changes() {
        return CHANGES.get();
    }

    /**
     * The adjoint of {@link #index}: a tensor of the given shape, zero except where the index
     * selects, where the values are added (twice when a position is selected twice).
     */
    public static Tensor scatterAdd(int[] shape, List<IndexItem> items, Tensor values) {
        IndexPlan plan = IndexPlan.of(shape, items);
        double[] source = Arrays.equals(values.shape, plan.resultShape) ? values.data
                : Broadcasting.stretch(values.toArray(), values.shape, plan.resultShape);
        double[] result = new double[Shapes.size(shape)];
        for (int i = 0; i < source.length; i++) result[plan.sourceOffsets[i]] += source[i];
        return owning(result, shape, false);
    }

    public Tensor index(List<IndexItem> items) {
        int[] rows = IndexPlan.rowRange(shape, items);
        if (rows != null) {  // X[a:b], the usual mini-batch: one block of whole rows, copied at once
            int rowSize = 1;
            for (int axis = 1; axis < shape.length; axis++) rowSize *= shape[axis];
            int[] resultShape = shape.clone();
            resultShape[0] = rows[1];
            return owning(Arrays.copyOfRange(data, rows[0] * rowSize, (rows[0] + rows[1]) * rowSize), resultShape, mask);
        }
        IndexPlan plan = IndexPlan.of(shape, items);
        double[] result = new double[plan.sourceOffsets.length];
        for (int i = 0; i < result.length; i++) result[i] = data[plan.sourceOffsets[i]];
        return owning(result, plan.resultShape.clone(), mask);
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
        version = CHANGES.incrementAndGet();
        data[offset(indices)] = value;
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
        version = CHANGES.incrementAndGet();
        for (int i = 0; i < offsets.length; i++) data[offsets[i]] = values[i];
    }
}
