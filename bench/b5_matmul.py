# B5 twin: the same ten products in NumPy.
# Note: NumPy notices that B is A's own transpose and calls BLAS syrk, which
# computes only half of the symmetric result; GFLOP/s still counts 2 N^3 per product.
import time

import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


N = 1024
A = (np.arange(N * N) % 17).reshape(N, N) / 17
B = A.T

t0 = time.perf_counter()
for i in range(10):
    C = A @ B
seconds = time.perf_counter() - t0

print(fmt(C[0, 0]), fmt(np.sum(C)))
print(f"GFLOP/s {2 * N**3 * 10 / seconds / 1e9:.2f}")
