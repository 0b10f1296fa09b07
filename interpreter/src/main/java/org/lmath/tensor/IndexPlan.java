package org.lmath.tensor;

import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;

/**
 * Works out what a NumPy index selects: the shape of the result and, for each of its elements in
 * row-major order, the flat position it comes from. Reading and assignment share the plan.
 * Follows NumPy: integers drop an axis, slices keep it, integer arrays (and masks, which become
 * integer arrays of the positions they select) broadcast together and their axes go where the
 * first of them stood when they are adjacent, or first otherwise.
 */
final class IndexPlan {

    final int[] resultShape;
    final int[] sourceOffsets;

    private IndexPlan(int[] resultShape, int[] sourceOffsets) {
        this.resultShape = resultShape;
        this.sourceOffsets = sourceOffsets;
    }

    /** One axis of the source after resolving the index: a slice, a single position or an array. */
    private record Axis(int start, int step, int count, int[] positions, int[] positionsShape, boolean single) {
        boolean advanced(boolean anyArrays) {
            return positions != null || (single && anyArrays);
        }
    }

    static IndexPlan of(int[] shape, List<IndexItem> items) {
        if (items.size() == 1 && items.get(0) instanceof IndexItem.Mask mask && Shapes.equal(mask.mask().shape(), shape)) {
            return wholeMask(mask.mask());
        }
        List<IndexItem> expanded = expandMasks(shape, items);
        if (expanded.size() > shape.length) {
            throw new LMathError("too many indices: a tensor of shape " + Shapes.describe(shape) + " has "
                    + shape.length + (shape.length == 1 ? " dimension" : " dimensions") + " but "
                    + expanded.size() + " were given");
        }
        List<Axis> axes = new ArrayList<>();
        boolean anyArrays = false;
        for (int d = 0; d < shape.length; d++) {
            IndexItem item = d < expanded.size() ? expanded.get(d) : new IndexItem.Slice(null, null, null);
            Axis axis = resolve(item, shape[d], d);
            anyArrays |= axis.positions != null;
            axes.add(axis);
        }
        return anyArrays ? advanced(shape, axes) : basic(shape, axes);
    }

    /**
     * The first row and the number of rows when the items are one slice with step 1 (x[a:b] of a
     * tensor with at least one axis), whose result is a contiguous block of whole rows; else null.
     */
    static int[] rowRange(int[] shape, List<IndexItem> items) {
        if (items.size() != 1 || shape.length == 0 || !(items.get(0) instanceof IndexItem.Slice slice)) return null;
        if (slice.step() != null && slice.step() != 1) return null;
        int start = clampForward(slice.start(), shape[0], 0);
        int stop = clampForward(slice.stop(), shape[0], shape[0]);
        return new int[] {start, Math.max(0, stop - start)};
    }

    /** x[x > 0], the common case: the selected flat positions in order, without coordinates. */
    private static IndexPlan wholeMask(Tensor mask) {
        double[] values = mask.toArray();
        int count = 0;
        for (double value : values) if (value != 0) count++;
        int[] offsets = new int[count];
        int n = 0;
        for (int flat = 0; flat < values.length; flat++) if (values[flat] != 0) offsets[n++] = flat;
        return new IndexPlan(new int[] {count}, offsets);
    }

    private static List<IndexItem> expandMasks(int[] shape, List<IndexItem> items) {
        List<IndexItem> result = new ArrayList<>();
        for (IndexItem item : items) {
            if (!(item instanceof IndexItem.Mask mask)) {
                result.add(item);
                continue;
            }
            int[] maskShape = mask.mask().shape();
            int first = result.size();
            for (int k = 0; k < maskShape.length; k++) {
                if (first + k >= shape.length || shape[first + k] != maskShape[k]) {
                    throw new LMathError("mask of shape " + Shapes.describe(maskShape)
                            + " does not match the tensor's shape " + Shapes.describe(shape) + " at axis " + (first + k));
                }
            }
            double[] values = mask.mask().toArray();
            int count = 0;
            for (double value : values) if (value != 0) count++;
            int[][] coordinates = new int[maskShape.length][count];
            int[] strides = Shapes.strides(maskShape);
            int n = 0;
            for (int flat = 0; flat < values.length; flat++) {
                if (values[flat] == 0) continue;
                for (int k = 0; k < maskShape.length; k++) coordinates[k][n] = (flat / strides[k]) % maskShape[k];
                n++;
            }
            for (int k = 0; k < maskShape.length; k++) result.add(new IndexItem.Positions(coordinates[k], new int[] {count}));
        }
        return result;
    }

