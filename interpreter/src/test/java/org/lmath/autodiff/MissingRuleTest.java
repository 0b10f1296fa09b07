package org.lmath.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Position;
import org.lmath.error.LMathError;
import org.lmath.tensor.Elementwise;
import org.lmath.tensor.MathFunction;
import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.Num;
import org.lmath.value.SessionState;
import org.lmath.value.Signature;
import org.lmath.value.Value;

/** An operation without a gradient rule is a named lmath error, never a NullPointerException. */
class MissingRuleTest {

    @Test
    void aFunctionWithoutARuleIsNamed() {
        LMathError error = assertThrows(LMathError.class, () -> Rules.function(MathFunction.FLOOR));
        assertTrue(error.getMessage().startsWith("grad: floor() has no gradient rule yet"), error.getMessage());
        assertTrue(error.getMessage().contains("compute it outside the function grad differentiates"), error.getMessage());
    }

    @Test
    void aComparisonHasNoRuleAndIsNamedByItsSymbol() {
        LMathError error = assertThrows(LMathError.class, () -> Rules.elementwise(Elementwise.LESS_EQUAL));
        assertTrue(error.getMessage().startsWith("grad: '<=' has no gradient rule yet"), error.getMessage());
    }

    @Test
    void aRuleThatGivesNoGradientForANeededInputIsNamed() {
        // A primitive whose backward forgets its input: the walk back must say so, not skip it (a
        // silent zero gradient) or fail with a NullPointerException.
        Primitive forgetful = new Primitive() {
            public String name() { return "forgetful"; }
            public Value compute(Value[] inputs) { return inputs[0]; }
            public Value[] backward(Value cotangent, Value[] inputs, Value output, boolean[] needed) { return new Value[1]; }
        };
        LMathError error = assertThrows(LMathError.class,
                () -> new Gradients().valueAndGradient(new DirectCalls(), function(forgetful), List.of(new Num(2)), new int[] {0}, "grad"));
        assertEquals("grad: forgetful's gradient rule gives no gradient for its input 1, so that input cannot be a value that "
                + "grad is differentiating; compute it outside the function grad differentiates, or write it with operations that have one",
                error.getMessage());
    }

    @Test
    void aRuleThatExistsStillDifferentiates() {
        // d(x * x)/dx at 3 is 2 * 3 = 6, by hand.
        FunctionValue square = function(new Primitive() {
            public String name() { return "square by hand"; }
            public Value compute(Value[] inputs) { return Rules.MULTIPLY.apply(inputs[0], inputs[0]); }
            public Value[] backward(Value g, Value[] inputs, Value output, boolean[] needed) {
                return new Value[] {Rules.MULTIPLY.apply(g, Rules.MULTIPLY.apply(new Num(2), inputs[0]))};
            }
        });
        Gradients.Result result = new Gradients().valueAndGradient(new DirectCalls(), square, List.of(new Num(3)), new int[] {0}, "grad");
        assertEquals(9.0, ((Num) result.value()).value());
        assertEquals(6.0, ((Num) result.gradients().get(0)).value());
    }

    /** A one-argument function that applies the primitive to its argument. */
    private static FunctionValue function(Primitive primitive) {
        return new FunctionValue() {
            public Signature signature() { return new Signature("f", List.of()); }
            public Value invoke(CallContext context, Value[] arguments) { return primitive.apply(arguments[0]); }
        };
    }

    private static final class DirectCalls implements CallContext {
        public Position position() { return null; }
        public Value call(FunctionValue function, List<Value> arguments) { return function.invoke(this, arguments.toArray(new Value[0])); }
        public PrintStream out() { return System.out; }
        public SessionState session() { return null; }
    }
}
