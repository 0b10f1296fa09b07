package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.lmath.error.LMathError;
import org.lmath.value.DictValue;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** keys, values, items and get of a dict (also d.keys() by the method sugar). Lists, as Python's list(d.keys()). */
final class DictBuiltins {

    private DictBuiltins() {}

    private static final String TOPIC = "dicts";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "keys", Gradient.CONSTANT, "The keys of a dict, in the order they were added, as a list.",
                args -> new ListValue(dict(args).keys()), required("d"));
        table.add(TOPIC, "values", Gradient.RULE, "The values of a dict, in the order their keys were added, as a list.",
                args -> new ListValue(new ArrayList<>(dict(args).entries().values())), required("d"));
        table.add(TOPIC, "items", Gradient.RULE, "The (key, value) pairs of a dict, in order: for k, v in items(d) { ... }.",
                DictBuiltins::items, required("d"));
        table.add(TOPIC, "get", Gradient.RULE, "d[key] when the key is there, otherwise default: counts[w] = get(counts, w, 0) + 1.",
                args -> {
                    DictValue d = dict(args);
                    Value key = args.get("key");
                    return d.containsKey(key) ? d.get(key) : args.get("default");
                }, required("d"), required("key"), optional("default", NoneValue.NONE));
    }

    private static DictValue dict(Arguments args) {
        Value value = args.get("d");
        if (value instanceof DictValue dict) return dict;
        throw new LMathError(args.what("d") + " must be a dict, not " + Values.describe(value));
    }

    private static Value items(Arguments args) {
        List<Value> pairs = new ArrayList<>();
        for (Map.Entry<Value, Value> entry : dict(args).entries().entrySet()) {
            pairs.add(TupleValue.of(entry.getKey(), entry.getValue()));
        }
        return new ListValue(pairs);
    }
}
