# B8 twin (NumPy): the same MLP, data, initial weights and Adam, float64, backward pass by hand.
import numpy as np


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


N, D, H, C = 256, 64, 128, 10
X = np.sin(0.1 * (np.arange(N).reshape(N, 1) + 1) * (np.arange(D) + 1))
y = np.arange(N) % 10
params = [0.05 * np.cos(np.arange(D).reshape(D, 1) + np.arange(H)), np.zeros(H),
          0.05 * np.sin(np.arange(H).reshape(H, 1) - np.arange(C)), np.zeros(C)]


def forward(params):
    W1, b1, W2, b2 = params
    h = np.tanh(X @ W1 + b1)
    logits = h @ W2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return h, log_p, -log_p[np.arange(N), y].mean()


def gradients(params):
    W1, b1, W2, b2 = params
    h, log_p, _ = forward(params)
    d_logits = np.exp(log_p)
    d_logits[np.arange(N), y] -= 1
    d_logits /= N
    d_h = (d_logits @ W2.T) * (1 - h * h)
    return [X.T @ d_h, d_h.sum(axis=0), h.T @ d_logits, d_logits.sum(axis=0)]


m = [np.zeros_like(p) for p in params]
v = [np.zeros_like(p) for p in params]
for t in range(1, 201):
    for k, g in enumerate(gradients(params)):
        m[k] = 0.9 * m[k] + 0.1 * g
        v[k] = 0.999 * v[k] + 0.001 * g * g
        params[k] = params[k] - 0.01 * (m[k] / (1 - 0.9 ** t)) / (np.sqrt(v[k] / (1 - 0.999 ** t)) + 1e-8)
print(fmt(forward(params)[2]))
