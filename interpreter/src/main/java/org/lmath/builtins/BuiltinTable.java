package org.lmath.builtins;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmath.autodiff.Gradients;
import org.lmath.tensor.MathFunction;
import org.lmath.value.Parameter;
import org.lmath.value.Signature;

/** Every builtin, by name, in the order declared. Declaring one is one call to {@link #add}. */
public final class BuiltinTable {

    private final Map<String, Builtin> builtins = new LinkedHashMap<>();

    /** The builtins of a fresh interpreter. */
    public static BuiltinTable standard() {
        BuiltinTable table = new BuiltinTable();
        CoreBuiltins.register(table);
        CreationBuiltins.register(table);
        ShapeBuiltins.register(table);
        ShapeBuiltins.registerJoining(table);
        ElementwiseBuiltins.register(table);
        SpecialFunctionBuiltins.register(table);
        ReductionBuiltins.register(table);
        LogicBuiltins.register(table);
        LinearAlgebraBuiltins.register(table);
        DecompositionBuiltins.register(table);
        MatrixBuiltins.register(table);
        ProbabilityBuiltins.register(table);
        RandomBuiltins.register(table);
        RandomDistributionBuiltins.register(table);
        ArrayBuiltins.register(table);
        ArrayManipulationBuiltins.register(table);
        ContractionBuiltins.register(table);
        StatisticsBuiltins.register(table);
        Gradients gradients = new Gradients();
        AutodiffBuiltins.register(table, gradients);
        TransformBuiltins.register(table, gradients);
        PlotBuiltins.register(table);
        StringBuiltins.register(table);
        DictBuiltins.register(table);
        ConversionBuiltins.register(table);
        ExerciseBuiltins.register(table);
        return table;
    }

    void add(String topic, String name, Gradient gradient, String doc, Builtin.Body body, Parameter... parameters) {
        add(topic, name, gradient, doc, body, null, parameters);
    }

    /** A builtin that applies function to each element of its one argument, and does nothing else. */
    void addPerElement(String topic, String name, MathFunction function, String doc, Builtin.Body body, Parameter parameter) {
        add(topic, name, Gradient.RULE, doc, body, function, parameter);
    }

    private void add(String topic, String name, Gradient gradient, String doc, Builtin.Body body, MathFunction perElement,
            Parameter... parameters) {
        if (builtins.containsKey(name)) throw new IllegalStateException("builtin declared twice: " + name);
        builtins.put(name, new Builtin(new Signature(name, List.of(parameters)), gradient, topic, doc, body, perElement));
    }

    public Map<String, Builtin> all() {
        return Collections.unmodifiableMap(builtins);
    }
}
