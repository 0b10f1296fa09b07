/**
 * The errors a user sees: each carries the source position of the fault, and
 * {@link org.lmath.error.ErrorFormatter} turns one into "file:line:col: message", the line and a caret.
 * Depends only on {@code ast} (for positions).
 */
package org.lmath.error;
