package org.lmath.autodiff;

import org.lmath.tensor.Tensor;
import org.lmath.value.Trace;
import org.lmath.value.Value;

/**
 * One entry of a tape: the primitive, its inputs as seen at this tape's level (values traced
 * by outer grads stay traced), which inputs are themselves on this tape, and the output.
 * Values carry no mutable gradient: backward keeps the gradients in its own array.
 */
final class Node implements Trace {

    final Tape tape;
    final int index;
    final Primitive primitive;   // null for an input (a leaf)
    final Value[] inputs;
    final Node[] parents;        // parents[i] is null when input i is a constant for this tape
    final Value output;
    final long changes;          // Tensor.changes() when recorded: a tensor input with a larger version was changed since
    final boolean[] needed;      // needed[i]: input i is on this tape, so backward must give its gradient

    Node(Tape tape, int index, Primitive primitive, Value[] inputs, Node[] parents, Value output) {
        this.tape = tape;
        this.index = index;
        this.primitive = primitive;
        this.inputs = inputs;
        this.parents = parents;
        this.output = output;
        this.changes = Tensor.changes();
        this.needed = parents == null ? null : needed(parents);
    }

    // The usual patterns of one or two inputs, shared by every node that has them (rules only read needed).
    private static final boolean[] FIRST = {true}, LEFT = {true, false}, RIGHT = {false, true}, BOTH = {true, true};

    private static boolean[] needed(Node[] parents) {
        if (parents.length == 1 && parents[0] != null) return FIRST;
        if (parents.length == 2) return parents[0] == null ? RIGHT : parents[1] == null ? LEFT : BOTH;
        boolean[] needed = new boolean[parents.length];
        for (int i = 0; i < needed.length; i++) needed[i] = parents[i] != null;
        return needed;
    }

    @Override
    public int level() {
        return tape.level;
    }

    @Override
    public boolean isActive() {
        return tape.isActive();
    }
}
