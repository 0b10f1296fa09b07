package org.lmath.builtins;

import static org.lmath.value.Parameter.optional;
import static org.lmath.value.Parameter.required;

import java.util.ArrayList;
import java.util.List;

import org.lmath.error.LMathError;
import org.lmath.value.Bool;
import org.lmath.value.ListValue;
import org.lmath.value.NoneValue;
import org.lmath.value.Num;
import org.lmath.value.Sequences;
import org.lmath.value.Str;
import org.lmath.value.Value;
import org.lmath.value.Values;

/**
 * Python's string methods, as functions that the method sugar reaches: "a,b".split(",") is
 * split("a,b", ","). split is shared with the tensor split (ShapeBuiltins), which sends strings here.
 */
final class StringBuiltins {

    private StringBuiltins() {}

    private static final String TOPIC = "strings";

    static void register(BuiltinTable table) {
        table.add(TOPIC, "join", Gradient.CONSTANT, "The strings of items joined with separator between them: \", \".join(words).",
                StringBuiltins::join, required("separator"), required("items"));
        table.add(TOPIC, "upper", Gradient.CONSTANT, "The string in capitals: \"cat\".upper() is \"CAT\".",
                args -> new Str(text(args, "s").toUpperCase(java.util.Locale.ROOT)), required("s"));
        table.add(TOPIC, "lower", Gradient.CONSTANT, "The string in small letters: \"The\".lower() is \"the\".",
                args -> new Str(text(args, "s").toLowerCase(java.util.Locale.ROOT)), required("s"));
        table.add(TOPIC, "strip", Gradient.CONSTANT,
                "The string without spaces (or the given characters) at both ends: \"  hi \".strip() is \"hi\".",
                StringBuiltins::strip, required("s"), optional("characters", NoneValue.NONE));
        table.add(TOPIC, "replace", Gradient.CONSTANT, "The string with every old replaced by new: \"cat\".replace(\"c\", \"h\").",
                args -> new Str(text(args, "s").replace(text(args, "old"), text(args, "new"))), required("s"), required("old"), required("new"));
        table.add(TOPIC, "startswith", Gradient.CONSTANT, "true when the string starts with prefix.",
                args -> Bool.of(text(args, "s").startsWith(text(args, "prefix"))), required("s"), required("prefix"));
        table.add(TOPIC, "endswith", Gradient.CONSTANT, "true when the string ends with suffix.",
                args -> Bool.of(text(args, "s").endsWith(text(args, "suffix"))), required("s"), required("suffix"));
        table.add(TOPIC, "find", Gradient.CONSTANT, "The position of the first piece in the string, or -1 when it is not there.",
                StringBuiltins::find, required("s"), required("piece"));
    }

    /** A string argument; the message says the function is for strings (x.upper() on a tensor). */
    private static String text(Arguments args, String name) {
        Value value = args.get(name);
        if (value instanceof Str string) return string.value();
        throw new LMathError(args.what(name) + " must be a string, not " + Values.describe(value));
    }

    /** Python's str.split: at each separator, or at runs of whitespace (dropping empty pieces) when none is given. */
    static Value split(Arguments args) {
        String s = text(args, "x");
        List<Value> pieces = new ArrayList<>();
        if (args.isNone("sections")) {
            for (String piece : s.strip().split("\\s+")) {
                if (!piece.isEmpty()) pieces.add(new Str(piece));
            }
            return new ListValue(pieces);
        }
        String separator = text(args, "sections");
        if (separator.isEmpty()) throw new LMathError("split(): the separator is empty; to get the characters write list(s)");
        int start = 0;
        for (int at = s.indexOf(separator); at >= 0; at = s.indexOf(separator, start)) {
            pieces.add(new Str(s.substring(start, at)));
            start = at + separator.length();
        }
        pieces.add(new Str(s.substring(start)));
        return new ListValue(pieces);
    }

    private static Value join(Arguments args) {
        String separator = text(args, "separator");
        StringBuilder joined = new StringBuilder();
        List<Value> items = Sequences.items(args.get("items"));
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Str piece)) {
                throw new LMathError("join(): item " + i + " is " + Values.describe(items.get(i))
                        + ", not a string; write str(x) or an f-string for numbers");
            }
            if (i > 0) joined.append(separator);
            joined.append(piece.value());
        }
        return new Str(joined.toString());
    }

    private static Value strip(Arguments args) {
        String s = text(args, "s");
        if (args.isNone("characters")) return new Str(s.strip());
        String characters = text(args, "characters");
        int start = 0, end = s.length();
        while (start < end && characters.indexOf(s.charAt(start)) >= 0) start++;
        while (end > start && characters.indexOf(s.charAt(end - 1)) >= 0) end--;
        return new Str(s.substring(start, end));
    }

    /** Python counts positions in characters (code points), as len and indexing do. */
    private static Value find(Arguments args) {
        String s = text(args, "s");
        int at = s.indexOf(text(args, "piece"));
        return new Num(at < 0 ? -1 : s.codePointCount(0, at));
    }
}