    private static Axis resolve(IndexItem item, int size, int axis) {
        if (item instanceof IndexItem.Single single) {
            return new Axis(normalise(single.index(), size, axis), 1, 1, null, null, true);
        }
        if (item instanceof IndexItem.Positions positions) {
            int[] values = new int[positions.values().length];
            for (int i = 0; i < values.length; i++) values[i] = normalise(positions.values()[i], size, axis);
            return new Axis(0, 1, 0, values, positions.shape(), false);
        }
        IndexItem.Slice slice = (IndexItem.Slice) item;
        int step = slice.step() == null ? 1 : slice.step();
        if (step == 0) throw new LMathError("slice step cannot be zero");
        int start, stop;
        if (step > 0) {
            start = clampForward(slice.start(), size, 0);
            stop = clampForward(slice.stop(), size, size);
        } else {
            start = clampBackward(slice.start(), size, size - 1);
            stop = clampBackward(slice.stop(), size, -1);
        }
        int count = step > 0 ? Math.max(0, (stop - start + step - 1) / step) : Math.max(0, (start - stop - step - 1) / -step);
        return new Axis(start, step, count, null, null, false);
    }

    /** Python's slice.indices for a positive step. */
    private static int clampForward(Integer bound, int size, int absent) {
        if (bound == null) return absent;
        int value = bound < 0 ? bound + size : bound;
        return Math.max(0, Math.min(size, value));
    }

    /** Python's slice.indices for a negative step (stop may be -1: "before the first"). */
    private static int clampBackward(Integer bound, int size, int absent) {
        if (bound == null) return absent;
        int value = bound < 0 ? bound + size : bound;
        return Math.max(-1, Math.min(size - 1, value));
    }

    static int normalise(int index, int size, int axis) {
        int value = index < 0 ? index + size : index;
        if (value < 0 || value >= size) {
            throw new LMathError("index " + index + " is out of bounds for axis " + axis + " with size " + size);
        }
        return value;
    }

    private static IndexPlan basic(int[] shape, List<Axis> axes) {
        int[] strides = Shapes.strides(shape);
        int base = 0;
        List<Integer> kept = new ArrayList<>();
        for (int d = 0; d < axes.size(); d++) {
            Axis axis = axes.get(d);
            base += axis.start * strides[d];
            if (!axis.single) kept.add(d);
        }
        int[] resultShape = new int[kept.size()];
        int[] steps = new int[kept.size()];
        for (int j = 0; j < kept.size(); j++) {
            resultShape[j] = axes.get(kept.get(j)).count;
            steps[j] = axes.get(kept.get(j)).step * strides[kept.get(j)];
        }
        int[] offsets = new int[Shapes.size(resultShape)];
        fill(offsets, resultShape, steps, base);
        return new IndexPlan(resultShape, offsets);
    }

    /** Walks the result in row-major order, adding each axis' step: an odometer. */
    private static void fill(int[] offsets, int[] shape, int[] steps, int base) {
        if (offsets.length == 0) return;
        int[] counter = new int[shape.length];
        int offset = base;
        for (int n = 0; n < offsets.length; n++) {
            offsets[n] = offset;
            for (int j = shape.length - 1; j >= 0; j--) {
                counter[j]++;
                offset += steps[j];
                if (counter[j] < shape[j]) break;
                offset -= steps[j] * counter[j];
                counter[j] = 0;
            }
        }
    }

