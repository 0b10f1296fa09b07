package org.lmath.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;
import org.lmath.value.ModuleValue;

/** docs/builtins.md is the page the declarations make; help() describes every builtin. */
class BuiltinsPageTest {

    private static final Path PAGE = Path.of("..", "docs", "builtins.md");

    @Test
    void committedPageMatchesTheDeclarations() throws IOException {
        Interpreter interpreter = new Interpreter(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        List<ModuleValue> modules = new ArrayList<>();
        for (String name : StandardModules.names()) {
            interpreter.run(new Source("<docs>", "import " + name));
            modules.add((ModuleValue) interpreter.run(new Source("<docs>", name)));
        }
        String expected = BuiltinsPage.markdown(interpreter.builtins(), modules);
        if (Boolean.getBoolean("lmath.writeDocs")) Files.writeString(PAGE, expected, StandardCharsets.UTF_8);
        String committed = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, "docs/builtins.md is stale: regenerate it with the command at its top");
    }

    @Test
    void everyBuiltinHasAHelpTextNamingItsParameters() {
        for (Builtin builtin : BuiltinTable.standard().all().values()) {
            String text = HelpText.describe(builtin);
            assertTrue(text.startsWith(builtin.signature().name() + "("), text);
            assertTrue(builtin.doc().length() > 10, "a one-line doc for " + builtin.signature().name());
            for (var parameter : builtin.signature().parameters()) {
                assertTrue(text.contains(parameter.name()), builtin.signature().name() + " help names " + parameter.name());
            }
        }
    }
}
