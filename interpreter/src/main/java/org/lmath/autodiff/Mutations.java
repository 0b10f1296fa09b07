package org.lmath.autodiff;

import org.lmath.error.LMathError;
import org.lmath.tensor.Tensor;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * Guards against the one way a tape could give a wrong gradient: a tensor it saved being changed
 * in place (A[i] = ...) before backward reads it. All in-place changes are counted together; a
 * tensor keeps the count after its latest change, a node the count when it was recorded, and
 * backward refuses if an input's is larger (one number per node instead of one per input).
 */
final class Mutations {

    private Mutations() {}

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
        if (Tensor.changes() == node.changes) return;  // no tensor at all was changed since the node was recorded
        for (int i = 0; i < node.inputs.length; i++) {
            if (node.inputs[i] instanceof TensorValue tensor && tensor.tensor().version() > node.changes) {
                throw new LMathError("grad: a tensor that " + operation(node.primitive.name()) + " used was changed afterwards "
                        + "by an assignment like A[i] = ..., so the gradient would be wrong; inside the function, change a "
                        + "tensor before using it, or build a new one instead of changing it");
            }
        }
    }
}
