package org.lmath.autodiff;

import java.util.ArrayList;
import java.util.List;

import org.lmath.value.Value;

/**
 * The record of one grad call: every primitive applied to a value it traces, in the order they
 * ran. Backward is a reverse walk over this list, so a loop of 100,000 steps inside the
 * function needs no recursion.
 */
final class Tape {

    final int level;
    private boolean active = true;
    final List<Node> nodes = new ArrayList<>();

    Tape(int level) {
        this.level = level;
    }

    boolean isActive() {
        return active;
    }

    void finish() {
        active = false;
    }

    /** A leaf: one of the arguments being differentiated. */
    Node input() {
        Node node = new Node(this, nodes.size(), null, null, null, null);
        nodes.add(node);
        return node;
    }

    Node record(Primitive primitive, Value[] inputs, Node[] parents, Value output) {
        Node node = new Node(this, nodes.size(), primitive, inputs, parents, output);
        nodes.add(node);
        return node;
    }
}
