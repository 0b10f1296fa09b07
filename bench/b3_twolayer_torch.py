# B3 twin (PyTorch): the same net with gradients from autograd, float64.
# Run with a Python that has torch (Debian: apt-get install python3-torch, then /usr/bin/python3).
import torch


def fmt(x):
    # Print numbers as lmath does: Python's repr, integral values without ".0".
    x = float(x)
    return str(int(x)) if x.is_integer() and abs(x) < 1e16 else repr(x)


x = torch.tensor([1.0, 2.0], dtype=torch.float64)
W1 = torch.tensor([[.5, .3], [.2, .8]], dtype=torch.float64, requires_grad=True)
W2 = torch.tensor([1.0, .5], dtype=torch.float64, requires_grad=True)

for i in range(20000):
    L = (torch.sigmoid(W2 @ torch.sigmoid(W1 @ x)) - 1) ** 2
    gW1, gW2 = torch.autograd.grad(L, [W1, W2])
print(fmt(L), fmt(gW1[0, 0]), fmt(gW1[0, 1]), fmt(gW1[1, 0]), fmt(gW1[1, 1]),
      fmt(gW2[0]), fmt(gW2[1]))
