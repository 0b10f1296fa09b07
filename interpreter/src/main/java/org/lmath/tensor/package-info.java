/**
 * Tensors: the one class, {@link org.lmath.tensor.Tensor}, float64 elements in a Java array, with
 * its helpers for shapes, indexing, matrix products and reductions (in Java, in NumPy's order),
 * the numerical work done with commons-math3 (decompositions, the normal and t distributions),
 * and {@link org.lmath.tensor.NativeKernels}, the one door to native code: products of real size
 * in the OpenBLAS that ND4J ships (called through its bindings, without starting ND4J), and the C
 * library's log through ND4J. Nothing outside this package imports ND4J or sees where the numbers live,
 * so the storage can change without touching the evaluator. Depends only on {@code error}.
 */
package org.lmath.tensor;
