package org.lmath.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lmath.ast.Source;
import org.lmath.ast.Stmt;
import org.lmath.builtins.StandardModules;
import org.lmath.error.Habits;
import org.lmath.error.LMathError;
import org.lmath.parse.SourceFiles;
import org.lmath.error.Suggestions;
import org.lmath.sandbox.FileAccess;
import org.lmath.value.ModuleValue;

/**
 * `import optim` loads a module of the standard library (a resource lmath/stdlib/optim.lmath);
 * `import "helpers.lmath"` loads a file relative to the importing file and binds it under its
 * file name without the extension (helpers). A module runs once per session; importing it again
 * gives the same module.
 */
final class ModuleLoader {


    private final Interpreter interpreter;
    private final Map<String, ModuleValue> loaded = new HashMap<>();
    private final Set<String> loading = new HashSet<>();

    ModuleLoader(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    ModuleValue load(Stmt.Import statement) {
        if (statement.isFile()) return loadFile(statement);
        String name = statement.target();
        return loadOnce("stdlib:" + name, name, statement, () -> readStandardModule(name, statement));
    }

    private ModuleValue loadFile(Stmt.Import statement) {
        Path importer = Path.of(statement.position().source().name()).toAbsolutePath();
        FileAccess sandbox = FileAccess.of(interpreter.session());
        Path file;
        try {
            file = sandbox == null ? importer.resolveSibling(statement.target()).normalize()
                    : sandbox.resolveImport(importer, statement.target());
        } catch (LMathError refused) {
            throw refused.at(statement.position());
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".lmath") ? fileName.substring(0, fileName.length() - ".lmath".length()) : fileName;
        if (!name.matches("[a-zA-Z_][a-zA-Z_0-9]*")) {
            throw new LMathError(statement.position(), "cannot import \"" + statement.target() + "\": the file name must be a valid name "
                    + "(letters, digits, _) because the module is reached by it, as " + name + ".f(x)");
        }
        return loadOnce("file:" + file, name, statement, () -> {
            try {
                return new Source(file.toString(), SourceFiles.read(file));
            } catch (SourceFiles.Unreadable error) {
                throw new LMathError(statement.position(), "cannot import \"" + statement.target() + "\": " + error.getMessage());
            } catch (IOException error) {
                throw new LMathError(statement.position(), "cannot import \"" + statement.target() + "\": no such file ("
                        + file + ")");
            }
        });
    }

    private ModuleValue loadOnce(String key, String name, Stmt.Import statement, java.util.function.Supplier<Source> reader) {
        ModuleValue module = loaded.get(key);
        if (module != null) return module;
        if (!loading.add(key)) {
            throw new LMathError(statement.position(), "circular import: " + name + " is already being imported");
        }
        try {
            List<Stmt> program = interpreter.parse(reader.get());
            Environment scope = interpreter.executeModule(program);
            module = new ModuleValue(name, Map.copyOf(scope.ownValues()));
            loaded.put(key, module);
            return module;
        } finally {
            loading.remove(key);
        }
    }

    private Source readStandardModule(String name, Stmt.Import statement) {
        String path = StandardModules.FOLDER + name + ".lmath";
        try (InputStream stream = ModuleLoader.class.getClassLoader().getResourceAsStream(path)) {
            if (stream == null) {
                String habit = Habits.forImport(name, false);
                if (habit != null) throw new LMathError(statement.position(), habit);
                List<String> available = StandardModules.names();
                throw new LMathError(statement.position(), "there is no standard module named '" + name + "'"
                        + Suggestions.didYouMean(name, available)
                        + (available.isEmpty() ? "" : " (available: " + String.join(", ", available) + ")")
                        + "; to import a file write import \"" + name + ".lmath\"");
            }
            return new Source("<stdlib>/" + name + ".lmath", new String(stream.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException error) {
            throw new LMathError(statement.position(), "cannot read the standard module " + name + ": " + error.getMessage());
        }
    }
}
