/**
 * Reverse-mode differentiation on a tape. {@link org.lmath.autodiff.Differentiable} is the door
 * every differentiable operation goes through: on plain values it computes directly; when an
 * argument is being traced it records a {@link org.lmath.autodiff.Node} on that grad's
 * {@link org.lmath.autodiff.Tape}. {@link org.lmath.autodiff.Rules} is the one table of primitives,
 * forward and backward side by side; backward rules use Differentiable too, so an outer grad
 * records them (second derivatives). Depends on {@code value}, {@code tensor}, {@code error}.
 */
package org.lmath.autodiff;
