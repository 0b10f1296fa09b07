# B6 twin: the same expression in NumPy.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


x = np.linspace(0, 1, 10000000)
print(fmt(np.sum(np.exp(-x * x) * np.sin(x))))
