# B3 twin (NumPy): the same net with the backward pass written by hand, as a NumPy
# user without autodiff would: forward, then the chain rule layer by layer.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


def sigmoid(z):
    return 1 / (1 + np.exp(-z))


x = np.array([1.0, 2.0])
W1 = np.array([[.5, .3], [.2, .8]])
W2 = np.array([1.0, .5])

for i in range(20000):
    # forward
    h = sigmoid(W1 @ x)
    o = sigmoid(W2 @ h)
    L = (o - 1) ** 2
    # backward
    d_o = 2 * (o - 1) * o * (1 - o)     # dL/d(W2 @ h)
    gW2 = d_o * h
    d_h = d_o * W2 * h * (1 - h)        # dL/d(W1 @ x)
    gW1 = np.outer(d_h, x)
print(fmt(L), fmt(gW1[0, 0]), fmt(gW1[0, 1]), fmt(gW1[1, 0]), fmt(gW1[1, 1]),
      fmt(gW2[0]), fmt(gW2[1]))
