package org.lmath.builtins;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lmath.autodiff.Differentiable;
import org.lmath.autodiff.Rules;
import org.lmath.error.LMathError;
import org.lmath.tensor.Reduction;
import org.lmath.value.Traced;
import org.lmath.value.TupleValue;
import org.lmath.value.Value;

/**
 * NumPy's einsum, made of differentiable steps so that grad goes through it (attention is written
 * with it): a letter repeated within one operand takes the diagonal, a letter nobody needs any
 * more is summed away, and the operands are folded left to right, each pair contracted by one
 * (batched) matrix product over the letters they share. "..." stands for the leading axes, which
 * broadcast. Without "->" the output is "..." then the letters used once, in alphabetical order.
 */
final class Einsum {

    private Einsum() {}

    /** Letters that "..." expands to: beyond any letter a user can type. */
    private static final char FIRST_HIDDEN = '\u0100';

    /** One operand with one letter per axis. */
    private record Term(Value value, String letters) {}

    static Value evaluate(String subscripts, List<Value> operands) {
        String text = subscripts.replace(" ", "");
        int arrow = text.indexOf("->");
        String[] inputs = (arrow < 0 ? text : text.substring(0, arrow)).split(",", -1);
        if (inputs.length != operands.size()) {
            throw new LMathError("einsum(): the subscripts \"" + subscripts + "\" name " + inputs.length + " operand(s), but "
                    + operands.size() + " were given");
        }
        List<Term> terms = new ArrayList<>();
        int ellipsisRank = 0;
        for (int i = 0; i < inputs.length; i++) {
            Value operand = coerce(operands.get(i), i);
            int rank = Differentiable.shapeOf(operand).length;
            String letters = expand(inputs[i], rank, i, subscripts);
            ellipsisRank = Math.max(ellipsisRank, rank - (inputs[i].replace("...", "").length()));
            terms.add(new Term(operand, letters));
        }
        String output = arrow >= 0 ? outputLetters(text.substring(arrow + 2), ellipsisRank, subscripts) : implicitOutput(terms, ellipsisRank);
        Map<Character, Integer> sizes = sizes(terms, subscripts);
        for (char letter : output.toCharArray()) {
            if (!sizes.containsKey(letter)) throw new LMathError("einsum(): the output letter '" + letter + "' is in no operand");
        }
        for (int i = 0; i < terms.size(); i++) terms.set(i, broadcast(diagonals(terms.get(i)), sizes));
        Term current = sumUnneeded(terms.get(0), needed(terms, 1, output));
        for (int i = 1; i < terms.size(); i++) {
            String later = needed(terms, i + 1, output);
            current = contract(sumUnneeded(current, later + terms.get(i).letters()), sumUnneeded(terms.get(i), later + current.letters()), later);
        }
        current = sumUnneeded(current, output);
        int[] order = new int[output.length()];
        for (int d = 0; d < order.length; d++) order[d] = current.letters().indexOf(output.charAt(d));
        return order.length < 2 ? current.value() : Rules.permuting(order).apply(current.value());
    }

    private static Value coerce(Value operand, int i) {
        Value plain = Traced.strip(operand);
        if (plain instanceof org.lmath.value.Num || plain instanceof org.lmath.value.TensorValue) return operand;
        if (plain instanceof org.lmath.value.ListValue || plain instanceof TupleValue) {
            return new org.lmath.value.TensorValue(org.lmath.value.Values.toTensor(plain, "einsum(): operand " + i));
        }
        throw new LMathError("einsum(): operand " + i + " must be a tensor or a number, not " + org.lmath.value.Values.describe(operand));
    }

    /** The letters of one operand, with "..." replaced by hidden letters for its leading axes (right-aligned). */
    private static String expand(String letters, int rank, int operand, String subscripts) {
        for (char c : letters.replace("...", "").toCharArray()) {
            if (!Character.isLetter(c)) throw new LMathError("einsum(): '" + c + "' in \"" + subscripts + "\" is not a letter");
        }
        int dots = letters.indexOf("...");
        int named = letters.replace("...", "").length();
        if (dots < 0) {
            if (named != rank) {
                throw new LMathError("einsum(): operand " + operand + " has " + rank + " axes, but its subscripts \"" + letters
                        + "\" name " + named);
            }
            return letters;
        }
        if (named > rank) throw new LMathError("einsum(): operand " + operand + " has " + rank + " axes, fewer than \"" + letters + "\" names");
        return letters.substring(0, dots) + hidden(rank - named, rank - named) + letters.substring(dots + 3);
    }

    /** The last `count` of `total` hidden letters (leading axes line up from the right, as in broadcasting). */
    private static String hidden(int count, int total) {
        StringBuilder letters = new StringBuilder();
        for (int k = 0; k < count; k++) letters.append((char) (FIRST_HIDDEN + 64 - count + k));
        return letters.toString();
    }

    private static String outputLetters(String output, int ellipsisRank, String subscripts) {
        for (char c : output.replace("...", "").toCharArray()) {
            if (!Character.isLetter(c)) throw new LMathError("einsum(): '" + c + "' in \"" + subscripts + "\" is not a letter");
            if (output.indexOf(c) != output.lastIndexOf(c)) throw new LMathError("einsum(): the output names '" + c + "' twice");
        }
        return output.replace("...", hidden(ellipsisRank, ellipsisRank));
    }

    private static String implicitOutput(List<Term> terms, int ellipsisRank) {
        Map<Character, Integer> counts = new HashMap<>();
        for (Term term : terms) for (char c : term.letters().toCharArray()) counts.merge(c, 1, Integer::sum);
        Set<Character> once = new TreeSet<>();
        for (Map.Entry<Character, Integer> entry : counts.entrySet()) {
            if (entry.getValue() == 1 && entry.getKey() < FIRST_HIDDEN) once.add(entry.getKey());
        }
        StringBuilder output = new StringBuilder(hidden(ellipsisRank, ellipsisRank));
        for (char c : once) output.append(c);
        return output.toString();
    }

