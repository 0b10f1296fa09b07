/**
 * The abstract syntax tree: records under two sealed interfaces, {@link org.lmath.ast.Expr} and
 * {@link org.lmath.ast.Stmt}, each node with its source position first. Depends on nothing else in lmath.
 */
package org.lmath.ast;
