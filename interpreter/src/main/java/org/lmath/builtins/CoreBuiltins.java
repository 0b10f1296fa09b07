package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;
import static org.lmath.value.Parameter.variadic;

import java.util.ArrayList;
import java.util.List;

import org.lmath.autodiff.Differentiable;
import org.lmath.error.LMathError;
import org.lmath.error.Suggestions;
import org.lmath.print.Printer;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.RangeValue;
import org.lmath.value.Sequences;
import org.lmath.value.Str;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;
import org.lmath.value.Values;

/** Printing, sequences, strings and time. */
final class CoreBuiltins {

    private CoreBuiltins() {}

    private static final String TOPIC = "values";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "print", Gradient.CONSTANT, "Writes the values separated by sep, then end (a newline).",
                CoreBuiltins::print, variadic("values"), optional("sep", new Str(" ")), optional("end", new Str("\n")));
        table.add(TOPIC, "len", Gradient.CONSTANT, "The number of items: a tensor's first axis, a list's items, a string's characters.",
                args -> new Num(Sequences.length(args.get("x"))), required("x"));
        table.add(TOPIC, "range", Gradient.CONSTANT, "start, start+step, ... up to but not including stop; range(n) is 0..n.",
                CoreBuiltins::range, required("start"), optional("stop", NoneValue.NONE), optional("step", Num.ONE));
        table.add(TOPIC, "zip", Gradient.RULE, "Tuples of the i-th items of each sequence, as long as the shortest.",
                CoreBuiltins::zip, variadic("sequences"));
        table.add(TOPIC, "enumerate", Gradient.RULE, "Tuples (index, item) for each item of a sequence.",
                CoreBuiltins::enumerate, required("sequence"), optional("start", Num.ZERO));
        table.add(TOPIC, "append", Gradient.RULE, "Adds a value to the end of a list (changing the list).",
                CoreBuiltins::append, required("list"), required("value"));
        table.add(TOPIC, "list", Gradient.RULE, "A new list of the items of a sequence (a tensor gives its rows).",
                args -> new ListValue(Differentiable.items(args.get("x"))), required("x"));
        table.add(TOPIC, "tuple", Gradient.RULE, "A tuple of the items of a sequence (a tensor gives its rows).",
                args -> new TupleValue(List.copyOf(Differentiable.items(args.get("x")))), required("x"));
        table.add(TOPIC, "str", Gradient.CONSTANT, "The text print would write for x.", args -> new Str(Printer.show(args.get("x"))), required("x"));
        table.add(TOPIC, "format", Gradient.CONSTANT, "Formats a number with a Python format spec: format(pi, \".3f\") is \"3.142\".",
                args -> new Str(Formatting.format(args.get("x"), args.string("spec"))), required("x"), required("spec"));
        table.add(TOPIC, "type", Gradient.CONSTANT, "The name of x's type: \"number\", \"tensor\", \"string\", \"list\", ...",
                args -> new Str(args.get("x").typeName()), required("x"));
        table.add(TOPIC, "float", Gradient.CONSTANT, "x as a number: float(\"2.5\") is 2.5 (a script's args are strings); a number or bool as it is.",
                args -> new Num(toNumber(args.get("x"), "float")), required("x"));
        table.add(TOPIC, "int", Gradient.CONSTANT, "x as a whole number, cut toward zero as Python's int: int(\"7\") is 7, int(-2.7) is -2.",
                args -> {
                    double value = toNumber(args.get("x"), "int");
                    if (Double.isNaN(value) || Double.isInfinite(value)) throw new LMathError("int: cannot make " + Printer.show(args.get("x")) + " a whole number");
                    return new Num(value < 0 ? Math.ceil(value) : Math.floor(value));
                }, required("x"));
        table.add(TOPIC, "help", Gradient.CONSTANT,
                "Describes a builtin, a function or a module: help(softmax), help(\"softmax\"), help(optim); help() lists every builtin.",
                args -> help(table, args), optional("x", NoneValue.NONE));
        table.add("time", "clock", Gradient.CONSTANT, "Seconds from a fixed starting point, for timing a piece of code.",
                args -> new Num(System.nanoTime() / 1e9));
    }

    /** A string read as Python's float reads it (spaces around allowed, inf and nan too), or a number or bool. */
    private static double toNumber(Value x, String function) {
        if (x instanceof Str text) {
            String word = text.value().strip();
            try {
                if (!word.matches("[+-]?(?i:inf|infinity|nan|[0-9_.]+(e[+-]?[0-9]+)?)")) throw new NumberFormatException();
                return switch (word.toLowerCase(java.util.Locale.ROOT).replace("+", "")) {
                    case "inf", "infinity" -> Double.POSITIVE_INFINITY;
                    case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
                    case "nan", "-nan" -> Double.NaN;
                    default -> Double.parseDouble(word.replace("_", ""));
                };
            } catch (NumberFormatException notANumber) {
                throw new LMathError(function + ": the string " + Printer.repr(x) + " is not a number");
            }
        }
        if (x instanceof org.lmath.value.Bool bool) return bool.value() ? 1 : 0;
        return Values.toNumber(x, function + "()'s argument");
    }

    private static Value help(BuiltinTable table, Arguments args) {
        Value x = args.get("x");
        List<String> modules = StandardModules.names();
        String text;
        if (x == NoneValue.NONE) {
            text = HelpText.overview(table, modules);
        } else if (x instanceof Str name) {
            Builtin builtin = table.all().get(name.value());
            if (builtin != null) {
                text = HelpText.describe(builtin);
            } else if (modules.contains(name.value())) {
                text = name.value() + " is a standard module: import " + name.value() + ", then help(" + name.value() + ")";
            } else {
                List<String> known = new ArrayList<>(table.all().keySet());
                known.addAll(modules);
                throw new LMathError("help: there is no builtin or standard module called '" + name.value() + "'"
                        + Suggestions.didYouMean(name.value(), known) + " (help() lists them all)");
            }
        } else {
            text = HelpText.describe(x);
        }
        args.context().out().println(text);
        return NoneValue.NONE;
    }

    private static Value print(Arguments args) {
        StringBuilder line = new StringBuilder();
        String separator = args.string("sep");
        List<Value> values = args.rest("values");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) line.append(separator);
            line.append(Printer.show(values.get(i)));
        }
        line.append(args.string("end"));
        args.context().out().print(line);
        args.context().out().flush();
        return NoneValue.NONE;
    }

    private static Value range(Arguments args) {
        double start = args.integer("start");
        double stop;
        if (args.isNone("stop")) {
            stop = start;
            start = 0;
        } else {
            stop = args.integer("stop");
        }
        double step = args.integer("step");
        if (step == 0) throw new LMathError("range(): step cannot be zero");
        return new RangeValue(start, stop, step);
    }

    private static Value zip(Arguments args) {
        List<Value> sequences = args.rest("sequences");
        int length = sequences.isEmpty() ? 0 : Integer.MAX_VALUE;
        for (Value sequence : sequences) length = Math.min(length, Sequences.length(Traced.strip(sequence)));
        List<Value> tuples = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            List<Value> items = new ArrayList<>(sequences.size());
            for (Value sequence : sequences) items.add(Differentiable.item(sequence, i));
            tuples.add(new TupleValue(List.copyOf(items)));
        }
        return new ListValue(tuples);
    }

    private static Value enumerate(Arguments args) {
        List<Value> items = Differentiable.items(args.get("sequence"));
        int start = args.integer("start");
        List<Value> tuples = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) tuples.add(TupleValue.of(new Num(start + i), items.get(i)));
        return new ListValue(tuples);
    }

    private static Value append(Arguments args) {
        Value list = args.get("list");
        if (!(list instanceof ListValue items)) {
            throw new LMathError("append(): argument 'list' must be a list, not " + Values.describe(list)
                    + " (tensors have a fixed size: use concat)");
        }
        items.items().add(args.get("value"));
        return NoneValue.NONE;
    }
}
