/**
 * The limits the evaluator enforces on a program: how much one allocation may take (tensors,
 * strings, lists), checked before it is made, and the output cap. Any package may depend on it;
 * it depends only on {@code error}.
 */
package org.lmath.sandbox;
