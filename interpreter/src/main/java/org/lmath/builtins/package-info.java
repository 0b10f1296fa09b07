/**
 * The builtin functions, grouped by topic. Each is declared once (name, parameters with defaults,
 * a one-line doc, its body) in a {@link org.lmath.builtins.BuiltinTable}; the same declaration
 * serves the call checker, help, completion and the reference page.
 * Depends on {@code value}, {@code tensor}, {@code print}, {@code error}.
 */
package org.lmath.builtins;
