package org.lmath.value;

import java.util.List;

/** A function's name and parameters: what calls are checked against and what help shows. */
public record Signature(String name, List<Parameter> parameters) {

    public int indexOf(String parameterName) {
        for (int i = 0; i < parameters.size(); i++) {
            if (parameters.get(i).name().equals(parameterName)) return i;
        }
        return -1;
    }
}
