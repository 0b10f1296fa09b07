# The expected numbers of lesson 11 (optimisers written by hand and optim), computed with NumPy:
# python3 stdlib/src/test/resources/lessons/lesson11_optimisers.py
import numpy as np
np.random.seed(42)
n = 1000
x = np.random.randn(n)
y = 2 * x + 1 + 0.1 * np.random.randn(n)
def train(step, epochs=15, batch=32):
    np.random.seed(1)
    params = np.array([np.random.randn(), np.random.randn()])
    losses = []
    for epoch in range(epochs):
        order = np.random.permutation(n)
        xs, ys = x[order], y[order]
        total = 0; count = 0
        for i in range(0, n, batch):
            xb, yb = xs[i:i+batch], ys[i:i+batch]
            r = params[0] * xb + params[1] - yb
            total += np.mean(r ** 2)
            g = np.array([np.mean(2 * r * xb), np.mean(2 * r)])
            params = step(params, g)
            count += 1
        losses.append(total / count)
    return params, losses
def sgd(lr):
    return lambda p, g: p - lr * g
def momentum(lr, beta, dampening):
    v = [0]
    def step(p, g):
        v[0] = beta * v[0] + (1 - dampening) * g
        return p - lr * v[0]
    return step
def adam(lr, b1=0.9, b2=0.999, eps=1e-8):
    s = {'m': 0, 'v': 0, 't': 0}
    def step(p, g):
        s['t'] += 1
        s['m'] = b1 * s['m'] + (1 - b1) * g
        s['v'] = b2 * s['v'] + (1 - b2) * g * g
        mh = s['m'] / (1 - b1 ** s['t']); vh = s['v'] / (1 - b2 ** s['t'])
        return p - lr * mh / (np.sqrt(vh) + eps)
    return step
for name, step in [("sgd", sgd(0.01)), ("pytorch momentum", momentum(0.01, 0.9, 0)), ("tutorial momentum", momentum(0.01, 0.9, 0.9)), ("adam", adam(0.01))]:
    p, l = train(step)
    print(f"{name}: w = {p[0]:.4f}, b = {p[1]:.4f}, loss {l[0]:.4f} -> {l[-1]:.4f}")
