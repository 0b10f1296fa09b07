package org.lmath.repl;

import java.util.List;

import org.lmath.ast.Source;

/**
 * The lessons of the standard library: files lmath/lessons/NN-topic.lmath on the class path,
 * listed in order by lmath/lessons/lessons.txt, one a line: the file name, blanks, the title.
 */
public final class Lessons {

    static final String FOLDER = "lmath/lessons/";

    /** One lesson: its number in the list (from 1), file name and title. */
    public record Lesson(int number, String file, String title) {}

    private Lessons() {}

    public static List<Lesson> all() {
        return ResourceList.read(FOLDER + "lessons.txt").stream()
                .map(entry -> new Lesson(entry.number(), entry.name(), entry.title())).toList();
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
