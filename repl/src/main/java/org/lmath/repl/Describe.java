package org.lmath.repl;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lmath.print.Printer;
import org.lmath.value.FunctionValue;
import org.lmath.value.ListValue;
import org.lmath.value.ModuleValue;
import org.lmath.value.RangeValue;
import org.lmath.value.Str;
import org.lmath.value.TensorValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Short descriptions of values, for :vars and for the descriptions next to completion candidates. */
final class Describe {

    private static final int LONGEST = 40;

    private Describe() {}

    /** The names with type and detail, one a line, sorted: what :vars prints. */
    static String variables(Map<String, Value> names) {
        if (names.isEmpty()) return "no names defined yet";
        Map<String, Value> sorted = new TreeMap<>(names);
        int width = sorted.keySet().stream().mapToInt(String::length).max().orElse(0);
        List<String> rows = new ArrayList<>();
        for (Map.Entry<String, Value> entry : sorted.entrySet()) {
            rows.add(String.format("%-" + width + "s  %-8s  %s", entry.getKey(), entry.getValue().typeName(),
                    detail(entry.getValue())).stripTrailing());
        }
        return String.join("\n", rows);
    }

    /**
     * The description next to a completion candidate (JLine puts it in parentheses): a
     * function's parameters, so that `adam (lr, beta1=0.9, ...)` reads as a call; else the detail.
     */
    static String forCompletion(Value value) {
        return value instanceof FunctionValue function ? parameters(function) : detail(value);
    }

    static String parameters(FunctionValue function) {
        return Printer.parameters(function.signature().parameters());
    }

    /** A tensor's shape, a function's signature, a list's length, a short value's printed form. */
    static String detail(Value value) {
        if (value instanceof TensorValue tensor) return "shape " + Printer.repr(Values.shapeTuple(tensor.tensor().shape()));
        if (value instanceof FunctionValue function) return Printer.signature(function);
        if (value instanceof ListValue list) return list.items().size() + (list.items().size() == 1 ? " item" : " items");
        if (value instanceof TupleValue tuple) return tuple.items().size() + (tuple.items().size() == 1 ? " item" : " items");
        if (value instanceof RangeValue range) return range.size() + (range.size() == 1 ? " item" : " items");
        if (value instanceof ModuleValue module) return module.members().size() + " members";
        String shown = Printer.repr(value);
        if (value instanceof Str && shown.length() > LONGEST) return shown.substring(0, LONGEST - 3) + "...";
        return shown;
    }
}
