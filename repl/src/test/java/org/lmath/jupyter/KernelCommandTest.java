package org.lmath.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `lmath kernel` and `lmath kernel install`: the kernel.json Jupyter reads, and the messages for wrong use. */
class KernelCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();

    private int kernel(String... arguments) {
        return KernelCommand.run(List.of(arguments), "0.1.0", new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void installWritesAKernelSpecThatStartsThisLmathWithTheConnectionFile() throws Exception {
        assertEquals(0, kernel("install", "--prefix", folder.toString()), errors());
        Path spec = folder.resolve("share/jupyter/kernels/lmath/kernel.json");
        JsonObject json = JsonParser.parseString(Files.readString(spec)).getAsJsonObject();
        assertEquals("lmath", json.get("display_name").getAsString());
        assertEquals("lmath", json.get("language").getAsString());
        assertEquals("message", json.get("interrupt_mode").getAsString());
        assertEquals(".lmath", json.getAsJsonObject("metadata").get("file_extension").getAsString());
        JsonArray argv = json.getAsJsonArray("argv");
        assertTrue(Path.of(argv.get(0).getAsString()).isAbsolute(), "the Java is named by its full path: " + argv);
        assertEquals("kernel", argv.get(argv.size() - 2).getAsString());
        assertEquals("{connection_file}", argv.get(argv.size() - 1).getAsString());
        assertTrue(argv.toString().contains("org.lmath.cli.Main"), "run from class folders, the same class path and main class: " + argv);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("installed the lmath kernel in " + spec.getParent()));
    }

    @Test
    void theKernelUsesTheLaunchersNativeCacheFolder() throws Exception {
        Path cache = folder.resolve("lmath-openblas-9.9.9");
        System.setProperty("org.bytedeco.javacpp.cachedir", cache.toString());
        try {
            assertEquals(0, kernel("install", "--prefix", folder.toString()), errors());
        } finally {
            System.clearProperty("org.bytedeco.javacpp.cachedir");
        }
        String spec = Files.readString(folder.resolve("share/jupyter/kernels/lmath/kernel.json"));
        JsonArray argv = JsonParser.parseString(spec).getAsJsonObject().getAsJsonArray("argv");
        assertTrue(argv.contains(new com.google.gson.JsonPrimitive("-Dorg.bytedeco.javacpp.cachedir=" + cache)), argv.toString());
    }

    @Test
    void wrongUseSaysWhatIsExpected() {
        assertEquals(2, kernel());
        assertTrue(errors().startsWith("lmath: lmath kernel needs a connection file (Jupyter gives one)"), errors());
        err.reset();
        assertEquals(2, kernel("install", "--system"));
        assertEquals("lmath: lmath kernel install takes --user (the default) or --prefix DIR, not '--system'\n", errors());
        err.reset();
        assertEquals(2, kernel(folder.resolve("missing.json").toString()));
        assertEquals("lmath: cannot read the connection file " + folder.resolve("missing.json") + ": no such file\n", errors());
    }

    @Test
    void theUserFolderFollowsJupytersRules() {
        Path folder = KernelSpec.userDataFolder();
        String configured = System.getenv("JUPYTER_DATA_DIR");
        if (configured != null && !configured.isEmpty()) {
            assertEquals(Path.of(configured), folder);
        } else if (System.getProperty("os.name").toLowerCase().contains("linux") && System.getenv("XDG_DATA_HOME") == null) {
            assertEquals(Path.of(System.getProperty("user.home"), ".local", "share", "jupyter"), folder);
        } else {
            assertTrue(folder.endsWith("jupyter") || folder.endsWith("Jupyter"), folder.toString());
        }
    }
}
