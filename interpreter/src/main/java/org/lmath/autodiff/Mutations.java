package org.lmath.autodiff;

import org.lmath.error.LMathError;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * Guards against the one way a tape could give a wrong gradient: a tensor it saved being changed
 * in place (A[i] = ...) before backward reads it. Each tensor counts its changes; a node keeps
 * the counts it saw, and backward refuses if any moved.
 */
final class Mutations {

    private Mutations() {}

    static long[] versions(Value[] inputs) {
        long[] versions = new long[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            versions[i] = inputs[i] instanceof TensorValue tensor ? tensor.tensor().version() : 0;
        }
        return versions;
    }

    /** The operation as the user wrote it: '*' for multiply, indexing for index, exp() for exp. */
    private static String operation(String primitive) {
        return switch (primitive) {
            case "add" -> "'+'";
            case "subtract" -> "'-'";
            case "multiply" -> "'*'";
            case "divide" -> "'/'";
            case "power" -> "'**'";
            case "modulo" -> "'%'";
            case "matmul" -> "'@'";
            case "index" -> "indexing (x[...])";
            case "stack" -> "a bracket literal [a, b, ...]";
            default -> primitive + "()";
        };
    }

    static void check(Node node) {
        for (int i = 0; i < node.inputs.length; i++) {
            if (node.inputs[i] instanceof TensorValue tensor && tensor.tensor().version() != node.versions[i]) {
                throw new LMathError("grad: a tensor that " + operation(node.primitive.name()) + " used was changed afterwards "
                        + "by an assignment like A[i] = ..., so the gradient would be wrong; inside the function, change a "
                        + "tensor before using it, or build a new one instead of changing it");
            }
        }
    }
}
