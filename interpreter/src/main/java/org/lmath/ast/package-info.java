/**
 * The abstract syntax tree: records under two sealed interfaces, {@link org.lmath.ast.Expr} and
 * {@link org.lmath.ast.Stmt}, each node with its source position first. A name, an assignment and each
 * node that opens a scope also carry a {@link org.lmath.ast.Resolved}, empty until the evaluator's
 * resolver fills it before the program runs. Depends on nothing else in lmath.
 */
package org.lmath.ast;
