/**
 * Reverse-mode differentiation on a tape. {@link org.lmath.autodiff.Differentiable} is the door
 * every differentiable operation goes through: on plain values it computes directly; when an
 * argument is being traced it records a {@link org.lmath.autodiff.Node} on that grad's
 * {@link org.lmath.autodiff.Tape}. {@link org.lmath.autodiff.Rules} is the one table of primitives,
 * forward and backward side by side; a primitive is applied as {@code Rules.X.apply(...)}, and
 * backward rules are written the same way, so an outer grad records them (second derivatives).
 * An operation without a rule is a named error. Depends on {@code value}, {@code tensor}, {@code error}.
 */
package org.lmath.autodiff;
