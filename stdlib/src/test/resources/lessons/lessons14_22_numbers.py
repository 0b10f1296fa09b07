# The numbers that lessons 14 to 22 print and that were added when their output was rewritten to
# teach (each section below names its lesson), computed independently with NumPy:
# python3 stdlib/src/test/resources/lessons/lessons14_22_numbers.py
import numpy as np


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
    for lesson in [lesson21]:
        print(f"-- {lesson.__name__}")
        lesson()
