package org.lmath.value;

/**
 * Something callable: a user function or lambda, or a builtin. Arguments arrive already matched
 * to the signature's parameters (defaults filled in, a variadic parameter as a tuple).
 */
public non-sealed interface FunctionValue extends Value {

    Signature signature();

    Value invoke(CallContext context, Value[] arguments);

    default String typeName() { return "function"; }

    /** Where a function written in lmath is defined (help shows the comment above it); null for a builtin. */
    default org.lmath.ast.Position definedAt() { return null; }
}
