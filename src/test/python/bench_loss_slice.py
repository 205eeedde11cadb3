"""Times a 51 x 51 loss slice of a 2-64-64-1 ReLU network in PyTorch float64, for LossSliceBenchmark.

The same work Downhill's LossSlice does: for every (alpha, beta) of the grid over [-1, 1]^2, set the parameters to
theta* + alpha*d1 + beta*d2 and compute the mean binary cross-entropy (from logits) over 800 points with one forward
pass. Prints `name=value` lines: torch_version, torch_threads, torch_seconds (the best of the repeats).

    /usr/bin/python3 src/test/python/bench_loss_slice.py [nodes]
"""
import sys
import time

NODES = int(sys.argv[1]) if len(sys.argv) > 1 else 51
REPEATS = 3

try:
    import torch
except ImportError:
    print("torch_missing=1")
    sys.exit(0)

torch.manual_seed(0)
torch.set_default_dtype(torch.float64)
X = torch.randn(800, 2)
y = (X[:, 0] * X[:, 1] > 0).to(torch.float64).unsqueeze(1)
net = torch.nn.Sequential(torch.nn.Linear(2, 64), torch.nn.ReLU(), torch.nn.Linear(64, 64), torch.nn.ReLU(),
                          torch.nn.Linear(64, 1))
loss_fn = torch.nn.BCEWithLogitsLoss()
center = torch.nn.utils.parameters_to_vector(net.parameters()).detach().clone()
d1 = torch.randn_like(center)
d2 = torch.randn_like(center)
coordinates = torch.linspace(-1.0, 1.0, NODES)


def grid():
    values = torch.empty(NODES, NODES)
    with torch.no_grad():
        for r, beta in enumerate(coordinates):
            for c, alpha in enumerate(coordinates):
                torch.nn.utils.vector_to_parameters(center + alpha * d1 + beta * d2, net.parameters())
                values[r, c] = loss_fn(net(X), y)
    return values


grid()
best = float("inf")
for _ in range(REPEATS):
    start = time.perf_counter()
    grid()
    best = min(best, time.perf_counter() - start)
print(f"torch_version={torch.__version__}")
print(f"torch_threads={torch.get_num_threads()}")
print(f"torch_seconds={best:.3f}")
