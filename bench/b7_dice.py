# B7 twin (NumPy): the same rolls with NumPy's recommended generator, seeded.
# The numbers differ from lmath's, so the runner only checks that the results are near.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


rng = np.random.default_rng(0)
rolls = rng.integers(1, 7, size=1000000)    # 1 to 6, high excluded
print(fmt(np.mean(rolls)), fmt(np.var(rolls)))
