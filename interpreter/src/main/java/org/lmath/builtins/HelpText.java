package org.lmath.builtins;

import org.lmath.print.Printer;

/**
 * The help text of a builtin, as the REPL's `:help name` and the `help(name)` builtin show it:
 * the signature as a call would be written, then the doc, then what grad does with it.
 * <pre>
 * softmax(z, axis=-1)
 *     The probabilities exp(z) / sum(exp(z)) along an axis (the last by default).
 *     grad: differentiable.
 * </pre>
 */
public final class HelpText {

    private HelpText() {}

    public static String describe(Builtin builtin) {
        return Printer.signature(builtin) + "\n    " + builtin.doc() + "\n    grad: " + gradient(builtin.gradient());
    }

    private static String gradient(Gradient gradient) {
        return switch (gradient) {
            case RULE -> "differentiable.";
            case CONSTANT -> "treated as a constant (its inputs' values are used, no gradient flows through it).";
            case NO_RULE_YET -> "no gradient rule yet: grad reports an error if a traced value reaches it.";
        };
    }
}
