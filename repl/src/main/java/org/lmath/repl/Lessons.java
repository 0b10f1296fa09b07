package org.lmath.repl;

import java.util.List;

import org.lmath.ast.Source;

/**
 * The lessons of the standard library: files lmath/lessons/NN-topic.lmath on the class path,
 * listed in order by lmath/lessons/lessons.txt, one a line: the file name, blanks, the title.
 */
public final class Lessons {

    static final String FOLDER = "lmath/lessons/";

    /**
     * One lesson: its number (the file name's prefix, 15 for 15-similarity.lmath, so that a
     * lesson keeps its number wherever lessons.txt lists it), file name and title.
     */
    public record Lesson(int number, String file, String title) {

        /** Where the file is in an lmath checkout, to read or copy it. */
        public String checkoutPath() {
            return "stdlib/src/main/resources/" + FOLDER + file;
        }
    }

    private Lessons() {}

    /** The lessons in the order lessons.txt lists them. */
    public static List<Lesson> all() {
        return ResourceList.read(FOLDER + "lessons.txt").stream()
                .map(entry -> new Lesson(numberOf(entry.name(), entry.number()), entry.name(), entry.title())).toList();
    }

    /** The highest lesson number, for "from 1 to N" in messages. */
    public static int highestNumber() {
        return all().stream().mapToInt(Lesson::number).max().orElse(0);
    }

    /** The lesson numbered number, or null. */
    public static Lesson find(int number) {
        return all().stream().filter(lesson -> lesson.number() == number).findFirst().orElse(null);
    }

    /** The number a file name starts with (15 for 15-similarity.lmath), or fallback when it has none. */
    private static int numberOf(String file, int fallback) {
        int dash = file.indexOf('-');
        try {
            return dash > 0 ? Integer.parseInt(file.substring(0, dash)) : fallback;
        } catch (NumberFormatException error) {
            return fallback;
        }
    }

    /** The lesson's text as a source named lessons/FILE, for error messages. */
    public static Source source(Lesson lesson) {
        String text = ResourceList.text(FOLDER + lesson.file());
        if (text == null) throw new IllegalStateException("lessons.txt lists " + lesson.file() + " but it is missing");
        return new Source("lessons/" + lesson.file(), text);
    }

    /** The names a lesson's top level assigns or defines, for the warning before it replaces the user's own. */
    static java.util.Set<String> namesItDefines(Lesson lesson) {
        java.util.Set<String> names = new java.util.HashSet<>();
        try {
            for (org.lmath.ast.Stmt statement : org.lmath.parse.SourceParser.parseProgram(source(lesson))) {
                if (statement instanceof org.lmath.ast.Stmt.Assign assign) names.add(assign.name());
                if (statement instanceof org.lmath.ast.Stmt.FunctionDefinition definition) names.add(definition.name());
                if (statement instanceof org.lmath.ast.Stmt.TupleAssign tuple) {
                    for (org.lmath.ast.Expr target : tuple.targets()) {
                        if (target instanceof org.lmath.ast.Expr.Name name) names.add(name.name());
                    }
                }
            }
        } catch (org.lmath.error.LMathError unreadable) {
            // a lesson with a syntax error reports it when it runs
        }
        return names;
    }
}
