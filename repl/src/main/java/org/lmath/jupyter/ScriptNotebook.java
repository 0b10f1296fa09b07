package org.lmath.jupyter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import org.lmath.repl.CellSession;

/**
 * An lmath script as a Jupyter notebook (nbformat 4.5): a block of comment lines that starts a
 * paragraph (at the top, or after a blank line, outside any open bracket or block) becomes a
 * Markdown cell, and the code between such blocks a code cell. Comments that follow code on the
 * next line, and `# expect:` lines, stay in the code: they belong to it.
 */
final class ScriptNotebook {

    private ScriptNotebook() {}

    /** The notebook's JSON for the script's text. */
    static String convert(String script) {
        List<Map<String, Object>> cells = new ArrayList<>();
        List<String> code = new ArrayList<>(), markdown = new ArrayList<>();
        boolean paragraphStart = true;
        List<String> lines = script.replace("\r\n", "\n").lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && line.startsWith("#!")) continue;  // a shebang line means nothing in a notebook
            boolean comment = line.startsWith("#") && !line.startsWith("# expect");
            if (comment && (!markdown.isEmpty() || paragraphStart && !CellSession.isIncomplete(String.join("\n", code)))) {
                if (markdown.isEmpty()) addCode(cells, code);
                markdown.add(line);
                continue;
            }
            if (!markdown.isEmpty()) addMarkdown(cells, markdown);
            code.add(line);
            paragraphStart = line.isBlank();
        }
        addMarkdown(cells, markdown);
        addCode(cells, code);
        return json(cells);
    }

    private static void addCode(List<Map<String, Object>> cells, List<String> code) {
        int first = 0, last = code.size();
        while (first < last && code.get(first).isBlank()) first++;
        while (last > first && code.get(last - 1).isBlank()) last--;
        if (first < last) {
            Map<String, Object> cell = cell(cells, "code", code.subList(first, last));
            cell.put("execution_count", null);
            cell.put("outputs", List.of());
        }
        code.clear();
    }

    /** Comment text without its `#`; the script's first comment block opens with its title as a heading. */
    private static void addMarkdown(List<Map<String, Object>> cells, List<String> comments) {
        if (comments.isEmpty()) return;
        List<String> text = new ArrayList<>();
        for (String comment : comments) {
            String words = comment.substring(comment.startsWith("# ") ? 2 : 1);
            text.add(escape(words));
        }
        if (cells.isEmpty()) text.set(0, "# " + text.get(0));
        Map<String, Object> previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
        if (previous != null && previous.get("cell_type").equals("markdown")) {
            // Blocks with only blank lines between them are paragraphs of one text.
            @SuppressWarnings("unchecked")
            List<String> source = (List<String>) previous.get("source");
            source.set(source.size() - 1, source.get(source.size() - 1) + "\n");
            source.add("\n");
            for (int i = 0; i < text.size(); i++) source.add(text.get(i) + (i < text.size() - 1 ? "\n" : ""));
        } else {
            cell(cells, "markdown", text);
        }
        comments.clear();
    }

    /**
     * Comments are plain text, not Markdown: `*`, `_`, `$` (LaTeX in Jupyter) and `<` (HTML) are
     * shown as typed, so that `2*3 + 4*5` does not turn italic. `code` spans stay as they are.
     */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        boolean inCode = false;
        for (char c : text.toCharArray()) {
            if (c == '`') inCode = !inCode;
            if (!inCode && (c == '*' || c == '_' || c == '$')) escaped.append('\\');
            if (!inCode && c == '<') escaped.append("&lt;");
            else escaped.append(c);
        }
        return escaped.toString();
    }

    private static Map<String, Object> cell(List<Map<String, Object>> cells, String type, List<String> lines) {
        Map<String, Object> cell = new LinkedHashMap<>();
        cell.put("cell_type", type);
        cell.put("id", "cell-" + (cells.size() + 1));  // stable ids: converting again changes nothing
        cell.put("metadata", Map.of());
        List<String> source = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) source.add(lines.get(i) + (i < lines.size() - 1 ? "\n" : ""));
        cell.put("source", source);
        cells.add(cell);
        return cell;
    }

    private static String json(List<Map<String, Object>> cells) {
        Map<String, Object> notebook = new LinkedHashMap<>();
        notebook.put("cells", cells);
        Map<String, Object> kernelspec = new LinkedHashMap<>();
        kernelspec.put("name", LMathKernel.NAME);
        kernelspec.put("display_name", "lmath");
        kernelspec.put("language", "lmath");
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("name", "lmath");
        language.put("file_extension", ".lmath");
        language.put("mimetype", "text/x-lmath");
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kernelspec", kernelspec);
        metadata.put("language_info", language);
        notebook.put("metadata", metadata);
        notebook.put("nbformat", 4);
        notebook.put("nbformat_minor", 5);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(notebook) + "\n";
    }
}
