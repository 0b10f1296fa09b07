# B1 twin: the same loop as a Python user writes it (top-level, plain floats;
# NumPy scalars would only be slower).


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


x = 0
for i in range(2000000):
    x = x - 0.001 * 2 * (x - 3)
print(fmt(x))
