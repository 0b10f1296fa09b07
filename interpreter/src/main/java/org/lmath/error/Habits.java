package org.lmath.error;

import java.util.Map;
import java.util.Set;

/**
 * The habits learners bring from Python, NumPy and PyTorch, each with the message that points
 * to the lmath way (one place for all of them; parse/Mistake recognises the syntax habits). Every way
 * suggested here works: HabitHintsTest runs each suggestion.
 */
public final class Habits {

    private Habits() {}

    /** Prefixes of libraries whose functions lmath has built in, without a prefix. */
    public static final Set<String> LIBRARY_PREFIXES = Set.of("np", "numpy", "torch", "F", "math", "random", "plt", "scipy", "stats");

    /** Python's capitalised constants. */
    private static final Map<String, String> CONSTANTS = Map.of("True", "true", "False", "false", "None", "none");

    /** Methods of NumPy arrays and PyTorch tensors that lmath spells another way. */
    private static final Map<String, String> METHODS = Map.of(
            "astype", "lmath has no astype: every number is a float64 (a mask holds 0 and 1); to make whole numbers use round(x) or floor(x)",
            "unsqueeze", "lmath has no unsqueeze: write expand_dims(x, axis), or x[none] for a new first axis",
            "view", "lmath has no view: write reshape(x, shape)",
            "numpy", "lmath has no .numpy(): a tensor is already the array, use it as it is",
            "tolist", "lmath has no tolist: write list(x) for the rows (or numbers) of a tensor",
            "detach", "lmath has no detach: values are not tied to a graph outside grad; inside grad, stop nothing by writing the value as a constant",
            "dim", "lmath has no dim(): write x.ndim (the number of axes)");

    /** Properties that lmath does not have, and what to write instead. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "dtype", "tensors have no .dtype: every number in lmath is a float64 (a mask from a comparison holds 0 and 1)",
            "data", "tensors have no .data: the tensor is its values, use x itself",
            "grad", "tensors have no .grad: gradients are values; write g = grad(f)(x)");

    /** Keyword names of PyTorch that lmath spells as NumPy does. */
    private static final Map<String, String> KEYWORDS = Map.of("dim", "axis", "keepdim", "keepdims");

    public static String forConstant(String name) {
        String lower = CONSTANTS.get(name);
        return lower == null ? null : "unknown name '" + name + "': lmath writes " + lower + " in small letters (true, false, none)";
    }

    /** np.exp(x), torch.tensor(...), np.random.randn(3): the name alone, or what to write instead. */
    public static String forPrefixed(String prefix, String member, boolean isBuiltin, boolean isFunction) {
        if (member.equals("array") || member.equals("tensor")) {
            return "lmath has no '" + prefix + ".' prefix, and brackets make tensors: write [1, 2, 3] or [[1, 2], [3, 4]] "
                    + "(and array(xs) for a list you already have)";
        }
        if (isBuiltin && !isFunction) {
            return "lmath's constants have no prefix: write " + member + ", not " + prefix + "." + member;
        }
        if (isBuiltin) {
            return "lmath has tensors built in and its functions have no prefix: write " + member + "(...), not " + prefix + "." + member + "(...)";
        }
        return "lmath has tensors built in and its functions have no prefix ('" + prefix + ".'), and there is no builtin named '"
                + member + "'; help() lists them all";
    }

    /** import numpy: null for a name that is not a Python library, unless always. */
    public static String forImport(String name, boolean always) {
        if (!always && !Set.of("numpy", "torch", "math", "random", "scipy", "matplotlib").contains(name)) return null;
        return "there is nothing to import for " + name + ": lmath has tensors, math, random numbers and plots built in, "
                + "with no prefix (write exp(x), randn(3), plot(x, y))";
    }

    public static String forMethod(String name) {
        return METHODS.get(name);
    }

    public static String forProperty(String name) {
        return PROPERTIES.get(name);
    }

    /** "; write axis=0 (lmath uses NumPy's names)" for a PyTorch keyword the function spells otherwise, else null. */
    public static String forKeyword(String name, java.util.List<String> parameters) {
        String numpyName = KEYWORDS.get(name);
        if (numpyName == null || !parameters.contains(numpyName)) return null;
        return "; write " + numpyName + "= (lmath uses NumPy's name, PyTorch's " + name + "= is not one)";
    }

    /** "{}".format(x): Python's older way to put values into text. */
    public static String forStringFormat() {
        return "lmath has no \"...\".format(...): write an f-string, f\"loss = {loss}\" (with a spec: f\"{loss:.4f}\")";
    }
}