    private static Map<Character, Integer> sizes(List<Term> terms, String subscripts) {
        Map<Character, Integer> sizes = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            int[] shape = Differentiable.shapeOf(terms.get(i).value());
            String letters = terms.get(i).letters();
            for (int d = 0; d < letters.length(); d++) {
                char c = letters.charAt(d);
                Integer known = sizes.get(c);
                if (known == null || known == 1) {
                    sizes.put(c, shape[d]);
                } else if (shape[d] != known && shape[d] != 1) {
                    String name = c >= FIRST_HIDDEN ? "an axis of \"...\"" : "'" + c + "'";
                    throw new LMathError("einsum(): " + name + " has size " + known + " in one operand but " + shape[d]
                            + " in operand " + i + " (\"" + subscripts + "\")");
                }
            }
        }
        return sizes;
    }

    /** Axes of size 1 stretched to the size their letter has elsewhere (broadcasting, as NumPy's einsum does for "..."). */
    private static Term broadcast(Term term, Map<Character, Integer> sizes) {
        int[] shape = Differentiable.shapeOf(term.value());
        int[] target = shape.clone();
        for (int d = 0; d < shape.length; d++) target[d] = sizes.get(term.letters().charAt(d));
        return java.util.Arrays.equals(shape, target) ? term : new Term(Differentiable.broadcastTo(term.value(), target), term.letters());
    }

    /** A letter repeated within an operand ("ii") takes the diagonal of those axes. */
    private static Term diagonals(Term term) {
        String letters = term.letters();
        Value value = term.value();
        for (int p = 0; p < letters.length(); p++) {
            int q = letters.indexOf(letters.charAt(p), p + 1);
            if (q < 0) continue;
            int[] shape = Differentiable.shapeOf(value);
            if (shape[p] != shape[q]) {
                throw new LMathError("einsum(): '" + letters.charAt(p) + "' is repeated in one operand over axes of sizes "
                        + shape[p] + " and " + shape[q]);
            }
            value = ArrayManipulationBuiltins.diagonalOf(value, 0, p, q);
            letters = letters.substring(0, p) + letters.substring(p + 1, q) + letters.substring(q + 1) + letters.charAt(p);
            p = -1;
        }
        return new Term(value, letters);
    }

    /** The letters still needed after operand `from` is reached: the output's and those of the operands from there on. */
    private static String needed(List<Term> terms, int from, String output) {
        StringBuilder letters = new StringBuilder(output);
        for (int i = from; i < terms.size(); i++) letters.append(terms.get(i).letters());
        return letters.toString();
    }

    private static Term sumUnneeded(Term term, String keep) {
        List<Integer> axes = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        for (int d = 0; d < term.letters().length(); d++) {
            char c = term.letters().charAt(d);
            if (keep.indexOf(c) < 0) axes.add(d);
            else kept.append(c);
        }
        if (axes.isEmpty()) return term;
        Value summed = Differentiable.reduce(Reduction.SUM, term.value(), axes.stream().mapToInt(Integer::intValue).toArray(), false);
        return new Term(summed, kept.toString());
    }

    /** One batched matrix product: (batch, a's own, shared) @ (batch, shared, b's own). */
    private static Term contract(Term a, Term b, String later) {
        Set<Character> inA = chars(a.letters()), inB = chars(b.letters());
        StringBuilder batch = new StringBuilder(), ownA = new StringBuilder(), ownB = new StringBuilder(), shared = new StringBuilder();
        for (char c : a.letters().toCharArray()) {
            if (inB.contains(c)) (later.indexOf(c) >= 0 ? batch : shared).append(c);
            else ownA.append(c);
        }
        for (char c : b.letters().toCharArray()) if (!inA.contains(c)) ownB.append(c);
        int[] aShape = Differentiable.shapeOf(a.value()), bShape = Differentiable.shapeOf(b.value());
        Value left = arrange(a, aShape, batch + ownA.toString() + shared);
        Value right = arrange(b, bShape, batch + shared.toString() + ownB);
        int batchSize = size(a, aShape, batch), sharedSize = size(a, aShape, shared);
        int ownASize = size(a, aShape, ownA), ownBSize = size(b, bShape, ownB);
        Value product = Differentiable.matmul(Differentiable.reshape(left, new int[] {batchSize, ownASize, sharedSize}),
                Differentiable.reshape(right, new int[] {batchSize, sharedSize, ownBSize}));
        String letters = batch.toString() + ownA + ownB;
        int[] shape = new int[letters.length()];
        for (int d = 0; d < shape.length; d++) {
            char c = letters.charAt(d);
            shape[d] = a.letters().indexOf(c) >= 0 ? aShape[a.letters().indexOf(c)] : bShape[b.letters().indexOf(c)];
        }
        return new Term(Differentiable.reshape(product, shape), letters);
    }

    private static Value arrange(Term term, int[] shape, String order) {
        int[] permutation = new int[order.length()];
        for (int d = 0; d < permutation.length; d++) permutation[d] = term.letters().indexOf(order.charAt(d));
        return permutation.length < 2 ? term.value() : Rules.permuting(permutation).apply(term.value());
    }

    private static int size(Term term, int[] shape, CharSequence letters) {
        int size = 1;
        for (int k = 0; k < letters.length(); k++) size *= shape[term.letters().indexOf(letters.charAt(k))];
        return size;
    }

    private static Set<Character> chars(String letters) {
        Set<Character> set = new LinkedHashSet<>();
        for (char c : letters.toCharArray()) set.add(c);
        return set;
    }
}
