package org.lmath.value;

import java.util.Map;

/** An imported module: its top-level names, reached as module.name. */
public record ModuleValue(String name, Map<String, Value> members) implements Value {

    public ModuleValue {
        name = name.intern();  // it becomes a name in a scope, and scopes compare names by identity
    }

    public String typeName() { return "module"; }
}
