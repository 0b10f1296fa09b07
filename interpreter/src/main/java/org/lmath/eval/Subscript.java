package org.lmath.eval;

import org.lmath.tensor.IndexItem;
import org.lmath.value.Value;

/** One evaluated item between index brackets: a value (number, tensor, list) or a slice. */
record Subscript(Value value, IndexItem.Slice slice) {}
