package org.lmath.autodiff;

import java.util.Arrays;

import org.lmath.value.Value;

/**
 * The record of one grad call: every primitive applied to a value it traces, in the order they
 * ran. Backward is a reverse walk over this list, so a loop of 100,000 steps inside the
 * function needs no recursion.
 */
final class Tape {

    final int level;
    private boolean active = true;
    private Node[] nodes = new Node[16];  // a plain array: an ArrayList's checks cost per node before the JIT compiles them
    private int size;

    Tape(int level) {
        this.level = level;
    }

    boolean isActive() {
        return active;
    }

    void finish() {
        active = false;
    }

    int size() {
        return size;
    }

    Node node(int index) {
        return nodes[index];
    }

    /** A leaf: one of the arguments being differentiated. */
    Node input() {
        return add(new Node(this, size, null, null, null, null));
    }

    Node record(Primitive primitive, Value[] inputs, Node[] parents, Value output) {
        return add(new Node(this, size, primitive, inputs, parents, output));
    }

    private Node add(Node node) {
        if (size == nodes.length) nodes = Arrays.copyOf(nodes, 2 * size);
        nodes[size++] = node;
        return node;
    }
}
