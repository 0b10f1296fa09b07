package org.lmath.eval;

import java.util.Arrays;
import java.util.List;

import org.lmath.ast.Expr;
import org.lmath.ast.UnaryOperator;
import org.lmath.autodiff.Differentiable;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.Value;

/** Whether a bracket literal makes a tensor or a list (the contract's rule, in one place). */
final class BracketLiterals {

    private BracketLiterals() {}

    /** Written-out numbers only, nested to any depth: [1, -2.5], [[1, 2], [3, 4]]. */
    static boolean isNumeric(Expr.Bracket bracket) {
        if (bracket.elements().isEmpty()) return false;
        for (Expr element : bracket.elements()) {
            if (!isNumber(element) && !(element instanceof Expr.Bracket inner && isNumeric(inner))) return false;
        }
        return true;
    }

    private static boolean isNumber(Expr element) {
        if (element instanceof Expr.NumberLiteral) return true;
        return element instanceof Expr.Unary unary && unary.operator() == UnaryOperator.NEGATE
                && unary.operand() instanceof Expr.NumberLiteral;
    }

    /** All numbers, or all tensors (or ranges) of one shape: values that stack into a tensor. */
    static boolean stackable(List<Value> items) {
        if (items.isEmpty()) return false;
        int[] shape = null;
        for (Value item : items) {
            Value plain = Traced.strip(item);
            if (!(plain instanceof Num || plain instanceof TensorValue || plain instanceof RangeValue)) return false;
            // A range's shape is its length: asking Differentiable would make the whole tensor first.
            int[] itemShape = plain instanceof Num ? new int[0]
                    : plain instanceof RangeValue range ? new int[] {range.size()} : Differentiable.shapeOf(plain);
            if (shape == null) shape = itemShape;
            else if (!Arrays.equals(shape, itemShape)) return false;
        }
        return true;
    }
}
