/**
 * The tree-walking evaluator: {@link org.lmath.eval.Interpreter} visits the AST with lexical
 * {@link org.lmath.eval.Environment}s; operators, indexing, calls and imports each have their own class.
 * Depends on {@code ast}, {@code parse}, {@code value}, {@code tensor}, {@code builtins}, {@code print}, {@code error}.
 */
package org.lmath.eval;
