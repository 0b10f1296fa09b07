/**
 * The builtin functions, grouped by topic. Each is declared once (name, parameters with defaults,
 * a one-line doc, its body) in a {@link org.lmath.builtins.BuiltinTable}; the same declaration
 * serves the call checker, help, completion and the reference page.
 * Each also declares what it does under grad (a rule, a constant, or no rule yet).
 * Depends on {@code autodiff}, {@code value}, {@code tensor}, {@code print}, {@code error}.
 */
package org.lmath.builtins;
