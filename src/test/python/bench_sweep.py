"""The hyperparameter map of SweepBenchmark computed by PyTorch 1.13 in float64 as one vectorised program: all
cells of SGD with momentum (torch.optim.SGD's rule: b = mu*b + g, from b = g at the first step; theta -= lr*b) on
Rosenbrock, every cell a row of the batch, one tensor update per step. Prints seconds=... for the Java benchmark.

Run with Debian's Python: /usr/bin/python3 src/test/python/bench_sweep.py [N] [STEPS]
"""
import sys
import time

import torch

torch.set_default_dtype(torch.float64)
n = int(sys.argv[1]) if len(sys.argv) > 1 else 101
steps = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
torch.set_num_threads(2)

began = time.perf_counter()
lr = torch.logspace(-5, -2, n).repeat(n)            # x fastest, as the CSV
mu = torch.linspace(0, 0.99, n).repeat_interleave(n)
x = torch.full((n * n,), -1.5)
y = torch.full((n * n,), 2.0)
bx = torch.zeros_like(x)
by = torch.zeros_like(y)
best = torch.full_like(x, float("inf"))
alive = torch.ones_like(x, dtype=torch.bool)
for k in range(steps):
    loss = (1 - x) ** 2 + 100 * (y - x * x) ** 2
    best = torch.minimum(best, loss)
    gx = -2 * (1 - x) - 400 * x * (y - x * x)
    gy = 200 * (y - x * x)
    if k == 0:
        bx, by = gx.clone(), gy.clone()
    else:
        bx = mu * bx + gx
        by = mu * by + gy
    nx = x - lr * bx
    ny = y - lr * by
    # A diverged cell stops where it was, as Downhill's descent does.
    alive = alive & torch.isfinite(nx) & torch.isfinite(ny) & (torch.hypot(nx, ny) <= 1e6)
    x = torch.where(alive, nx, x)
    y = torch.where(alive, ny, y)
final = (1 - x) ** 2 + 100 * (y - x * x) ** 2
seconds = time.perf_counter() - began
print(f"cells={n * n}")
print(f"seconds={seconds:.3f}")
print(f"diverged={int((~alive).sum())}")
