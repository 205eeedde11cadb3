"""Reference numbers from PyTorch for TorchTrainingReferenceTest: every optimizer, weight decay, schedules, every
loss and activation kind, two-thread batches, and what Downhill's Trainer records per epoch.

Two kinds of block go to src/test/resources/reference/torch_training_full.txt:

* ``case``: a tiny float64 network with explicit initial weights, trained 20 steps on fixed batches (one case has
  batches of 71 rows, which Downhill computes as two halves, on two threads) by every registered optimizer with
  non-default hyperparameters and weight decay, some under a learning-rate schedule; every batch loss (with the L2
  penalty where the case has one) and the final weights are written.
* ``trainer``: a whole Trainer run (train and test sets, epochs, mini-batches reshuffled each epoch, the last one
  short, a schedule counting epochs or updates): per epoch the train loss with the penalty, the test loss, both
  accuracies, the last learning rate and each layer's mean gradient norm, then the final weights. The batch order
  comes from a port of java.util.SplittableRandom (Trainer's shuffle); each epoch's order is written too, so the
  test checks the port before it compares anything else.

Optimizers come from make_reference_trajectories.make_optimizer, whose docstring compares PyTorch 1.13 (Debian's)
with 2.x for each: torch.optim's SGD (momentum, dampening, Nesterov), Adagrad, RMSprop, Adadelta, Adam (AMSGrad),
AdamW, RAdam (2.x's default decoupled_weight_decay=False) and Adamax compute what 2.x does, up to lerp_ against
mul_/add_ rounding; written by hand there are NAdam (NAdam2x: 1.13 multiplies mu_t into the second term's product
twice, 2.x and Downhill do not) and Lion, which torch.optim lacks (the paper's Algorithm 2, decoupled weight
decay). Run lines give the values that differ from Downhill's defaults, which are torch's except for the
registry's own (momentum's and nesterov's momentum 0.9, nesterov's flag), which make_optimizer applies too.

Conventions as Downhill's: parameters are written in its flat layout (per layer the weight inputs x outputs
row-major, the transpose of torch.nn.Linear.weight, then the bias); the L2 penalty is (l2/2)*sum(W^2) over weights
only, while an optimizer's weight decay applies to every parameter, biases too (one torch param group); with several
outputs MSE regresses the one-hot vector of the class; a schedule sets the group's lr before each step from
Downhill's formula with t counting from 0.

Run with Debian's Python (PyTorch 1.13): /usr/bin/python3 src/test/python/torch_training_full.py
"""
import math
import pathlib

import numpy as np
import torch

from make_reference_trajectories import make_optimizer, warmup_cosine
from torch_reference import ACTIVATIONS, flat, forward, numbers, write_case

torch.set_default_dtype(torch.float64)
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "reference" / "torch_training_full.txt"
STEPS = 20
ACTIVATIONS = dict(ACTIVATIONS, linear=lambda x: x)

