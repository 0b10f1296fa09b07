package org.lmath.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.lmath.ast.Source;
import org.lmath.eval.Interpreter;

/**
 * Builtins are declared a group at a time, as programs first use them; builtin-groups.txt says
 * which group declares each name and must match the declarations.
 */
class BuiltinIndexTest {

    private static final Path INDEX = Path.of("src", "main", "resources", "org", "lmath", "builtins", "builtin-groups.txt");

    @Test
    void committedIndexMatchesTheDeclarations() throws IOException {
        String expected = BuiltinTable.indexText();
        if (Boolean.getBoolean("lmath.writeDocs")) Files.writeString(INDEX, expected, StandardCharsets.UTF_8);
        String committed = Files.exists(INDEX) ? Files.readString(INDEX, StandardCharsets.UTF_8) : "";
        assertEquals(expected, committed, "builtin-groups.txt is stale: regenerate it with mvn -B -q -pl interpreter -am test "
                + "-Dtest=BuiltinIndexTest -Dsurefire.failIfNoSpecifiedTests=false -Dlmath.writeDocs=true");
    }

    @Test
    void aLookupDeclaresOnlyTheGroupOfTheName() {
        BuiltinTable table = BuiltinTable.standard();
        assertEquals(0, table.groupsDeclared());
        Builtin print = table.get("print");
        assertEquals("print", print.signature().name());
        assertEquals(1, table.groupsDeclared());
        assertSame(print, table.get("print"));
        assertEquals("softmax", table.get("softmax").signature().name());
        assertEquals(2, table.groupsDeclared());
    }

    @Test
    void allDeclaresEveryGroupAndKeepsTheBuiltinsAlreadyHandedOut() {
        BuiltinTable table = BuiltinTable.standard();
        Builtin sum = table.get("sum");
        assertSame(sum, table.all().get("sum"));
        assertEquals(BuiltinTable.GROUPS, table.groupsDeclared());
    }

    @Test
    void aNameThatIsNoBuiltinIsNone() {
        BuiltinTable table = BuiltinTable.standard();
        assertNull(table.get("no_such_builtin"));
        assertNull(table.get("x"));
    }

    @Test
    void aScriptDeclaresOnlyWhatItUses() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Interpreter interpreter = new Interpreter(new PrintStream(out, true, StandardCharsets.UTF_8));
        interpreter.run(new Source("<test>", "print(1 + 1)\nsum = 5\nprint(sum)"));
        assertEquals("2\n5\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(1, interpreter.builtins().groupsDeclared());
    }
}
