package org.lmath.print;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.lmath.sandbox.Budget;
import org.lmath.value.Bool;
import org.lmath.value.DictValue;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.ModuleValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Parameter;
import org.lmath.value.RangeValue;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** The one printer: how every value becomes text for print, f-strings, str and the REPL. */
public final class Printer {

    private Printer() {}

    /** What print writes: strings raw, everything else as {@link #repr}. */
    public static String show(Value value) {
        value = Traced.strip(value);
        return value instanceof Str string ? string.value() : repr(value);
    }

    /** How a value is written inside a list or tuple (strings quoted) and echoed by the REPL. */
    public static String repr(Value value) {
        return repr(value, Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** open: the lists being written, outermost first; one that contains itself is written [...] as in Python. */
    private static String repr(Value value, Set<Value> open) {
        value = Traced.strip(value);  // a value grad is tracing prints as its value
        if (value instanceof Num number) return NumberFormat.format(number.value());
        if (value instanceof Str string) return quote(string.value());
        if (value instanceof Bool bool) return bool.value() ? "true" : "false";
        if (value instanceof NoneValue) return "none";
        if (value instanceof TensorValue tensor) return TensorFormat.format(tensor.tensor().toArray(), tensor.tensor().shape());
        if (value instanceof RangeValue range) return TensorFormat.format(Values.rangeTensor(range).toArray(), new int[] {range.size()});
        if (value instanceof ListValue list) {
            if (!open.add(list)) return "[...]";
            String text = "[" + join(list.items(), open) + "]";
            open.remove(list);
            return text;
        }
        if (value instanceof TupleValue tuple) {
            return tuple.items().size() == 1 ? "(" + repr(tuple.items().get(0), open) + ",)" : "(" + join(tuple.items(), open) + ")";
        }
        if (value instanceof DictValue dict) {
            return dict.view().entrySet().stream().map(entry -> repr(entry.getKey()) + ": " + repr(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (value instanceof FunctionValue function) return "<function " + signature(function) + ">";
        if (value instanceof ModuleValue module) return "<module " + module.name() + ">";
        throw new IllegalStateException("no printed form for " + value);
    }

    /** name(x, axis=-1, *values) — a function's parameters as a reader would write a call. */
    public static String signature(FunctionValue function) {
        return function.signature().name() + "(" + parameters(function.signature().parameters()) + ")";
    }

    public static String parameters(List<Parameter> parameters) {
        return parameters.stream().map(Printer::parameter).collect(Collectors.joining(", "));
    }

    private static String parameter(Parameter parameter) {
        if (parameter.variadic()) return "*" + parameter.name();
        if (parameter.defaultValue() == null) return parameter.name();
        return parameter.name() + "=" + repr(parameter.defaultValue());
    }

    private static String join(List<Value> items, Set<Value> open) {
        StringBuilder text = new StringBuilder();
        for (Value item : items) {
            if (text.length() > 0) text.append(", ");
            text.append(repr(item, open));
            Budget.requireString(text.length(), "writing a list as text");
        }
        return text.toString();
    }

    private static String quote(String text) {
        Budget.requireString((double) text.length() + 2, "writing this string with its quotes");
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
