# B2 twin: the same attention head in NumPy, softmax by hand with the same formula.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e16 else repr(float(x))


def softmax_rows(S):
    E = np.exp(S - np.max(S, axis=-1, keepdims=True))
    return E / np.sum(E, axis=-1, keepdims=True)


X = np.array([[1, 0.5, 0.2, 0.1], [0.3, 0.8, 0.1, 0.4], [0.2, 0.1, 0.9, 0.3]])
Wq = (np.arange(1, 9) * 0.1).reshape(4, 2)
Wk = ((9 - np.arange(1, 9)) * 0.1).reshape(4, 2)
Wv = (np.arange(1, 9) * 0.05).reshape(4, 2)

for i in range(20000):
    Q = X @ Wq
    K = X @ Wk
    V = X @ Wv
    S = Q @ K.T / np.sqrt(2)
    A = softmax_rows(S)
    O = A @ V
print(fmt(np.sum(O)))
