package org.lmath.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kernel as Jupyter runs it: the packaged jar installed with `lmath kernel install --prefix`
 * into a temporary folder (JUPYTER_PATH points there; the user's own kernels and HOME are not
 * consulted), then driven by Debian's jupyter_client and nbclient under /usr/bin/python3 (.ci/run
 * installs them). Each check of the Python scripts is one test here.
 */
class JupyterKernelIT {

    private static final Path JAR = Path.of("target/lmath.jar").toAbsolutePath();
    private static final Path SCRIPTS = Path.of("src/test/resources/jupyter").toAbsolutePath();
    private static final Path LESSONS = Path.of("../stdlib/src/main/resources/lmath/lessons").toAbsolutePath().normalize();
    private static final String PYTHON = "/usr/bin/python3";

    @TempDir
    static Path folder;

    private record Run(int status, List<String> lines) {}

    @BeforeAll
    static void installTheKernel() throws Exception {
        Run check = run(List.of(PYTHON, "-c", "import jupyter_client, nbclient, nbformat"), 60);
        if (check.status() != 0) {
            fail("Debian's python3-jupyter-client and python3-nbclient are needed (.ci/run installs them: "
                    + "apt-get install -y python3-jupyter-client python3-nbclient): " + check.lines());
        }
        Run install = run(List.of(javaCommand(), "-jar", JAR.toString(), "kernel", "install", "--prefix", folder.resolve("prefix").toString()), 120);
        assertEquals(0, install.status(), install.lines().toString());
        assertTrue(Files.isRegularFile(folder.resolve("prefix/share/jupyter/kernels/lmath/kernel.json")));
    }

    @Test
    void jupyterListsTheInstalledKernel() throws Exception {
        Run list = run(List.of(PYTHON, "-m", "jupyter_client.kernelspecapp", "list"), 60);
        assertEquals(0, list.status(), list.lines().toString());
        assertTrue(list.lines().stream().anyMatch(line -> line.strip().startsWith("lmath ")
                && line.contains(folder.resolve("prefix").toString())), list.lines().toString());
    }

    @TestFactory
    Stream<DynamicTest> aClientSeesResultsOutputErrorsPicturesCompletionsAndInterrupts() throws Exception {
        Path picture = folder.resolve("plot.png");
        Run session = run(List.of(PYTHON, SCRIPTS.resolve("kernel_check.py").toString(), picture.toString()), 600);
        return checks(session, 20);
    }

    @TestFactory
    Stream<DynamicTest> everyLessonAsANotebookRunsThroughNbclientWithoutAnErrorCell() throws Exception {
        Path notebooks = folder.resolve("lessons");
        Run convert = run(List.of(javaCommand(), "-jar", JAR.toString(), "notebook", "--lessons", notebooks.toString()), 120);
        assertEquals(0, convert.status(), convert.lines().toString());
        List<String> command = new ArrayList<>(List.of(PYTHON, SCRIPTS.resolve("run_notebooks.py").toString(), folder.resolve("lesson.png").toString()));
        int lessons;
        try (Stream<Path> files = Files.list(LESSONS)) {
            List<String> names = files.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".lmath")).sorted().toList();
            lessons = names.size();
            for (String name : names) command.add(notebooks.resolve(name.replace(".lmath", ".ipynb")).toString());
        }
        assertTrue(lessons > 0, "no lessons found in " + LESSONS);
        return checks(run(command, 3600), lessons);
    }

    /** One test per "ok NAME" / "FAIL NAME: why" line; the run as a whole must have ended well and checked enough. */
    private static Stream<DynamicTest> checks(Run run, int atLeast) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : run.lines()) {
            if (line.startsWith("startup ")) System.out.println("kernel start to first result: " + line.substring(8) + " s");
            if (line.startsWith("ok ")) tests.add(DynamicTest.dynamicTest(line.substring(3), () -> { }));
            if (line.startsWith("FAIL ")) tests.add(DynamicTest.dynamicTest(line.substring(5), () -> fail(line)));
        }
        tests.add(DynamicTest.dynamicTest("the client ran to its end", () -> {
            assertEquals(0, run.status(), String.join("\n", run.lines()));
            assertTrue(tests.size() - 1 >= atLeast, "only " + (tests.size() - 1) + " checks ran:\n" + String.join("\n", run.lines()));
        }));
        return tests.stream();
    }

    /** Runs a command with Jupyter's folders inside the temporary folder; its output and errors, merged, line by line. */
    private static Run run(List<String> command, int seconds) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JUPYTER_PATH", folder.resolve("prefix/share/jupyter").toString());
        builder.environment().put("JUPYTER_DATA_DIR", folder.resolve("data").toString());
        builder.environment().put("JUPYTER_RUNTIME_DIR", folder.resolve("runtime").toString());
        builder.environment().put("JUPYTER_CONFIG_DIR", folder.resolve("config").toString());
        builder.environment().put("JUPYTER_PLATFORM_DIRS", "1");  // no warning about the folders' future defaults
        Path output = Files.createTempFile(folder, "output", ".txt");
        builder.redirectOutput(output.toFile()).directory(folder.toFile());
        Process process = builder.start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail(command + " did not finish in " + seconds + " s:\n" + Files.readString(output, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readAllLines(output, StandardCharsets.UTF_8));
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