def schedule_rate(spec, base, t):
    """Downhill's schedules (src/main/java/downhill/engine/schedule): the rate of step (or epoch) t from 0."""
    kind, _, args = spec.partition(":")
    a = {k: float(v) for k, v in (pair.split("=") for pair in args.split(",") if pair)}
    if kind == "constant":
        return base
    if kind == "step":
        return base * a["gamma"] ** (t // int(a["every"]))
    if kind == "exp":
        return base * a["gamma"] ** t
    if kind == "warmup-cosine":
        return warmup_cosine(base, int(a["warmup"]), int(a["total"]), a.get("floor", 0.0))(t)
    raise ValueError(spec)


# Every registered optimizer with values away from its defaults (and weight decay), some under schedules:
# (name, overrides, schedule).
RUNS = [
    ("sgd", {"lr": 0.1, "weight-decay": 0.02}, "step:every=6,gamma=0.5"),
    ("momentum", {"lr": 0.05, "momentum": 0.8, "dampening": 0.3, "weight-decay": 0.01}, "constant"),
    ("nesterov", {"lr": 0.05, "momentum": 0.7, "weight-decay": 0.01}, "exp:gamma=0.93"),
    ("adagrad", {"lr": 0.1, "lr-decay": 0.05, "weight-decay": 0.01, "initial-accumulator": 0.1, "eps": 1e-9},
     "constant"),
    ("rmsprop", {"lr": 0.01, "alpha": 0.9, "weight-decay": 0.01}, "constant"),
    ("rmsprop", {"lr": 0.005, "alpha": 0.95, "eps": 1e-6, "centered": 1.0}, "constant"),
    ("rmsprop", {"lr": 0.005, "momentum": 0.6, "centered": 1.0, "weight-decay": 0.03},
     "warmup-cosine:warmup=4,total=15,floor=0.0005"),
    ("adadelta", {"lr": 0.8, "rho": 0.8, "eps": 1e-5, "weight-decay": 0.01}, "constant"),
    ("adam", {"lr": 0.01, "beta1": 0.8, "beta2": 0.99, "eps": 1e-7, "weight-decay": 0.01}, "constant"),
    ("adam", {"lr": 0.02}, "warmup-cosine:warmup=4,total=15,floor=0.001"),
    ("amsgrad", {"lr": 0.01, "beta2": 0.9, "weight-decay": 0.005}, "exp:gamma=0.95"),
    ("adamw", {"lr": 0.01, "beta1": 0.85, "weight-decay": 0.1}, "constant"),
    ("nadam", {"lr": 0.01, "beta2": 0.99, "weight-decay": 0.01, "momentum-decay": 0.01}, "constant"),
    ("radam", {"lr": 0.01, "beta2": 0.99, "weight-decay": 0.01}, "step:every=5,gamma=0.7"),
    ("adamax", {"lr": 0.01, "beta1": 0.8, "beta2": 0.95, "eps": 1e-6, "weight-decay": 0.01}, "constant"),
    ("lion", {"lr": 0.002, "beta1": 0.8, "beta2": 0.95, "weight-decay": 0.1}, "constant"),
    ("lion", {"lr": 0.003}, "exp:gamma=0.9"),
]


def data_loss(loss, out, targets):
    """Downhill's mean data loss over the rows; targets are one per row (class index, or value for MSE)."""
    y = torch.tensor(targets)
    if loss == "bce":
        return torch.nn.functional.binary_cross_entropy_with_logits(out[:, 0], y)
    if loss == "ce":
        return torch.nn.functional.cross_entropy(out, y.long())
    if out.shape[1] == 1:
        return torch.nn.functional.mse_loss(out[:, 0], y)
    return torch.nn.functional.mse_loss(out, torch.nn.functional.one_hot(y.long(), out.shape[1]).double())


def correct(loss, out, targets):
    """How many rows Downhill counts right: one output above 0 (BCE) or 0.5 (MSE), else the largest output."""
    if out.shape[1] == 1:
        predicted = (out[:, 0] > (0.5 if loss == "mse" else 0.0)).long()
    else:
        predicted = out.argmax(dim=1)
    return int((predicted == torch.tensor(targets).long()).sum())


def penalty(layers, l2):
    return l2 / 2 * sum((w ** 2).sum() for w, _ in layers) if l2 else 0.0


def make_layers(widths, rng):
    layers = []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        weight = torch.tensor(rng.uniform(-0.8, 0.8, size=(fan_out, fan_in)), requires_grad=True)
        bias = torch.tensor(rng.uniform(-0.3, 0.3, size=fan_out), requires_grad=True)
        layers.append((weight, bias))
    return layers


def restart(layers, initial):
    with torch.no_grad():
        for t, start in zip([t for pair in layers for t in pair], initial):
            t.copy_(start)
    return [t for pair in layers for t in pair]


def run_text(name, overrides, schedule):
    return f"{name} schedule={schedule} " + " ".join(f"{k}={v!r}" for k, v in overrides.items())


def case(lines, name, widths, activation, loss, features, targets, l2, threads, batch, runs, rng):
    layers = make_layers(widths, rng)
    initial = [t.detach().clone() for pair in layers for t in pair]
    n = len(targets)
    batches = [rng.permutation(n)[:batch] for _ in range(STEPS)]
    write_case(lines, f"case {name} widths={','.join(map(str, widths))} activation={activation} loss={loss} "
                      f"l2={l2!r} threads={threads}", features, targets, layers, batches)
    x_all = torch.tensor(features)
    for optimizer_name, overrides, schedule in runs:
        optimizer = make_optimizer(optimizer_name, overrides, restart(layers, initial))
        losses = []
        for t, b in enumerate(batches):
            optimizer.zero_grad()
            out = forward(layers, ACTIVATIONS[activation], x_all[torch.tensor(b)])
            value = data_loss(loss, out, targets[b]) + penalty(layers, l2)
            value.backward()
            optimizer.param_groups[0]["lr"] = schedule_rate(schedule, overrides["lr"], t)
            optimizer.step()
            losses.append(value.item())
        lines.append(f"run {run_text(optimizer_name, overrides, schedule)}")
        lines.append(f"losses {numbers(losses)}")
        lines.append(f"final {flat(layers)}")


class SplittableRandom:
    """java.util.SplittableRandom (JDK 17): SplitMix64, and nextInt(bound) by rejection as RandomSupport does."""

    MASK = (1 << 64) - 1

    def __init__(self, seed):
        self.seed = seed & self.MASK

    def _next_seed(self):
        self.seed = (self.seed + 0x9E3779B97F4A7C15) & self.MASK
        return self.seed

    def next_long(self):
        z = self._next_seed()
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & self.MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & self.MASK
        return z ^ (z >> 31)

    def _next_int(self):
        """As a signed 32-bit value."""
        z = self._next_seed()
        z = ((z ^ (z >> 33)) * 0x62A9D9ED799705F5) & self.MASK
        r = ((((z ^ (z >> 28)) * 0xCB24D0A5C88C35B3) & self.MASK) >> 32)
        return r - (1 << 32) if r >= 1 << 31 else r

    def next_int(self, bound):
        r = self._next_int()
        m = bound - 1
        if bound & m == 0:
            return r & m
        u = (r & 0xFFFFFFFF) >> 1
        while True:
            r = u % bound
            if not _overflows(u + m - r):
                return r
            u = (self._next_int() & 0xFFFFFFFF) >> 1


def _overflows(value):
    """Whether a Java int sum is negative, i.e. went past 2^31 − 1."""
    return value >= 1 << 31


TRAINING_SALT = 0x6A09E667F3BCC909


def trainer(lines, name, hidden, activation, loss, l2, epochs, batch, clock, seed, threads, optimizer_run,
            train, test, classes, rng):
    """A Trainer run from explicit initial weights: Trainer.runEpoch's loop and records, in torch."""
    (x_train, y_train), (x_test, y_test) = train, test
    outputs = (1 if classes == 2 and loss != "ce" else classes) if classes else 1
    widths = [x_train.shape[1], *hidden, outputs]
    layers = make_layers(widths, rng)
    seeds = SplittableRandom(seed ^ TRAINING_SALT)
    seeds.next_long()  # the network's own initial weights, replaced by the explicit ones
    shuffler = SplittableRandom(seeds.next_long())
    optimizer_name, overrides, schedule = optimizer_run
    lines.append(f"trainer {name} hidden={','.join(map(str, hidden))} activation={activation} loss={loss} "
                 f"l2={l2!r} epochs={epochs} batch={batch} clock={clock} seed={seed} threads={threads} "
                 f"classes={classes}")
    lines.append(f"train {len(y_train)} {x_train.shape[1]} {numbers(x_train)}")
    lines.append(f"train-targets {numbers(y_train)}")
    lines.append(f"test {len(y_test)} {x_test.shape[1]} {numbers(x_test)}")
    lines.append(f"test-targets {numbers(y_test)}")
    lines.append(f"initial {flat(layers)}")
    lines.append(f"run {run_text(optimizer_name, overrides, schedule)}")
    optimizer = make_optimizer(optimizer_name, overrides, [t for pair in layers for t in pair])
    f = ACTIVATIONS[activation]
    xt, xs = torch.tensor(x_train), torch.tensor(x_test)
    order = list(range(len(y_train)))
    updates = 0
    for epoch in range(epochs):
        for i in range(len(order) - 1, 0, -1):
            j = shuffler.next_int(i + 1)
            order[i], order[j] = order[j], order[i]
        norms = np.zeros(len(layers))
        batches = 0
        rate = 0.0
        for start in range(0, len(order), batch):
            idx = order[start:start + batch]
            optimizer.zero_grad()
            value = data_loss(loss, forward(layers, f, xt[torch.tensor(idx)]), y_train[idx]) + penalty(layers, l2)
            value.backward()
            for k, (w, b) in enumerate(layers):
                norms[k] += math.sqrt(float((w.grad ** 2).sum() + (b.grad ** 2).sum()))
            rate = schedule_rate(schedule, overrides["lr"], epoch if clock == "epoch" else updates)
            optimizer.param_groups[0]["lr"] = rate
            optimizer.step()
            updates += 1
            batches += 1
        with torch.no_grad():
            out_train, out_test = forward(layers, f, xt), forward(layers, f, xs)
            train_loss = float(data_loss(loss, out_train, y_train) + penalty(layers, l2))
            test_loss = float(data_loss(loss, out_test, y_test))
            if classes:
                accuracies = [correct(loss, out_train, y_train) / len(y_train),
                              correct(loss, out_test, y_test) / len(y_test)]
            else:
                accuracies = [float("nan")] * 2
        lines.append("order " + " ".join(map(str, order)))
        lines.append(f"epoch {numbers([train_loss, test_loss, *accuracies, rate, *(norms / batches)])}")
    lines.append(f"final {flat(layers)}")


def blobs(rng, n, centres):
    """n points around the given centres, class = index of the centre, in random order."""
    labels = rng.integers(0, len(centres), size=n)
    return np.asarray(centres)[labels] + rng.normal(scale=0.8, size=(n, len(centres[0]))), labels.astype(float)


def main():
    rng = np.random.default_rng(20261203)
    lines = [f"# PyTorch {torch.__version__}, float64; written by src/test/python/torch_training_full.py"]
    x = rng.normal(size=(24, 2))
    case(lines, "tanh-bce-every-optimizer", [2, 3, 1], "tanh", "bce", x, (x[:, 0] * x[:, 1] > 0).astype(float),
         0.0, 1, 4, RUNS, rng)
    x3 = rng.normal(size=(24, 3))
    case(lines, "relu-ce-l2-every-optimizer", [3, 5, 4, 3], "relu", "ce", x3,
         rng.integers(0, 3, size=24).astype(float), 0.01, 1, 4, RUNS, rng)
    some = [RUNS[i] for i in (1, 6, 9, 12, 15)]
    case(lines, "linear-multi-mse", [2, 4, 3], "linear", "mse", x, rng.integers(0, 3, size=24).astype(float),
         0.02, 1, 5, some, rng)
    case(lines, "sigmoid-ce-two-classes", [2, 4, 2], "sigmoid", "ce", x, (x[:, 0] > x[:, 1]).astype(float),
         0.0, 1, 5, some, rng)
    x1 = rng.uniform(-3, 3, size=(24, 1))
    case(lines, "leaky-relu-mse-l2", [1, 4, 4, 1], "leaky-relu", "mse", x1, np.cos(x1[:, 0]), 0.01, 1, 4,
         [RUNS[i] for i in (3, 7, 10, 13, 14)], rng)
    xb = rng.normal(size=(100, 2))
    case(lines, "tanh-bce-batch-71-two-threads", [2, 8, 8, 1], "tanh", "bce", xb,
         (xb[:, 0] ** 2 + xb[:, 1] ** 2 < 1.2).astype(float), 0.001, 2, 71, [RUNS[i] for i in (0, 8, 12, 15)], rng)

    centres3 = [(-1.5, 0.0), (1.5, 0.5), (0.0, 2.0)]
    train, test = blobs(rng, 300, centres3), blobs(rng, 90, centres3)
    trainer(lines, "relu-ce-three-classes", [6, 5], "relu", "ce", 0.001, 6, 64, "update", 11, 2,
            ("adam", {"lr": 0.01, "weight-decay": 0.001}, "exp:gamma=0.98"), train, test, 3, rng)
    trainer(lines, "tanh-mse-one-hot", [5], "tanh", "mse", 0.0, 5, 50, "epoch", 12, 1,
            ("nesterov", {"lr": 0.1, "weight-decay": 0.01}, "step:every=2,gamma=0.5"), train, test, 3, rng)
    centres2 = [(-1.0, -0.5), (1.0, 0.5)]
    train2, test2 = blobs(rng, 600, centres2), blobs(rng, 80, centres2)
    trainer(lines, "sigmoid-bce-600-rows", [4], "sigmoid", "bce", 0.01, 4, 128, "update", 13, 2,
            ("rmsprop", {"lr": 0.01, "centered": 1.0, "momentum": 0.5}, "warmup-cosine:warmup=5,total=14"),
            train2, test2, 2, rng)
    trainer(lines, "leaky-relu-ce-two-classes", [4, 3], "leaky-relu", "ce", 0.0, 5, 40, "epoch", 14, 1,
            ("nadam", {"lr": 0.02, "weight-decay": 0.01}, "constant"), (train2[0][:200], train2[1][:200]),
            test2, 2, rng)
    xr = rng.uniform(-2, 2, size=(120, 1))
    xr_test = rng.uniform(-2, 2, size=(30, 1))
    trainer(lines, "linear-mse-regression", [3], "linear", "mse", 0.005, 5, 32, "update", 15, 1,
            ("lion", {"lr": 0.01, "weight-decay": 0.1}, "constant"), (xr, 0.5 * xr[:, 0] - 0.2),
            (xr_test, 0.5 * xr_test[:, 0] - 0.2), 0, rng)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(lines)} lines, {OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
