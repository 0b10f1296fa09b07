package org.lmath.value;

import java.util.Map;

/** An imported module: its top-level names, reached as module.name. */
public record ModuleValue(String name, Map<String, Value> members) implements Value {
    public String typeName() { return "module"; }
}
