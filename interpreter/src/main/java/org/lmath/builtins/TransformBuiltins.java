package org.lmath.builtins;

import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Gradients;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.Reduction;
import org.lmath.value.CallContext;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.Parameter;
import org.lmath.value.Signature;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;

/**
 * JAX's jvp and vjp: the product of f's Jacobian with a tangent (forward mode's question, here
 * answered through the Jacobian) and with a cotangent (one reverse walk per call of the returned
 * function).
 */
final class TransformBuiltins {

    private TransformBuiltins() {}

    static void register(BuiltinTable table, Gradients gradients) {
        table.add("differentiation", "jvp", Gradient.RULE, "(f(*primals), J @ tangents): f's value and its change along the tangents, "
                        + "as JAX's jvp(f, primals, tangents) (primals and tangents are tuples, one entry per argument of f).",
                args -> jacobianVectorProduct(args, gradients), required("f"), required("primals"), required("tangents"));
        table.add("differentiation", "vjp", Gradient.RULE, "(f(*primals), vjp_fn) as JAX's vjp: vjp_fn(u) gives the tuple of gradients "
                        + "of sum(u * f(...)), one per primal.",
                args -> vectorJacobianProduct(args, gradients), required("f"), variadic("primals"));
    }

    private static List<Value> entries(Arguments args, String name) {
        Value value = args.get(name);
        if (value instanceof TupleValue tuple) return tuple.items();
        if (value instanceof ListValue list) return list.items();
        throw new LMathError(args.what(name) + " must be a tuple with one entry per argument of f, like (x,), not "
                + org.lmath.value.Values.describe(value));
    }

    private static Value jacobianVectorProduct(Arguments args, Gradients gradients) {
        FunctionValue f = args.function("f");
        List<Value> primals = entries(args, "primals"), tangents = entries(args, "tangents");
        if (primals.size() != tangents.size()) {
            throw new LMathError("jvp(): primals and tangents must have one entry each per argument, got " + primals.size()
                    + " and " + tangents.size());
        }
        CallContext context = args.context();
        Value value = context.call(f, primals);
        Value product = null;
        for (int i = 0; i < primals.size(); i++) {
            int[] shape = Differentiable.shapeOf(primals.get(i));
            if (!java.util.Arrays.equals(shape, Differentiable.shapeOf(tangents.get(i)))) {
                throw new LMathError("jvp(): tangent " + i + " must have its primal's shape " + org.lmath.tensor.Shapes.describe(shape)
                        + ", got " + org.lmath.tensor.Shapes.describe(Differentiable.shapeOf(tangents.get(i))));
            }
            Value jacobian = gradients.jacobian(context, f, primals, i, "jvp");
            Value term;
            if (shape.length == 0) {
                term = Rules.MULTIPLY.apply(jacobian, tangents.get(i));
            } else {
                int rank = Differentiable.shapeOf(jacobian).length;
                int[] jacobianAxes = new int[shape.length], tangentAxes = new int[shape.length];
                for (int d = 0; d < shape.length; d++) {
                    jacobianAxes[d] = rank - shape.length + d;
                    tangentAxes[d] = d;
                }
                term = ContractionBuiltins.contract(jacobian, jacobianAxes, tangents.get(i), tangentAxes, "jvp");
            }
            product = product == null ? term : Rules.ADD.apply(product, term);
        }
        return TupleValue.of(value, product);
    }

    private static Value vectorJacobianProduct(Arguments args, Gradients gradients) {
        FunctionValue f = args.function("f");
        List<Value> primals = args.rest("primals");
        if (primals.isEmpty()) throw new LMathError("vjp(): give f's arguments after f, like vjp(f, x)");
        Value value = args.context().call(f, primals);
        int[] outputShape = Differentiable.shapeOf(value);
        FunctionValue pullback = new FunctionValue() {
            private final Signature signature = new Signature("vjp_fn", List.of(Parameter.required("cotangent")));

            public Signature signature() {
                return signature;
            }

            public Value invoke(CallContext context, Value[] arguments) {
                Value cotangent = arguments[0];
                if (!java.util.Arrays.equals(Differentiable.shapeOf(cotangent), outputShape)) {
                    throw new LMathError("vjp_fn(): the cotangent must have f's output shape " + org.lmath.tensor.Shapes.describe(outputShape)
                            + ", got " + org.lmath.tensor.Shapes.describe(Differentiable.shapeOf(Traced.strip(cotangent))));
                }
                FunctionValue weighted = new FunctionValue() {
                    public Signature signature() {
                        return f.signature();
                    }

                    public Value invoke(CallContext inner, Value[] values) {
                        Value output = inner.call(f, List.of(values));
                        return Differentiable.reduce(Reduction.SUM, Rules.MULTIPLY.apply(cotangent, output), null, false);
                    }
                };
                int[] positions = new int[primals.size()];
                for (int i = 0; i < positions.length; i++) positions[i] = i;
                List<Value> result = gradients.valueAndGradient(context, weighted, primals, positions, "vjp").gradients();
                return new TupleValue(List.copyOf(new ArrayList<>(result)));
            }
        };
        return TupleValue.of(value, pullback);
    }
}
