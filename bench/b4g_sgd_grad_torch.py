# B4g twin (PyTorch): the same mini-batch SGD with gradients from autograd, float64,
# written as a PyTorch training loop: loss.backward(), then the update without the tape.
# Run with a Python that has torch (Debian: apt-get install python3-torch, then /usr/bin/python3).
import torch


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


n = 1000
X = torch.linspace(-3, 3, n, dtype=torch.float64).reshape(n, 1)
y = 2 * X + 1 + 0.1 * torch.sin(37 * X)
w = torch.tensor(0.5, dtype=torch.float64, requires_grad=True)
b = torch.tensor(-0.5, dtype=torch.float64, requires_grad=True)
lr = 0.01

for epoch in range(100):
    for start in range(0, n, 32):
        Xb = X[start:start + 32]
        yb = y[start:start + 32]
        loss = torch.mean((Xb * w + b - yb) ** 2)
        loss.backward()
        with torch.no_grad():
            w -= lr * w.grad
            b -= lr * b.grad
        w.grad = None
        b.grad = None
print(fmt(w), fmt(b))
