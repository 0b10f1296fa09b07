package org.lmath.value;

/** Any value an lmath program can compute. */
public sealed interface Value
        permits Num, Bool, Str, NoneValue, ListValue, TupleValue, TensorValue, RangeValue, FunctionValue, ModuleValue, DictValue,
                Traced {

    /** The name `type(x)` gives and errors use: "number", "tensor", "string", ... */
    String typeName();
}
