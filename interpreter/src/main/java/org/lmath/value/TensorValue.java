package org.lmath.value;

import org.lmath.tensor.Tensor;

public record TensorValue(Tensor tensor) implements Value {
    public String typeName() { return "tensor"; }
}
