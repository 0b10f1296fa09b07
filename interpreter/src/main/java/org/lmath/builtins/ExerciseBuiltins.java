package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import org.lmath.error.NotDone;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Str;

/**
 * check and todo: the two builtins an exercise is written with (docs/exercises.md). check
 * compares as NumPy's assert_allclose does and says where the values differ; todo marks the
 * part a student must write.
 */
final class ExerciseBuiltins {

    private ExerciseBuiltins() {}

    private static final String TOPIC = "testing";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "check", Gradient.CONSTANT,
                "Fails unless actual matches expected: numbers and tensors within tol (relative and absolute, shape first), "
                        + "anything else equal; the failure names the worst element. check(softmax(x), [0.09, 0.24, 0.67], tol=0.01).",
                args -> {
                    String message = args.string("msg");
                    String problem = CheckComparison.compare(args.get("actual"), args.get("expected"), args.number("tol"));
                    if (problem != null) throw new org.lmath.error.LMathError("check failed: " + (message.isEmpty() ? "" : message + ": ") + problem);
                    return NoneValue.NONE;
                }, required("actual"), required("expected"), optional("tol", new Num(1e-6)), optional("msg", new Str("")));
        table.add(TOPIC, "todo", Gradient.CONSTANT,
                "Marks a part of an exercise still to write: running it fails the test with 'not done yet: <hint>'.",
                args -> {
                    throw new NotDone(args.string("hint"));
                }, optional("hint", new Str("write this part")));
    }
}
