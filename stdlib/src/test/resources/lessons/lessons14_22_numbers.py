# The numbers that lessons 14 to 22 print and that were added when their output was rewritten to
# teach (each section below names its lesson), computed independently with NumPy:
# python3 stdlib/src/test/resources/lessons/lessons14_22_numbers.py
import numpy as np


def lesson14():
    np.random.seed(42)
    X = np.array([[1.0, 0.5, 0.2, 0.1], [0.3, 0.8, 0.1, 0.4], [0.2, 0.1, 0.9, 0.3]])
    W_Q, W_K, W_V, W_O = (np.random.randn(4, 4) for _ in range(4))

    def softmax(s):
        e = np.exp(s - s.max(axis=-1, keepdims=True))
        return e / e.sum(axis=-1, keepdims=True)

    def split(M):
        return M.reshape(3, 2, 2).transpose(1, 0, 2)

    def attend(X, mask=None):
        Qh, Kh, Vh = split(X @ W_Q), split(X @ W_K), split(X @ W_V)
        scores = Qh @ Kh.transpose(0, 2, 1) / np.sqrt(2)
        if mask is not None:
            scores = np.where(mask == 1, scores, -np.inf)
        weights = softmax(scores)
        return weights, (weights @ Vh).transpose(1, 0, 2).reshape(3, 4) @ W_O

    weights, _ = attend(X)
    print(f"\"the\" -> \"cat\" in head 1 {weights[0, 0, 1]:.2f}, -> \"sat\" in head 2 {weights[1, 0, 2]:.2f}")
    mask = np.tril(np.ones((3, 3)))
    _, causal = attend(X, mask)
    X2 = X.copy()
    X2[2] = 9
    _, causal2 = attend(X2, mask)
    print(f"rows of the, cat move by {np.abs(causal2[:2] - causal[:2]).max()}, sat by {np.abs(causal2[2] - causal[2]).max():.2f}")


def lesson15():
    a, b = np.array([1.0, 2, 3]), np.array([4.0, 5, 6])
    print(f"[1, 2, 3] / {np.linalg.norm(a):.4f} @ [4, 5, 6] / {np.linalg.norm(b):.4f} = {(a / np.linalg.norm(a)) @ (b / np.linalg.norm(b)):.4f}")


def lesson16():
    h = 1e-5
    slope = ((2.0 + h) ** 2 - 2.0 ** 2) / h
    print(f"the tutorial's numerical derivative of x^2 at 2: {slope:.4f}, off by {slope - 4:.1e}")


def lesson17():
    def softmax(z):
        e = np.exp(z - z.max())
        return e / e.sum()
    z = np.array([2.0, 1.0, 0.1])
    print(f"softmax([2, 1, 0.1]) sums to {softmax(z).sum()}")
    print(f"the tutorial's softmax: {np.round(softmax(np.array([2.0, 1.5, 0.5, 0.3, 3.0])), 4)}")
    logits = np.array([1.0, 2, 3, 1, 1])
    print(f"the tutorial's cross-entropy: {-np.log(softmax(logits)[2]):.4f}")


def lesson20():
    np.random.seed(1)
    n = 40
    x = np.random.uniform(-3, 3, size=n)
    y = 2 * x + 1 + 0.5 * np.random.randn(n)
    X = np.stack([x, np.ones(n)], axis=1)
    p = np.linalg.solve(X.T @ X, X.T @ y)
    print(f"w = {p[0]:.4f}, b = {p[1]:.4f}; the gradient at [0, 0]: {2 / n * X.T @ (X @ np.zeros(2) - y)}")
    print(f"mean squared residual {np.mean((y - X @ p) ** 2):.4f}")


def lesson21():
    np.random.seed(2)
    n = 10000
    x = np.random.uniform(-1, 1, size=n)
    y = np.random.uniform(-1, 1, size=n)
    inside = x ** 2 + y ** 2 <= 1
    print(f"{inside.sum()} of {n} inside: 4 x {inside.mean()} = {4 * inside.mean():.4f}, off by {abs(4 * inside.mean() - np.pi):.4f}")
    sd = np.sqrt(np.pi * (4 - np.pi))
    spreads = []
    for m in [100, 400, 1600, 6400]:
        a = np.random.uniform(-1, 1, size=(200, m))
        b = np.random.uniform(-1, 1, size=(200, m))
        spreads.append(np.std(4 * np.mean(a ** 2 + b ** 2 <= 1, axis=1)))
        print(f"n = {m:4d}: spread {spreads[-1]:.4f}, predicted {sd / np.sqrt(m):.4f}")
    print(f"ratio {spreads[0] / spreads[3]:.1f}, slope {(np.log10(spreads[3]) - np.log10(spreads[0])) / (np.log10(6400) - 2):.2f}")
    u = np.random.rand(100000)
    d1 = np.random.randint(1, 7, size=100000)
    d2 = np.random.randint(1, 7, size=100000)
    print(f"E[U^2] {np.mean(u ** 2):.4f}, E[max] {np.mean(np.maximum(d1, d2)):.4f}")
    print(f"one die: mean {d1.mean():.2f}, variance {d1.var():.2f}, std {d1.std():.2f}")


if __name__ == "__main__":
    for lesson in [lesson14, lesson15, lesson16, lesson17, lesson20, lesson21]:
        print(f"-- {lesson.__name__}")
        lesson()
