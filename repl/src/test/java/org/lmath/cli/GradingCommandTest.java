package org.lmath.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * `lmath test FILE --with TESTS` and `lmath grade DIR --with TESTS` in every format: the JSON is
 * parsed with Jackson and the XML with the JDK's parser, and every field is checked against
 * what the teacher's tests must give (cosine of a vector with itself is 1, of orthogonal ones 0).
 */
class GradingCommandTest {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path teacher;
    private Path submissions;

    static final String TEACHER = """
            a = [1, 2, 3]
            test "itself" (points=2, hint="divide the dot product by both lengths") { check(cosine(a, a), 1) }
            test "orthogonal" (points=3) { check(cosine([1, 0], [0, 1]), 0) }
            """;

    @BeforeEach
    void files() throws IOException {
        teacher = folder.resolve("teacher.lmath");
        Files.writeString(teacher, TEACHER);
        submissions = Files.createDirectories(folder.resolve("class"));
        Files.writeString(submissions.resolve("good.lmath"), "cosine(u, v) = dot(u, v) / (norm(u) * norm(v))\n");
        // dot only: cosine(a, a) = 1 + 4 + 9 = 14, wrong; orthogonal vectors still give 0, right.
        Files.writeString(submissions.resolve("wrong.lmath"), "cosine(u, v) = dot(u, v)\n");
        Files.writeString(submissions.resolve("missing.lmath"), "cos_sim(u, v) = dot(u, v)\n");
    }

