package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.lmath.sandbox.Budget;

/**
 * Golden scripts of the test runner (src/test/resources/golden/testing/*.lmath): each runs as
 * `lmath --memory 1g test --timeout 1 FILE`, and its standard output must be the script's `# expect:` lines
 * (paths shown relative to the script's folder). Files starting with _ are imported, not run.
 */
class TestGoldenScriptsTest {

    private static final Path FOLDER = Path.of("src/test/resources/golden/testing").toAbsolutePath();
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s?(.*)$");

    @TestFactory
    Stream<DynamicTest> testRunnerGoldenScripts() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> scripts = files.filter(path -> path.toString().endsWith(".lmath"))
                    .filter(path -> !path.getFileName().toString().startsWith("_")).sorted().toList();
            return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> check(script)));
        }
    }

    private static void check(Path script) throws IOException {
        List<String> expected = new ArrayList<>();
        for (String line : Files.readAllLines(script, StandardCharsets.UTF_8)) {
            Matcher matcher = EXPECT.matcher(line);
            if (matcher.find()) expected.add(matcher.group(1));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"--memory", "1g", "test", "--timeout", "1", script.toString()});
        Budget.setMemory(Runtime.getRuntime().maxMemory());  // the budget is the process's: give the other tests theirs back
        String actual = out.toString(StandardCharsets.UTF_8).replace(FOLDER + "/", "");
        assertEquals(String.join("\n", expected) + "\n", actual, "stderr: " + err.toString(StandardCharsets.UTF_8));
        boolean allPass = expected.stream().anyMatch(line -> line.matches("\\d+ passed, 0 failed"));
        assertEquals(allPass ? 0 : 1, status, "exit status");
    }
}
