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
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A class of hostile submissions graded in one `lmath grade` run (1 s per test, two jobs): each
 * is graded as a failure with its reason, the good one still gets full marks, nothing outside
 * the allowed files is read or written, and the grader finishes.
 */
class HostileSubmissionsTest {

    @TempDir
    Path folder;

    @Test
    void everyHostileSubmissionFailsWithAReasonAndTheGraderFinishes() throws IOException {
        Path teacher = folder.resolve("teacher.lmath");
        Files.writeString(teacher, GradingCommandTest.TEACHER);
        Files.writeString(folder.resolve("secret.lmath"), "TOPSECRET = 42\n");
        Path outside = folder.resolve("outside.png");
        Path submissions = Files.createDirectories(folder.resolve("class"));
        Map<String, String> files = new HashMap<>();
        files.put("good.lmath", "cosine(u, v) = dot(u, v) / (norm(u) * norm(v))\n");
        files.put("loop.lmath", "while true { }\n");
        files.put("zeros.lmath", "x = zeros(100000, 100000)\n");
        files.put("recursion.lmath", "f(n) = f(n + 1)\nf(0)\n");
        files.put("strings.lmath", "s = \"ab\"\nwhile true { s = s + s }\n");
        files.put("flood.lmath", "while true { print(\"flood flood flood flood flood\") }\n");
        files.put("passwd.lmath", "import \"/etc/passwd\"\n");
        files.put("environ.lmath", "import \"/proc/self/environ\"\n");
        files.put("secret.lmath", "import \"../secret.lmath\"\n");
        files.put("deep_secret.lmath", "import \"../../secret.lmath\"\n");
        files.put("savefig.lmath", "plot([1, 2], [3, 4])\nsavefig(\"" + outside + "\")\n");
        files.put("bomb.lmath", "x = " + "[".repeat(100_000) + "1" + "]".repeat(100_000) + "\n");
        files.put("in_test_loop.lmath", "cosine(u, v) = cosine(u, v)\n");
        for (Map.Entry<String, String> file : files.entrySet()) Files.writeString(submissions.resolve(file.getKey()), file.getValue());
        Files.write(submissions.resolve("big.lmath"), new byte[50_000_000]);
        byte[] garbage = new byte[4096];
        new Random(7).nextBytes(garbage);
        Files.write(submissions.resolve("garbage.lmath"), garbage);
        Files.createSymbolicLink(submissions.resolve("link.lmath"), folder.resolve("secret.lmath"));
        Path linker = Files.createDirectories(submissions.resolve("linker"));
        Files.writeString(linker.resolve("main.lmath"), "import \"leak.lmath\"\n");
        Files.createSymbolicLink(linker.resolve("leak.lmath"), folder.resolve("secret.lmath"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(new String[] {"grade", submissions.toString(), "--with", teacher.toString(), "--jobs", "2", "--timeout", "1"});
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertFalse(text.contains("TOPSECRET"), "no error quotes a forbidden file");
        assertFalse(Files.exists(outside), "savefig wrote outside the plots folder");

        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(text).get("submissions")) results.put(result.get("file").asText(), result);
        assertEquals(files.size() + 4, results.size(), results.keySet().toString());
        assertEquals(5, results.get("good.lmath").get("score").asDouble());
        String refused = "in the sandbox a file may import only .lmath files inside its own folder";
        Map<String, String> reasons = Map.ofEntries(
                Map.entry("loop.lmath", "timed out after 1 s"),
                Map.entry("zeros.lmath", "(100000, 100000)"),
                Map.entry("recursion.lmath", "recursion"),
                Map.entry("strings.lmath", "(timed out after 1 s|memory|too long|too large)"),
                Map.entry("flood.lmath", "timed out after 1 s"),
                Map.entry("passwd.lmath", refused),
                Map.entry("environ.lmath", refused),
                Map.entry("secret.lmath", refused),
                Map.entry("deep_secret.lmath", refused),
                Map.entry("linker/", refused),
                Map.entry("link.lmath", "not a regular file"),
                Map.entry("savefig.lmath", "a picture may only be written into the plots folder"),
                Map.entry("bomb.lmath", "(nest|deep|timed out)"),
                Map.entry("big.lmath", "the file is 50.0 MB; a submission may be at most 1 MB"),
                Map.entry("garbage.lmath", "not (UTF-8 )?text"),
                Map.entry("in_test_loop.lmath", "recursion"));
        for (Map.Entry<String, String> expected : reasons.entrySet()) {
            JsonNode result = results.get(expected.getKey());
            assertEquals(0, result.get("score").asDouble(), expected.getKey());
            for (JsonNode test : result.get("tests")) {
                assertEquals("failed", test.get("status").asText(), expected.getKey());
                assertTrue(java.util.regex.Pattern.compile(expected.getValue()).matcher(test.get("message").asText()).find(),
                        expected.getKey() + ": " + test.get("message").asText());
            }
        }
        String passwdMessage = results.get("passwd.lmath").get("tests").get(0).get("message").asText();
        String missingMessage = results.get("deep_secret.lmath").get("tests").get(0).get("message").asText();
        assertEquals(passwdMessage.replaceAll("\\(.*:1:1\\)$", "").replace("/etc/passwd", "X"),
                missingMessage.replaceAll("\\(.*:1:1\\)$", "").replace("../../secret.lmath", "X"),
                "a file that exists and one that does not are refused in the same words");
        assertTrue(results.get("flood.lmath").get("output").asText().length() < 70_000, "the output of a flood is cut");
    }
}