    private static IndexPlan advanced(int[] shape, List<Axis> axes) {
        int[] strides = Shapes.strides(shape);
        int[] broadcastShape = new int[0];
        List<Integer> advancedAxes = new ArrayList<>();
        for (int d = 0; d < axes.size(); d++) {
            Axis axis = axes.get(d);
            if (!axis.advanced(true)) continue;
            advancedAxes.add(d);
            int[] own = axis.positions != null ? axis.positionsShape : new int[0];
            broadcastShape = Shapes.broadcast(broadcastShape, own, "indexing with arrays");
        }
        boolean adjacent = advancedAxes.get(advancedAxes.size() - 1) - advancedAxes.get(0) == advancedAxes.size() - 1;
        int insertAt = adjacent ? advancedAxes.get(0) : 0;

        // The result's axes: slice axes before the insertion point, the broadcast block, the rest.
        List<Integer> sliceAxes = new ArrayList<>();
        for (int d = 0; d < axes.size(); d++) if (!axes.get(d).advanced(true)) sliceAxes.add(d);
        int slicesBefore = 0;
        for (int d : sliceAxes) if (d < insertAt) slicesBefore++;
        int blockRank = broadcastShape.length;
        int[] resultShape = new int[sliceAxes.size() + blockRank];
        for (int j = 0; j < sliceAxes.size(); j++) {
            int at = j < slicesBefore ? j : j + blockRank;
            resultShape[at] = axes.get(sliceAxes.get(j)).count;
        }
        System.arraycopy(broadcastShape, 0, resultShape, slicesBefore, blockRank);

        // Each advanced axis' positions, broadcast over the block, as one flat array.
        int blockSize = Shapes.size(broadcastShape);
        int[][] blockPositions = new int[advancedAxes.size()][];
        for (int k = 0; k < advancedAxes.size(); k++) {
            Axis axis = axes.get(advancedAxes.get(k));
            blockPositions[k] = axis.positions != null
                    ? broadcastPositions(axis.positions, axis.positionsShape, broadcastShape)
                    : filled(blockSize, axis.start);
        }

        int[] offsets = new int[Shapes.size(resultShape)];
        int[] counter = new int[resultShape.length];
        int[] blockStrides = Shapes.strides(broadcastShape);
        for (int n = 0; n < offsets.length; n++) {
            int blockIndex = 0;
            for (int b = 0; b < blockRank; b++) blockIndex += counter[slicesBefore + b] * blockStrides[b];
            int offset = 0;
            for (int k = 0; k < advancedAxes.size(); k++) offset += blockPositions[k][blockIndex] * strides[advancedAxes.get(k)];
            for (int j = 0; j < sliceAxes.size(); j++) {
                Axis axis = axes.get(sliceAxes.get(j));
                int at = j < slicesBefore ? j : j + blockRank;
                offset += (axis.start + counter[at] * axis.step) * strides[sliceAxes.get(j)];
            }
            offsets[n] = offset;
            for (int j = resultShape.length - 1; j >= 0; j--) {
                if (++counter[j] < resultShape[j]) break;
                counter[j] = 0;
            }
        }
        return new IndexPlan(resultShape, offsets);
    }

    private static int[] filled(int size, int value) {
        int[] result = new int[size];
        java.util.Arrays.fill(result, value);
        return result;
    }

    private static int[] broadcastPositions(int[] values, int[] shape, int[] target) {
        int[] result = new int[Shapes.size(target)];
        int[] sourceStrides = Shapes.strides(shape);
        int[] targetStrides = Shapes.strides(target);
        int offset = target.length - shape.length;
        for (int n = 0; n < result.length; n++) {
            int source = 0;
            for (int d = 0; d < shape.length; d++) {
                int coordinate = (n / targetStrides[d + offset]) % target[d + offset];
                if (shape[d] != 1) source += coordinate * sourceStrides[d];
            }
            result[n] = values[source];
        }
        return result;
    }
}
