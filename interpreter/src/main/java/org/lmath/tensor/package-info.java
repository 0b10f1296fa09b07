/**
 * Tensors: the one class, {@link org.lmath.tensor.Tensor}, that wraps ND4J float64 arrays, with its
 * helpers for shapes, indexing, matrix products and reductions (those in Java, in NumPy's order),
 * and the numerical work done with commons-math3: decompositions, the normal and t distributions.
 * Nothing outside this package imports ND4J, so the storage can change (a fast path for tiny
 * tensors) without touching the evaluator. Depends only on {@code error}.
 */
package org.lmath.tensor;
