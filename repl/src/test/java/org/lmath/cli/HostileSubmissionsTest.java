package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Hostile submissions: each is graded as a failure with its reason, a good one beside them
 * still gets full marks, nothing outside the allowed files is read or written, and the grader
 * finishes. Time limits are 1 s to keep this quick.
 */
class HostileSubmissionsTest {

    @TempDir
    Path folder;

    private static final String REFUSED = "in the sandbox a file may import only .lmath files inside its own folder";

    /**
     * The submissions that need a process of their own (they loop, allocate, recurse, flood,
     * nest), and one of each sandbox refusal: graded by `lmath grade`, each in a child JVM.
     */
    @Test
    void everyHostileSubmissionFailsWithAReasonAndTheGraderFinishes() throws IOException {
        Path teacher = folder.resolve("teacher.lmath");
        Files.writeString(teacher, GradingCommandTest.TEACHER);
        Files.writeString(folder.resolve("secret.lmath"), "TOPSECRET = 42\n");
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Map<String, String> files = new HashMap<>();
        files.put("good.lmath", "cosine(u, v) = dot(u, v) / (norm(u) * norm(v))\n");
        files.put("loop.lmath", "while true { }\n");
        files.put("zeros.lmath", "x = zeros(100000, 100000)\n");
        files.put("recursion.lmath", "f(n) = f(n + 1)\nf(0)\n");
        files.put("strings.lmath", "s = \"ab\"\nwhile true { s = s + s }\n");
        files.put("flood.lmath", "while true { print(\"flood flood flood flood flood\") }\n");
        files.put("passwd.lmath", "import \"/etc/passwd\"\n");
        files.put("bomb.lmath", "x = " + "[".repeat(100_000) + "1" + "]".repeat(100_000) + "\n");
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(submissions.resolve(file.getKey()), file.getValue());
        Files.write(submissions.resolve("big.lmath"), new byte[50_000_000]);

        String text = run("grade", submissions.toString(), "--with", teacher.toString(), "--jobs", "2", "--timeout", "1");
        assertFalse(text.contains("TOPSECRET"), "no error quotes a forbidden file");
        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(text).get("submissions")) results.put(result.get("file").asText(), result);
        assertEquals(files.size() + 1, results.size(), results.keySet().toString());
        assertEquals(5, results.get("good.lmath").get("score").asDouble());
        checkReasons(results, Map.of(
                "loop.lmath", "timed out after 1 s",
                "zeros.lmath", "\\(100000, 100000\\)",
                "recursion.lmath", "recursion",
                "strings.lmath", "(timed out after 1 s|memory|too long|too large)",
                "flood.lmath", "timed out after 1 s",
                "passwd.lmath", REFUSED,
                "bomb.lmath", "(nest|deep|timed out)",
                "big.lmath", "the file is 50.0 MB; a submission may be at most 1 MB"));
        assertTrue(results.get("flood.lmath").get("output").asText().length() < 70_000, "the output of a flood is cut");
    }

    /** The sandbox's refusals, each graded in-process by `lmath test --with` (the same runner a child uses). */
    @Test
    void sandboxRefusalsAreFailuresWithTheSameWords() throws IOException {
        Path teacher = folder.resolve("teacher.lmath");
        Files.writeString(teacher, GradingCommandTest.TEACHER);
        Files.writeString(folder.resolve("secret.lmath"), "TOPSECRET = 42\n");
        Path outside = folder.resolve("outside.png");
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Map<String, String> files = new HashMap<>();
        files.put("environ.lmath", "import \"/proc/self/environ\"\n");
        files.put("secret.lmath", "import \"../secret.lmath\"\n");
        files.put("deep_secret.lmath", "import \"../../secret.lmath\"\n");
        files.put("passwd.lmath", "import \"../../../../../../etc/passwd\"\n");
        files.put("savefig.lmath", "plot([1, 2], [3, 4])\nsavefig(\"" + outside + "\")\n");
        files.put("in_test_loop.lmath", "cosine(u, v) = cosine(u, v)\n");
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(submissions.resolve(file.getKey()), file.getValue());
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(submissions.resolve("garbage.lmath"), garbage);
        Files.createSymbolicLink(submissions.resolve("link.lmath"), folder.resolve("secret.lmath"));
        Path linker = Files.createDirectories(submissions.resolve("linker"));
        Files.writeString(linker.resolve("main.lmath"), "import \"leak.lmath\"\n");
        Files.createSymbolicLink(linker.resolve("leak.lmath"), folder.resolve("secret.lmath"));

        Map<String, JsonNode> results = new HashMap<>();
        for (String name : List.of("environ.lmath", "secret.lmath", "deep_secret.lmath", "passwd.lmath", "savefig.lmath",
                "in_test_loop.lmath", "garbage.lmath", "link.lmath", "linker/main.lmath")) {
            String text = run("test", submissions.resolve(name).toString(), "--with", teacher.toString(), "--format", "json");
            assertFalse(text.contains("TOPSECRET"), "no error quotes a forbidden file");
            results.put(name, new ObjectMapper().readTree(text).get("submissions").get(0));
        }
        assertFalse(Files.exists(outside), "savefig wrote outside the plots folder");
        checkReasons(results, Map.of(
                "environ.lmath", REFUSED,
                "secret.lmath", REFUSED,
                "deep_secret.lmath", REFUSED,
                "passwd.lmath", REFUSED,
                "linker/main.lmath", REFUSED,
                "link.lmath", "not a regular file",
                "savefig.lmath", "a picture may only be written into the plots folder",
                "garbage.lmath", "not (UTF-8 )?text",
                "in_test_loop.lmath", "recursion"));
        String existing = results.get("secret.lmath").get("tests").get(0).get("message").asText();
        String missing = results.get("deep_secret.lmath").get("tests").get(0).get("message").asText();
        assertEquals(existing.replaceAll("\\(.*:1:1\\)$", "").replace("../secret.lmath", "X"),
                missing.replaceAll("\\(.*:1:1\\)$", "").replace("../../secret.lmath", "X"),
                "a file that exists and one that does not are refused in the same words");
    }

    private static String run(String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments);
        assertTrue(status == 0 || status == 1, "status " + status + ": " + err.toString(StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void checkReasons(Map<String, JsonNode> results, Map<String, String> reasons) {
        for (Map.Entry<String, String> expected : reasons.entrySet()) {
            JsonNode result = results.get(expected.getKey());
            assertEquals(0, result.get("score").asDouble(), expected.getKey());
            assertEquals(2, result.get("tests").size(), expected.getKey());
            for (JsonNode test : result.get("tests")) {
                assertEquals("failed", test.get("status").asText(), expected.getKey());
                assertTrue(java.util.regex.Pattern.compile(expected.getValue()).matcher(test.get("message").asText()).find(),
                        expected.getKey() + ": " + test.get("message").asText());
            }
        }
    }
}
