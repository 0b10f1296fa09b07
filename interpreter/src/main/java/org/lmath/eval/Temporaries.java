package org.lmath.eval;

import org.lmath.ast.Expr;
import org.lmath.value.TensorValue;
import org.lmath.value.Value;

/**
 * Which tensor the evaluator may overwrite: NumPy's temporary elision. In exp(-x * x) * sin(x)
 * the values -x, -x * x and exp(...) are each used once, by the operation around them; that
 * operation may write its result into the temporary's array instead of a new one (B6, ten million
 * elements: half the arrays, and so half the fresh memory and page faults).
 *
 * <p>A producer (an arithmetic operator, unary minus, or a per-element builtin such as exp called
 * with one argument) reports the tensor it returns with {@link #result}, saying whether it is new
 * and untraced by grad (so no tape holds it or its operands). The operation that evaluated that
 * very expression node asks {@link #take} at once, before evaluating anything else, and the
 * answer is yes only for the value that node has just reported. A node's parent is fixed, so a
 * report is either taken by that parent at once or never asked about; a tensor stored in a name,
 * a list or anywhere else was not the operand of the operation asking, and is never overwritten.
 * An answer is given once, and the statement that follows forgets any report left.
 */
final class Temporaries {

    private Expr producer;
    private Value value;

    /**
     * What producer has just computed, returned as it is; fresh says whether it is a new tensor
     * nothing else holds. A producer that returns a tensor calls this last, fresh or not.
     */
    Value result(Expr producer, Value value, boolean fresh) {
        if (fresh && value instanceof TensorValue) {
            this.producer = producer;
            this.value = value;
        } else if (this.value != null) {
            forget();
        }
        return value;
    }

    /** Whether value, just returned by evaluating operand, is such a temporary; asks once. */
    boolean take(Expr operand, Value value) {
        if (this.value == null) return false;  // the common case, in a loop of plain numbers: no writes
        boolean temporary = operand == producer && value == this.value;
        forget();
        return temporary;
    }

    /** Nothing is a temporary (a producer whose result is not new, or a new statement). */
    void forget() {
        producer = null;
        value = null;
    }
}
