"""Runs the PyTorch twins written inside the autodiff golden scripts and compares their output
with the scripts' `# expect:` lines, so the expected numbers come from PyTorch's autograd and
anyone can recompute them.

Run from anywhere with `/usr/bin/python3 check_autodiff_twins.py` (needs torch and numpy; Debian's
python3-torch works). A golden script holds its twin in comment lines starting with `#| `: Python
that computes the same things with torch and prints them with out(), which writes values as
lmath's print does (make_tensor_goldens.printed). The twin's printed lines must equal the
script's expect lines, in order. Helpers the twins use, kept close to lmath's own words:

    T(values)           a float64 tensor (requires_grad, so it can be differentiated)
    grad(f, wrt=0)      a function giving the gradient of f, like lmath's grad (tuple for a list
                        of positions); built on torch.autograd.grad with create_graph=True, so
                        grad(grad(f)) is the second derivative as in lmath
    value_and_grad(f, wrt=0), jacobian(f), hessian(f)   likewise (torch.autograd.functional)
    out(*values)        print, as lmath prints

Exit status 1 if any twin disagrees with its script.
"""

import glob
import io
import os
import sys
from contextlib import redirect_stdout

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from make_tensor_goldens import printed  # noqa: E402  (lmath's printing rules, shared)

GOLDEN = os.path.dirname(os.path.abspath(__file__))
torch.set_default_dtype(torch.float64)


def T(values):
    return torch.tensor(values, dtype=torch.float64, requires_grad=True)


def as_tensor(value):
    return value if isinstance(value, torch.Tensor) else torch.tensor(float(value), dtype=torch.float64)


def value_and_grad(f, wrt=0):
    def run(*arguments):
        arguments = [as_tensor(a) for a in arguments]
        positions = list(wrt) if isinstance(wrt, (list, tuple)) else [wrt]
        for p in positions:
            if not arguments[p].requires_grad:  # an outer grad's traced value stays traced
                arguments[p] = arguments[p].detach().requires_grad_(True)
        value = as_tensor(f(*arguments))
        if value.requires_grad:
            gradients = torch.autograd.grad(value, [arguments[p] for p in positions], create_graph=True, allow_unused=True)
        else:  # f does not depend on the arguments at all
            gradients = [None] * len(positions)
        gradients = [torch.zeros_like(arguments[p]) if g is None else g for p, g in zip(positions, gradients)]
        return value, tuple(gradients) if isinstance(wrt, (list, tuple)) else gradients[0]
    return run


def grad(f, wrt=0):
    return lambda *arguments: value_and_grad(f, wrt)(*arguments)[1]


def jacobian(f):
    return lambda x: torch.autograd.functional.jacobian(f, as_tensor(x))


def hessian(f):
    return lambda x: torch.autograd.functional.hessian(f, as_tensor(x))


def plain(value):
    """A torch value as the NumPy value make_tensor_goldens knows how to print."""
    if isinstance(value, torch.Tensor):
        array = value.detach().numpy().astype(np.float64)
        return float(array) if array.ndim == 0 else array
    if isinstance(value, tuple):
        return tuple(plain(item) for item in value)
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def out(*values):
    print(" ".join(printed(plain(value)) for value in values))


def twin_and_expected(path):
    twin, expected = [], []
    with open(path, encoding="utf-8") as file:
        for line in file:
            line = line.rstrip("\n")
            if line.startswith("#| ") or line == "#|":
                twin.append(line[3:])
            elif "# expect: " in line:
                expected.append(line.split("# expect: ", 1)[1])
            elif line.endswith("# expect:"):
                expected.append("")
    return "\n".join(twin), expected


def main():
    failures = checked = 0
    for path in sorted(glob.glob(os.path.join(GOLDEN, "**", "*.lmath"), recursive=True)):
        code, expected = twin_and_expected(path)
        if not code:
            continue
        checked += 1
        output = io.StringIO()
        with redirect_stdout(output):
            exec(compile(code, path + " (twin)", "exec"), {
                "torch": torch, "np": np, "T": T, "grad": grad, "value_and_grad": value_and_grad,
                "jacobian": jacobian, "hessian": hessian, "out": out})
        actual = output.getvalue().rstrip("\n").split("\n")
        name = os.path.relpath(path, GOLDEN)
        if actual == expected:
            print("ok      " + name)
        else:
            failures += 1
            print("DIFFERS " + name)
            for number, (twin_line, expect_line) in enumerate(zip(actual, expected), 1):
                if twin_line != expect_line:
                    print("    line %d: PyTorch %r, expect %r" % (number, twin_line, expect_line))
            if len(actual) != len(expected):
                print("    PyTorch printed %d lines, the script expects %d" % (len(actual), len(expected)))
    print("%d twins checked, %d differ" % (checked, failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
