# B4 twin (NumPy): the same mini-batch SGD with the same hand-written gradients.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


n = 1000
X = np.linspace(-3, 3, n).reshape(n, 1)
y = 2 * X + 1 + 0.1 * np.sin(37 * X)
w = 0.5
b = -0.5
lr = 0.01

for epoch in range(100):
    for start in range(0, n, 32):
        Xb = X[start:start + 32]
        yb = y[start:start + 32]
        err = Xb * w + b - yb
        dw = 2 * np.mean(err * Xb)
        db = 2 * np.mean(err)
        w = w - lr * dw
        b = b - lr * db
print(fmt(w), fmt(b))
