# B8 twin (PyTorch): the same MLP, data, initial weights and Adam, float64, autograd.
# Run with a Python that has torch (Debian: apt-get install python3-torch, then /usr/bin/python3).
import torch
import torch.nn.functional as F


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


torch.set_default_dtype(torch.float64)
N, D, H, C = 256, 64, 128, 10
i = torch.arange(N, dtype=torch.float64).reshape(N, 1)
j = torch.arange(D, dtype=torch.float64)
X = torch.sin(0.1 * (i + 1) * (j + 1))
y = torch.arange(N) % 10
W1 = (0.05 * torch.cos(torch.arange(D, dtype=torch.float64).reshape(D, 1) + torch.arange(H, dtype=torch.float64))).requires_grad_()
W2 = (0.05 * torch.sin(torch.arange(H, dtype=torch.float64).reshape(H, 1) - torch.arange(C, dtype=torch.float64))).requires_grad_()
b1 = torch.zeros(H, requires_grad=True)
b2 = torch.zeros(C, requires_grad=True)
params = [W1, b1, W2, b2]
optimizer = torch.optim.Adam(params, lr=0.01, betas=(0.9, 0.999), eps=1e-8)


def loss():
    return F.cross_entropy(torch.tanh(X @ W1 + b1) @ W2 + b2, y)


for t in range(200):
    optimizer.zero_grad()
    value = loss()
    value.backward()
    optimizer.step()
print(fmt(loss().item()))