    private int lmath(String... arguments) {
        out.reset();
        err.reset();
        return new Main(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(arguments);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String submission(String name) {
        return submissions.resolve(name).toString();
    }

    @Test
    void teacherTestsSeeTheStudentsNames() {
        assertEquals(0, lmath("test", submission("good.lmath"), "--with", teacher.toString()));
        assertEquals("PASS itself\nPASS orthogonal\n2 passed, 0 failed\nscore: 5/5 points\n", out());
    }

    @Test
    void aMissingNameSaysSoAndShowsTheHint() {
        assertEquals(1, lmath("test", submission("missing.lmath"), "--with", teacher.toString()));
        assertEquals("""
                FAIL itself: your file defines no `cosine`
                     hint: divide the dot product by both lengths
                FAIL orthogonal: your file defines no `cosine`
                0 passed, 2 failed
                score: 0/5 points
                """, out());
    }

    @Test
    void jsonOfOneSubmission() throws IOException {
        assertEquals(1, lmath("test", submission("wrong.lmath"), "--with", teacher.toString(), "--format", "json"));
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode result = root.get("submissions").get(0);
        assertEquals(submission("wrong.lmath"), result.get("file").asText());
        assertEquals(3, result.get("score").asDouble());
        assertEquals(5, result.get("max_score").asDouble());
        assertEquals(1, result.get("passed").asInt());
        assertEquals(1, result.get("failed").asInt());
        assertTrue(result.get("seconds").asDouble() >= 0);
        assertTrue(result.get("problem").isNull());
        assertEquals("", result.get("output").asText());
        JsonNode itself = result.get("tests").get(0);
        assertEquals("itself", itself.get("name").asText());
        assertEquals("failed", itself.get("status").asText());
        assertEquals(0, itself.get("points").asDouble());
        assertEquals(2, itself.get("max_points").asDouble());
        assertEquals("check failed: expected 1, got 14 (off by 13, tolerance 2e-06)", itself.get("message").asText());
        assertEquals("divide the dot product by both lengths", itself.get("hint").asText());
        assertTrue(itself.get("seconds").asDouble() >= 0);
        JsonNode orthogonal = result.get("tests").get(1);
        assertEquals("passed", orthogonal.get("status").asText());
        assertEquals(3, orthogonal.get("points").asDouble());
        assertEquals("", orthogonal.get("message").asText());
        assertTrue(orthogonal.get("hint").isNull());
        JsonNode totals = root.get("totals");
        assertEquals(1, totals.get("submissions").asInt());
        assertEquals(3, totals.get("score").asDouble());
        assertEquals(5, totals.get("max_score").asDouble());
        assertEquals(3, totals.get("mean_score").asDouble());
    }

    @Test
    void gradescopeResultsJsonWrittenWhole() throws IOException {
        Path results = folder.resolve("results/results.json");
        assertEquals(1, lmath("test", submission("wrong.lmath"), "--with", teacher.toString(), "--format", "gradescope",
                "--out", results.toString()));
        assertEquals("", out(), "with --out nothing goes to standard output");
        JsonNode root = new ObjectMapper().readTree(Files.readString(results));
        checkGradescope(root);
        try (Stream<Path> left = Files.list(results.getParent())) {
            assertEquals(List.of(results), left.toList(), "no temporary file is left beside results.json");
        }
    }

    private static void checkGradescope(JsonNode root) {
        assertEquals(3, root.get("score").asDouble());
        assertTrue(root.get("execution_time").asDouble() >= 0);
        assertEquals("1 passed, 1 failed", root.get("output").asText());
        JsonNode tests = root.get("tests");
        assertEquals(2, tests.size());
        assertEquals("itself", tests.get(0).get("name").asText());
        assertEquals(0, tests.get(0).get("score").asDouble());
        assertEquals(2, tests.get(0).get("max_score").asDouble());
        assertEquals("failed", tests.get(0).get("status").asText());
        assertEquals("check failed: expected 1, got 14 (off by 13, tolerance 2e-06)\nHint: divide the dot product by both lengths",
                tests.get(0).get("output").asText());
        assertEquals("orthogonal", tests.get(1).get("name").asText());
        assertEquals(3, tests.get(1).get("score").asDouble());
        assertEquals(3, tests.get(1).get("max_score").asDouble());
        assertEquals("passed", tests.get(1).get("status").asText());
        assertEquals("", tests.get(1).get("output").asText());
    }

    @Test
    void gradeAFolderAsJson() throws IOException {
        assertEquals(0, lmath("grade", submissions.toString(), "--with", teacher.toString(), "--jobs", "2"));
        JsonNode root = new ObjectMapper().readTree(out());
        JsonNode results = root.get("submissions");
        assertEquals(3, results.size());
        // In the folder's order: good, missing, wrong.
        assertEquals("good.lmath", results.get(0).get("file").asText());
        assertEquals(5, results.get(0).get("score").asDouble());
        assertEquals(2, results.get(0).get("passed").asInt());
        assertEquals("missing.lmath", results.get(1).get("file").asText());
        assertEquals(0, results.get(1).get("score").asDouble());
        assertEquals("your file defines no `cosine`", results.get(1).get("tests").get(0).get("message").asText());
        assertEquals("wrong.lmath", results.get(2).get("file").asText());
        assertEquals(3, results.get(2).get("score").asDouble());
        for (JsonNode result : results) {
            assertEquals(5, result.get("max_score").asDouble());
            assertEquals(2, result.get("tests").size());
        }
        assertEquals(3, root.get("totals").get("submissions").asInt());
        assertEquals(8, root.get("totals").get("score").asDouble());
        assertEquals(15, root.get("totals").get("max_score").asDouble());
        assertEquals(8.0 / 3, root.get("totals").get("mean_score").asDouble(), 1e-6);
    }

    @Test
    void gradeAFolderAsGradescopeJunitAndCsv() throws Exception {
        assertEquals(0, lmath("grade", submissions.toString(), "--with", teacher.toString(), "--format", "gradescope"));
        JsonNode gradescope = new ObjectMapper().readTree(out());
        assertEquals(List.of("good.lmath", "missing.lmath", "wrong.lmath"), iterable(gradescope.fieldNames()));
        checkGradescope(gradescope.get("wrong.lmath"));
        assertEquals(5, gradescope.get("good.lmath").get("score").asDouble());

        assertEquals(0, lmath("grade", submissions.toString(), "--with", teacher.toString(), "--format", "junit"));
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(out.toByteArray()));
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        assertEquals("6", suites.getAttribute("tests"));
        assertEquals("3", suites.getAttribute("failures"));
        NodeList suiteList = suites.getElementsByTagName("testsuite");
        assertEquals(3, suiteList.getLength());
        Element wrong = (Element) suiteList.item(2);
        assertEquals("wrong.lmath", wrong.getAttribute("name"));
        assertEquals("2", wrong.getAttribute("tests"));
        assertEquals("1", wrong.getAttribute("failures"));
        NodeList cases = wrong.getElementsByTagName("testcase");
        assertEquals("itself", ((Element) cases.item(0)).getAttribute("name"));
        Element failure = (Element) ((Element) cases.item(0)).getElementsByTagName("failure").item(0);
        assertEquals("check failed: expected 1, got 14 (off by 13, tolerance 2e-06)", failure.getAttribute("message"));
        assertEquals("hint: divide the dot product by both lengths", failure.getTextContent());
        assertEquals(0, ((Element) cases.item(1)).getElementsByTagName("failure").getLength());
        NodeList properties = wrong.getElementsByTagName("property");
        assertEquals("score", ((Element) properties.item(0)).getAttribute("name"));
        assertEquals("3", ((Element) properties.item(0)).getAttribute("value"));

        assertEquals(0, lmath("grade", submissions.toString(), "--with", teacher.toString(), "--format", "csv"));
        assertEquals("""
                file,score,max_score,passed,failed,itself,orthogonal,problem\r
                good.lmath,5,5,2,0,2,3,\r
                missing.lmath,0,5,0,2,0,0,\r
                wrong.lmath,3,5,1,1,0,3,\r
                """, out());
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void sandboxTurnsOnForAnyRun() throws IOException {
        Path script = folder.resolve("peek.lmath");
        Files.writeString(script, "print(\"before\")\nimport \"/etc/passwd\"\n");
        assertTrue(lmath(script.toString()) != 0, "without the sandbox the import is attempted (and /etc/passwd does not parse)");
        assertEquals(1, lmath("--sandbox", script.toString()));
        assertEquals("before\n", out());
        String error = err.toString(StandardCharsets.UTF_8);
        assertTrue(error.startsWith(script + ":2:1: cannot import \"/etc/passwd\": in the sandbox a file may import only"), error);
        assertFalse(error.contains("root:"), "nothing of the file is quoted: " + error);
    }

    @Test
    void badOptionsAreExplained() {
        assertEquals(2, lmath("test", submission("good.lmath"), "--format", "yaml"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown format 'yaml'; the formats are text, json, gradescope, junit, csv"));
        assertEquals(2, lmath("grade", submissions.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("lmath grade needs the teacher's tests"));
        assertEquals(2, lmath("test", submission("good.lmath"), "--timeout", "0"));
        assertFalse(err.toString(StandardCharsets.UTF_8).isEmpty());
    }
}
