package org.lmath.value;

/**
 * Where a traced value came from on a gradient tape (implemented by the autodiff package, which
 * this package does not depend on). The level says which grad is recording it: 1 for the
 * outermost, higher for grads nested inside it.
 */
public interface Trace {

    int level();

    /** False once the grad that recorded it has finished: the value is then a plain constant. */
    boolean isActive();
}
