package org.lmath.builtins;

/** What a builtin does with a value that grad is tracing. */
public enum Gradient {
    /** It has a gradient rule: traced arguments go through the autodiff table. */
    RULE,
    /** It is flat or not numeric (argmax, floor, len, print): traced arguments count as their values. */
    CONSTANT,
    /** Differentiable in mathematics but without a rule yet: a traced argument is an error, not a wrong gradient. */
    NO_RULE_YET,
    /** Changes an argument in place (shuffle): a value grad is tracing is refused, as A[i] = ... refuses it. */
    IN_PLACE
}
