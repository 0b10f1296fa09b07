package org.lmath.builtins;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmath.autodiff.Gradients;
import org.lmath.tensor.MathFunction;
import org.lmath.value.Parameter;
import org.lmath.value.Signature;

/**
 * Every builtin, by name, in the order declared. Declaring one is one call to {@link #add}, in
 * one of the groups below (one class of builtins each).
 * <p>
 * A group is declared when a program first needs one of its names, not when the interpreter is
 * made: each declaration makes a Java lambda, and on Java 17 linking the 170 lambdas took about
 * 40 ms of every run's start (Java 24 and later keep them linked in the launcher's start-up
 * cache). Which group declares a name is read from {@code builtin-groups.txt}, an index written
 * from the declarations and checked against them by {@code BuiltinIndexTest}; a name the index
 * does not know (a builtin added since it was written) declares every group, so a stale index
 * costs only that time. {@link #all} declares every group, in order.
 */
public final class BuiltinTable {

    /** The groups, in the order of help() and docs/builtins.md. */
    static final int GROUPS = 25;
    private static final String INDEX = "builtin-groups.txt";

    private final Map<String, Builtin> declared = new HashMap<>();
    private final List<List<String>> namesOfGroup = new ArrayList<>();  // null for a group not declared yet
    private int groupsLeft = GROUPS;
    private int declaringGroup;
    private Map<String, Builtin> inOrder;  // every builtin in declaration order, once all are declared
    private Gradients gradients;           // shared by the autodiff and transform groups

    /** The builtins of a fresh interpreter (declared as they are needed). */
    public static BuiltinTable standard() {
        return new BuiltinTable();
    }

    private BuiltinTable() {
        for (int group = 0; group < GROUPS; group++) namesOfGroup.add(null);
    }

    private void declareGroup(int group) {
        if (namesOfGroup.get(group) != null) return;
        namesOfGroup.set(group, new ArrayList<>());
        groupsLeft--;
        declaringGroup = group;
        switch (group) {
            case 0 -> CoreBuiltins.register(this);
            case 1 -> CreationBuiltins.register(this);
            case 2 -> ShapeBuiltins.register(this);
            case 3 -> ShapeBuiltins.registerJoining(this);
            case 4 -> ElementwiseBuiltins.register(this);
            case 5 -> SpecialFunctionBuiltins.register(this);
            case 6 -> ReductionBuiltins.register(this);
            case 7 -> LogicBuiltins.register(this);
            case 8 -> LinearAlgebraBuiltins.register(this);
            case 9 -> DecompositionBuiltins.register(this);
            case 10 -> MatrixBuiltins.register(this);
            case 11 -> ProbabilityBuiltins.register(this);
            case 12 -> RandomBuiltins.register(this);
            case 13 -> RandomDistributionBuiltins.register(this);
            case 14 -> ArrayBuiltins.register(this);
            case 15 -> ArrayManipulationBuiltins.register(this);
            case 16 -> ContractionBuiltins.register(this);
            case 17 -> StatisticsBuiltins.register(this);
            case 18 -> AutodiffBuiltins.register(this, gradients());
            case 19 -> TransformBuiltins.register(this, gradients());
            case 20 -> PlotBuiltins.register(this);
            case 21 -> StringBuiltins.register(this);
            case 22 -> DictBuiltins.register(this);
            case 23 -> ConversionBuiltins.register(this);
            case 24 -> ExerciseBuiltins.register(this);
            default -> throw new IllegalArgumentException("no group " + group);
        }
    }

    private Gradients gradients() {
        if (gradients == null) gradients = new Gradients();
        return gradients;
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
        if (declared.containsKey(name)) throw new IllegalStateException("builtin declared twice: " + name);
        declared.put(name, new Builtin(new Signature(name, List.of(parameters)), gradient, topic, doc, body, perElement));
        namesOfGroup.get(declaringGroup).add(name);
    }

    /** The builtin of that name, declaring its group on first use; null when there is none. */
    public Builtin get(String name) {
        Builtin builtin = declared.get(name);
        if (builtin != null || groupsLeft == 0) return builtin;
        Integer group = Index.GROUP_OF.get(name);
        if (group != null) {
            declareGroup(group);
            builtin = declared.get(name);
            if (builtin != null) return builtin;
        }
        return all().get(name);  // not in the index: a builtin added since it was written, or no builtin
    }

    /** How many groups are declared so far. */
    int groupsDeclared() {
        return GROUPS - groupsLeft;
    }

    /** Every builtin, in declaration order (declaring every group). */
    public Map<String, Builtin> all() {
        if (inOrder == null) {
            for (int group = 0; group < GROUPS; group++) declareGroup(group);
            Map<String, Builtin> ordered = new LinkedHashMap<>();
            for (List<String> names : namesOfGroup) {
                for (String name : names) ordered.put(name, declared.get(name));
            }
            inOrder = Collections.unmodifiableMap(ordered);
        }
        return inOrder;
    }

    /** Which group declares each name, as {@code BuiltinIndexTest} writes it: one "name group" per line. */
    static String indexText() {
        BuiltinTable table = new BuiltinTable();
        StringBuilder text = new StringBuilder();
        for (int group = 0; group < GROUPS; group++) {
            table.declareGroup(group);
            for (String name : table.namesOfGroup.get(group)) text.append(name).append(' ').append(group).append('\n');
        }
        return text.toString();
    }

    /** The index, read once per JVM on first use; empty when it is missing (every group is then declared at once). */
    private static final class Index {
        static final Map<String, Integer> GROUP_OF = read();

        private static Map<String, Integer> read() {
            Map<String, Integer> groups = new HashMap<>();
            try (InputStream in = BuiltinTable.class.getResourceAsStream(INDEX)) {
                if (in == null) return groups;
                BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    int space = line.indexOf(' ');
                    if (space > 0) groups.put(line.substring(0, space), Integer.parseInt(line.substring(space + 1).trim()));
                }
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
            return groups;
        }
    }
}
