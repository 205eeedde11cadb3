"""Times one training epoch of the lecture's configuration in scikit-learn and PyTorch, for TrainingBenchmark.

The epoch is the same work Downhill's Trainer does: reshuffle the 800 training points, 4 updates of batch 200
(forward, backward, Adam step) on a 2-64-64-1 ReLU network, then loss and accuracy over all 800 training and
200 test points. Prints `name=value` lines: the best and the median milliseconds per epoch of each, and versions.

    /usr/bin/python3 src/test/python/bench_training.py [epochs]
"""
import os
import sys
import time
import warnings

import numpy as np

EPOCHS = int(sys.argv[1]) if len(sys.argv) > 1 else 100
WARMUP = 20
REPEATS = 7


def data():
    """Moons as make_moons draws them (1000 points, noise 0.2), split 800/200 and standardised; numpy only, so
    that PyTorch can be timed without scikit-learn."""
    rng = np.random.default_rng(0)
    t_out, t_in = np.linspace(0, np.pi, 500), np.linspace(0, np.pi, 500)
    X = np.vstack([np.column_stack([np.cos(t_out), np.sin(t_out)]),
                   np.column_stack([1 - np.cos(t_in), 1 - np.sin(t_in) - 0.5])])
    y = np.hstack([np.zeros(500), np.ones(500)])
    X = X + rng.normal(scale=0.2, size=X.shape)
    order = rng.permutation(1000)
    train, test = order[:800], order[800:]
    mean, std = X[train].mean(axis=0), X[train].std(axis=0)
    X = (X - mean) / std
    return X[train], X[test], y[train], y[test]


def log_loss(p, y):
    p = np.clip(p, 1e-15, 1 - 1e-15)
    return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))


def timed(name, epoch):
    """Prints the best and the median milliseconds per epoch over REPEATS runs of EPOCHS epochs."""
    for _ in range(WARMUP):
        epoch()
    runs = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        for _ in range(EPOCHS):
            epoch()
        runs.append((time.perf_counter() - start) / EPOCHS * 1000)
    runs.sort()
    print(f"{name}_ms_per_epoch={runs[0]:.4f}")
    print(f"{name}_median_ms_per_epoch={runs[len(runs) // 2]:.4f}")


def sklearn_figures(X_train, X_test, y_train, y_test):
    import sklearn  # noqa: F401  (ImportError here: scikit-learn is missing)
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier
    warnings.simplefilter("ignore", ConvergenceWarning)
    model = MLPClassifier(hidden_layer_sizes=(64, 64), batch_size=200, solver="adam", learning_rate_init=0.001,
                          max_iter=1, warm_start=True, alpha=0.0, random_state=0)

    def fit_only():
        model.fit(X_train, y_train)

    def epoch():
        model.fit(X_train, y_train)
        p_train = model.predict_proba(X_train)[:, 1]
        p_test = model.predict_proba(X_test)[:, 1]
        log_loss(p_train, y_train), log_loss(p_test, y_test)
        float(np.mean((p_train > 0.5) == y_train)), float(np.mean((p_test > 0.5) == y_test))

    print(f"sklearn_version={sklearn.__version__}")
    timed("sklearn", epoch)
    timed("sklearn_fit_only", fit_only)


def torch_figures(X_train, X_test, y_train, y_test, threads):
    import torch
    torch.set_num_threads(threads)
    torch.manual_seed(0)
    dtype = torch.float64
    xt, xs = torch.tensor(X_train, dtype=dtype), torch.tensor(X_test, dtype=dtype)
    yt, ys = torch.tensor(y_train, dtype=dtype), torch.tensor(y_test, dtype=dtype)
    net = torch.nn.Sequential(torch.nn.Linear(2, 64), torch.nn.ReLU(), torch.nn.Linear(64, 64), torch.nn.ReLU(),
                              torch.nn.Linear(64, 1)).to(dtype)
    optimizer = torch.optim.Adam(net.parameters(), lr=0.001)
    loss_fn = torch.nn.BCEWithLogitsLoss()

    def epoch():
        order = torch.randperm(len(yt))
        for start in range(0, len(yt), 200):
            idx = order[start:start + 200]
            optimizer.zero_grad()
            loss = loss_fn(net(xt[idx])[:, 0], yt[idx])
            loss.backward()
            optimizer.step()
        with torch.no_grad():
            out_train, out_test = net(xt)[:, 0], net(xs)[:, 0]
            loss_fn(out_train, yt).item(), loss_fn(out_test, ys).item()
            ((out_train > 0).to(dtype) == yt).to(dtype).mean().item()
            ((out_test > 0).to(dtype) == ys).to(dtype).mean().item()

    if threads == 1:
        print(f"torch_version={torch.__version__}")
    timed(f"torch_{threads}t", epoch)


def main():
    print(f"python={sys.version.split()[0]} numpy={np.__version__} epochs={EPOCHS} repeats={REPEATS}")
    X_train, X_test, y_train, y_test = data()
    try:
        sklearn_figures(X_train, X_test, y_train, y_test)
    except ImportError as e:
        print(f"sklearn_missing={e}".replace(" ", "_"))
    try:
        for threads in (1, 2):
            torch_figures(X_train, X_test, y_train, y_test, threads)
    except ImportError as e:
        print(f"torch_missing={e}".replace(" ", "_"))


if __name__ == "__main__":
    main()
