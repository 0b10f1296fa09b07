package org.lmath.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.tensor.Shapes;
import org.lmath.value.Num;
import org.lmath.value.Parameter;
import org.lmath.value.Signature;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;

/**
 * A builtin's error names the builtin and its arguments. Many builtins are composed of the same
 * operations a user writes (mse is mean((p - t)^2)), and an error found inside one of them names
 * that operation ("-: shapes (2,) and (3,) cannot be broadcast"), which the line does not
 * contain. Such an error, still without a position when it leaves the builtin (so it came from
 * the builtin's own Java code, not from a user function it called), is renamed here:
 * "mse(): shapes (2,) and (3,) cannot be broadcast ... (prediction has shape (2,), target (3,))".
 */
final class BuiltinErrors {

    private BuiltinErrors() {}

    /** "-: ", "matmul: ", "where: ": the name of an inner operation at the start of a message. */
    private static final Pattern INNER_OPERATION = Pattern.compile("^([^\\s:()']{1,20}): ");

    static LMathError named(Signature signature, Value[] arguments, LMathError error) {
        if (error.position() != null || !error.callers().isEmpty()) return error;
        // Interrupted, NotDone (todo), ExitRequest and the like are signals, not messages to reword.
        if (error.getClass() != LMathError.class) return error;
        String name = signature.name();
        String message = error.getMessage();
        if (message.startsWith(name + "(") || message.startsWith(name + " ") || message.startsWith("grad")) return error;
        Matcher inner = INNER_OPERATION.matcher(message);
        if (inner.find()) {
            if (inner.group(1).equals(name)) return error;  // "eig: ...": the builtin named already
            message = message.substring(inner.end());
        }
        return new LMathError(name + "(): " + message + shapesOf(signature, arguments));
    }

    /** " (a has shape (2,), b has shape (3,))": the tensor arguments, so the reader sees which one is off. */
    private static String shapesOf(Signature signature, Value[] arguments) {
        List<String> parts = new ArrayList<>();
        List<Parameter> parameters = signature.parameters();
        for (int i = 0; i < arguments.length && i < parameters.size(); i++) {
            Value plain = Traced.strip(arguments[i]);
            if (!parameters.get(i).tensor() || !(plain instanceof TensorValue || plain instanceof Num)) continue;
            parts.add(parameters.get(i).name() + " has shape " + Shapes.describe(Differentiable.shapeOf(plain)));
        }
        return parts.size() < 2 ? "" : " (" + String.join(", ", parts) + ")";
    }
}
