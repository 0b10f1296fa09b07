/**
 * The tree-walking evaluator: {@link org.lmath.eval.Resolver} gives each name its slots once, after
 * parsing; {@link org.lmath.eval.Interpreter} then visits the AST with lexical
 * {@link org.lmath.eval.Environment}s; operators, indexing, calls and imports each have their own class.
 * Operators go through {@code autodiff}'s Differentiable, so code inside grad is recorded.
 * Depends on {@code ast}, {@code parse}, {@code autodiff}, {@code value}, {@code tensor}, {@code builtins}, {@code print}, {@code error}.
 */
package org.lmath.eval;
