package org.lmath.builtins;

import java.util.List;
import java.util.Map;

import org.lmath.value.ModuleValue;

/**
 * docs/builtins.md, made from the same declarations help() reads, so the page cannot drift from
 * the code: a test compares the committed page with this text.
 */
public final class BuiltinsPage {

    private BuiltinsPage() {}

    public static String markdown(BuiltinTable table, List<ModuleValue> modules) {
        StringBuilder page = new StringBuilder();
        page.append("# lmath builtins\n\n")
                .append("<!-- Generated from the builtin declarations by BuiltinsPage: do not edit by hand.\n")
                .append("     Regenerate: mvn -pl interpreter -am test -Dtest=BuiltinsPageTest -Dsurefire.failIfNoSpecifiedTests=false -Dlmath.writeDocs=true -->\n\n")
                .append("Every builtin, by topic, as `help(name)` shows it. \"differentiable\" means `grad` goes\n")
                .append("through it; \"constant\" means `grad` treats its result as a constant; \"no gradient rule yet\"\n")
                .append("means a value being differentiated may not pass through it (an error, never a wrong gradient).\n\n");
        Map<String, List<String>> topics = HelpText.byTopic(table);
        for (Map.Entry<String, List<String>> topic : topics.entrySet()) {
            page.append("- **").append(topic.getKey()).append("**: ");
            page.append(String.join(", ", topic.getValue().stream().map(name -> "[`" + name + "`](#" + name + ")").toList()));
            page.append("\n");
        }
        page.append("- **standard modules**: ")
                .append(String.join(", ", modules.stream().map(m -> "[`" + m.name() + "`](#module-" + m.name() + ")").toList()))
                .append("\n");
        for (Map.Entry<String, List<String>> topic : topics.entrySet()) {
            page.append("\n## ").append(topic.getKey()).append("\n");
            for (String name : topic.getValue()) {
                Builtin builtin = table.all().get(name);
                page.append("\n<a id=\"").append(name).append("\"></a>\n")
                        .append("### `").append(org.lmath.print.Printer.signature(builtin)).append("`\n\n")
                        .append(builtin.doc()).append(" *(").append(HelpText.gradientNote(builtin.gradient())).append(")*\n");
            }
        }
        page.append("\n## Standard modules\n\nWritten in lmath; `import NAME`, then `NAME.function(...)`.\n");
        for (ModuleValue module : modules) {
            page.append("\n<a id=\"module-").append(module.name()).append("\"></a>\n")
                    .append("### `").append(module.name()).append("`\n\n```\n")
                    .append(HelpText.describe(module)).append("\n```\n");
        }
        return page.toString();
    }
}
