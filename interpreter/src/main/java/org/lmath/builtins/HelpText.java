package org.lmath.builtins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lmath.ast.Position;
import org.lmath.print.Printer;
import org.lmath.value.FunctionValue;
import org.lmath.value.ModuleValue;
import org.lmath.value.Value;

/**
 * The words help() prints, the REPL's :help shows and docs/builtins.md is made of: one place, so
 * the three never disagree. A builtin is described by its declaration (signature, doc, gradient);
 * a function written in lmath by its signature and the comment lines right above its def.
 */
public final class HelpText {

    static final int WIDTH = 88;

    private HelpText() {}

    /** A builtin: its signature, its doc, and what grad does with it. */
    public static String describe(Builtin builtin) {
        return Printer.signature(builtin) + "\n" + indent(wrap(builtin.doc(), WIDTH - 4)) + "\n"
                + "    (" + builtin.topic() + "; " + gradientNote(builtin.gradient()) + ")";
    }

    /** What grad does with a builtin, in a few words. */
    public static String gradientNote(Gradient gradient) {
        return switch (gradient) {
            case RULE -> "differentiable: grad goes through it";
            case CONSTANT -> "grad treats it as a constant";
            case NO_RULE_YET -> "no gradient rule yet: not usable inside grad";
            case IN_PLACE -> "changes its argument in place: not usable on a value grad is differentiating";
        };
    }

    /** Any value given to help(): a function, a module, or something else (its type). */
    public static String describe(Value value) {
        if (value instanceof Builtin builtin) return describe(builtin);
        if (value instanceof FunctionValue function) return describeFunction(function);
        if (value instanceof ModuleValue module) return describeModule(module);
        return "a value of type " + value.typeName() + " (help describes functions and modules)";
    }

    private static String describeFunction(FunctionValue function) {
        StringBuilder text = new StringBuilder(Printer.signature(function));
        Position at = function.definedAt();
        boolean lambda = function.signature().name().equals("<lambda>");  // a comment above a lambda is not about it
        List<String> comment = at == null || lambda ? List.of() : commentAbove(at);
        for (String line : comment) text.append("\n    ").append(line);
        if (at != null) text.append("\n    (defined at ").append(fileName(at.source().name())).append(":").append(at.line()).append(")");
        return text.toString();
    }

    private static String describeModule(ModuleValue module) {
        StringBuilder text = new StringBuilder("module " + module.name() + " (use as " + module.name() + ".name):");
        List<FunctionValue> functions = new ArrayList<>();
        for (Map.Entry<String, Value> member : module.members().entrySet()) {
            // A name starting with _ is the module's own helper, not part of what it offers.
            if (member.getKey().startsWith("_")) continue;
            if (member.getValue() instanceof FunctionValue function && function.definedAt() != null) functions.add(function);
        }
        functions.sort(java.util.Comparator.comparingInt(function -> function.definedAt().line()));
        for (FunctionValue function : functions) {
            List<String> comment = commentAbove(function.definedAt());
            text.append("\n  ").append(Printer.signature(function));
            if (!comment.isEmpty()) {
                text.append("\n      ").append(wrap(firstSentence(String.join(" ", comment)), WIDTH - 6).replace("\n", "\n      "));
            }
        }
        return text.toString();
    }

    /** The overview help() prints with no argument: every builtin by topic, then the modules. */
    public static String overview(BuiltinTable table, List<String> modules) {
        StringBuilder text = new StringBuilder("lmath builtins by topic; help(name) describes one, e.g. help(softmax).\n");
        for (Map.Entry<String, List<String>> topic : byTopic(table).entrySet()) {
            String names = String.join(" ", topic.getValue());
            text.append("\n").append(topic.getKey()).append(":\n").append(indent(wrap(names, WIDTH - 4)));
        }
        text.append("\n\nstandard modules (import NAME, then help(NAME)): ").append(String.join(" ", modules));
        return text.toString();
    }

    /** Builtin names grouped by topic, topics and names in the order they were declared. */
    public static Map<String, List<String>> byTopic(BuiltinTable table) {
        Map<String, List<String>> topics = new LinkedHashMap<>();
        for (Builtin builtin : table.all().values()) {
            topics.computeIfAbsent(builtin.topic(), t -> new ArrayList<>()).add(builtin.signature().name());
        }
        return topics;
    }

    /** The # comment lines directly above a definition, without their markers. */
    static List<String> commentAbove(Position at) {
        List<String> lines = new ArrayList<>();
        for (int number = at.line() - 1; number >= 1; number--) {
            String line = at.source().line(number).strip();
            if (!line.startsWith("#")) break;
            lines.add(0, line.substring(1).strip());
        }
        return lines;
    }

    /** The last part of a script's path: help says where, errors give the whole path. */
    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return slash < 0 || path.startsWith("<") ? path : path.substring(slash + 1);
    }

    static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** Words laid out in lines of at most width characters. */
    static String wrap(String text, int width) {
        StringBuilder out = new StringBuilder();
        int lineLength = 0;
        for (String word : text.split(" +")) {
            if (lineLength > 0 && lineLength + 1 + word.length() > width) {
                out.append("\n");
                lineLength = 0;
            } else if (lineLength > 0) {
                out.append(" ");
                lineLength++;
            }
            out.append(word);
            lineLength += word.length();
        }
        return out.toString();
    }

    static String indent(String text) {
        return "    " + text.replace("\n", "\n    ");
    }
}
