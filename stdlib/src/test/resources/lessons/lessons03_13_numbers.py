# The numbers that lessons 03, 04, 05, 06, 07, 08, 10, 12 and 13 print and that were added when
# their output was rewritten to teach (each section below names its lesson), computed
# independently with NumPy; each line prints as the lesson's line does:
# python3 stdlib/src/test/resources/lessons/lessons03_13_numbers.py
import math

import numpy as np
from scipy.stats import norm


def lesson03():
    A = np.array([[1, 2, 3], [4, 5, 6]])
    B = np.array([[7, 8], [9, 10], [11, 12]])
    print("A @ B =", (A @ B).tolist(), "shape", (A @ B).shape, "B @ A shape", (B @ A).shape)
    R = np.array([[0, -1], [1, 0]])
    print("R @ [1, 0], [0, 1], [2, 1] =", R @ [1, 0], R @ [0, 1], R @ [2, 1])


def lesson04():
    A = np.array([[2.0, 1], [1, 2]])
    values, vectors = np.linalg.eigh(A)
    u = np.array([1.0, 0])
    v = vectors[:, 1]
    cos = lambda a, b: a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
    print(f"eigh: values {values}, cosine between [1, 0] and A @ [1, 0]: {cos(u, A @ u):.4f}; for v: {cos(v, A @ v):.4f}")
    np.random.seed(0)
    R = np.random.randn(100, 768)
    S = np.linalg.svd(R - R.mean(axis=0), compute_uv=False)
    share = S ** 2 / (S ** 2).sum()
    print(f"the tutorial's random 100 x 768: {share[0]:.4f} + {share[1]:.4f} = {share[0] + share[1]:.4f}")


def lesson05():
    f = lambda x, y: x ** 2 + 2 * x * y + y ** 2
    h = 1e-5
    print(f"slopes {(f(1 + h, 2) - f(1, 2)) / h:.4f} and {(f(1, 2 + h) - f(1, 2)) / h:.4f}")

    def descend(lr, steps=20):
        x, path = 0.0, [0.0]
        for _ in range(steps):
            x = x - lr * 2 * (x - 3)
            path.append(x)
        return path

    first = descend(0.1)
    print(f"lr 0.1, the first steps: x = {first[1]:.4f}, {first[2]:.4f}, {first[3]:.4f}")
    for lr in (0.01, 0.1, 0.5, 0.9, 1.1):
        print(f"lr {lr}: after 20 steps x = {descend(lr)[-1]:.4f}")


def lesson06():
    sigmoid = lambda z: 1 / (1 + np.exp(-z))
    x, W1, W2 = np.array([1.0, 2]), np.array([[0.5, 0.3], [0.2, 0.8]]), np.array([1, 0.5])
    a1 = sigmoid(W1 @ x)
    y = sigmoid(W2 @ a1)
    dz2 = 2 * (y - 1) * y * (1 - y)
    dW2 = dz2 * a1
    dW1 = np.outer(dz2 * W2 * a1 * (1 - a1), x)
    after = (sigmoid((W2 - dW2) @ sigmoid((W1 - dW1) @ x)) - 1) ** 2
    print(f"z1 = {W1 @ x}, y_pred = {y:.4f}, loss = {(y - 1) ** 2:.4f}, dL/dz2 = {dz2:.4f}, dL/dW2 = {np.round(dW2, 4)}")
    print(f"dL/dW1 = {np.round(dW1, 5).tolist()}, one step: loss {(y - 1) ** 2:.4f} -> {after:.4f}")


def lesson07():
    x = np.linspace(-4, 4, 201)
    density = np.exp(-x ** 2 / 2) / np.sqrt(2 * np.pi)
    print(f"peak {density.max():.4f}, area {density.sum() * (x[1] - x[0]):.4f}")
    logits = np.array([2.0, 1.5, 0.5, 0.3, 3.0])
    probs = np.exp(logits) / np.exp(logits).sum()
    print(f"softmax {np.round(probs, 4)}, the likeliest {probs.max():.1%}")


def lesson08():
    outcomes, die = np.arange(1, 7), np.ones(6) / 6
    E = (outcomes * die).sum()
    var = (die * (outcomes - E) ** 2).sum()
    print(f"E[X] = {E}, Var(X) = {var:.2f}, std = {math.sqrt(var):.2f}")
    logits = np.array([2.0, 1.5, 0.5, 0.3, 3.0])
    for T in (0.1, 0.5, 1, 2):
        p = np.exp(logits / T) / np.exp(logits / T).sum()
        print(f"T = {T}: variance {p.var():.4f}")
    p = np.exp(logits / 0.1) / np.exp(logits / 0.1).sum()
    print(f"at T = 0.1, \"the\" gets {p[4]:.6f}")


def lesson10():
    p_free = 0.8 * 0.3 + 0.1 * 0.7
    print(f"P(free) = {p_free:.2f}, P(spam | free) = {0.8 * 0.3 / p_free:.4f}")
    z = norm.ppf(0.975)
    margin = z * math.sqrt(0.85 * 0.15 / 100)
    print(f"z = {z:.4f}, 85% +- {margin:.2%}: [{0.85 - margin:.2%}, {0.85 + margin:.2%}]")


def lesson12():
    x = 2.5
    for _ in range(200):
        x = x - 0.02 * 2 * x
    print(f"the same descent on f(x) = x^2: from -1 to {-1 * 0.96 ** 200:.4f}, from 2.5 to {x:.4f}")


def lesson13():
    print(f"d_k = 2: every score divided by sqrt(2) = {math.sqrt(2):.4f}")


for lesson in (lesson03, lesson04, lesson05, lesson06, lesson07, lesson08, lesson10, lesson12, lesson13):
    print(f"-- {lesson.__name__}")
    lesson()
