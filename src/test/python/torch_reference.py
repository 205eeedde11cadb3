"""Reference losses from PyTorch for TorchReferenceTest.

Builds tiny networks in float64 with explicit initial weights, trains each for 20 steps on fixed batches with
torch.optim (SGD, SGD with momentum, Adam), and writes every batch loss and the final parameters to
src/test/resources/reference/torch_training.txt. The Java test replays the same weights and batches through
downhill.engine.nn.Network and the project's optimizers and expects the same numbers to ~1e-10.

Parameters are written in Downhill's flat layout: per layer the weight as an inputs x outputs row-major block
(the transpose of torch.nn.Linear.weight), then the bias. The L2 case adds (l2/2)*sum(W^2) over weights only,
as Downhill does.

Run with Debian's Python (PyTorch 1.13): /usr/bin/python3 src/test/python/torch_reference.py
"""
import pathlib

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "reference" / "torch_training.txt"
STEPS = 20
BATCH = 4

ACTIVATIONS = {"tanh": torch.tanh, "relu": torch.relu, "sigmoid": torch.sigmoid,
               "leaky-relu": torch.nn.functional.leaky_relu}


def numbers(values):
    return " ".join(repr(float(v)) for v in np.asarray(values, dtype=np.float64).ravel())


def case(lines, name, widths, activation, loss, features, targets, l2, optimizers, rng):
    layers = []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        weight = torch.tensor(rng.uniform(-0.8, 0.8, size=(fan_out, fan_in)), requires_grad=True)
        bias = torch.tensor(rng.uniform(-0.3, 0.3, size=fan_out), requires_grad=True)
        layers.append((weight, bias))
    initial = [t.detach().clone() for pair in layers for t in pair]
    n = len(targets)
    batches = [rng.permutation(n)[:BATCH] for _ in range(STEPS)]

    header = f"case {name} widths={','.join(map(str, widths))} activation={activation} loss={loss} l2={l2!r}"
    write_case(lines, header, features, targets, layers, batches)

    x_all = torch.tensor(features)
    for optimizer_name, make, hyper in optimizers:
        with torch.no_grad():
            for t, start in zip([t for pair in layers for t in pair], initial):
                t.copy_(start)
        params = [t for pair in layers for t in pair]
        optimizer = make(params)
        losses = []
        for b in batches:
            optimizer.zero_grad()
            idx = torch.tensor(b)
            out = forward(layers, ACTIVATIONS[activation], x_all[idx])
            value = data_loss(loss, out, targets[b])
            if l2:
                value = value + l2 / 2 * sum((w ** 2).sum() for w, _ in layers)
            value.backward()
            optimizer.step()
            losses.append(value.item())
        lines.append(f"run {optimizer_name} {hyper}")
        lines.append(f"losses {numbers(losses)}")
        lines.append(f"final {flat(layers)}")


def write_case(lines, header, features, targets, layers, batches):
    """A case's header, data, initial parameters and batches (row indices), one line each."""
    lines.append(header)
    lines.append(f"features {len(targets)} {layers[0][0].shape[1]} {numbers(features)}")
    lines.append(f"targets {numbers(targets)}")
    lines.append(f"initial {flat(layers)}")
    for b in batches:
        lines.append("batch " + " ".join(str(int(i)) for i in b))


def forward(layers, activation, x):
    for i, (weight, bias) in enumerate(layers):
        x = x @ weight.T + bias
        if i < len(layers) - 1:
            x = activation(x)
    return x


def data_loss(loss, out, targets):
    if loss == "bce":
        return torch.nn.functional.binary_cross_entropy_with_logits(out[:, 0], torch.tensor(targets))
    if loss == "ce":
        return torch.nn.functional.cross_entropy(out, torch.tensor(targets).long())
    return torch.nn.functional.mse_loss(out[:, 0], torch.tensor(targets))


def flat(layers):
    return numbers(np.concatenate([np.concatenate([w.detach().numpy().T.ravel(), b.detach().numpy()])
                                   for w, b in layers]))


def main():
    rng = np.random.default_rng(20240606)
    optimizers = [
        ("sgd", lambda p: torch.optim.SGD(p, lr=0.1), "lr=0.1"),
        ("momentum", lambda p: torch.optim.SGD(p, lr=0.05, momentum=0.9), "lr=0.05 momentum=0.9"),
        ("adam", lambda p: torch.optim.Adam(p, lr=0.01), "lr=0.01"),
    ]
    lines = [f"# PyTorch {torch.__version__}, float64; written by src/test/python/torch_reference.py"]
    x = rng.normal(size=(24, 2))
    case(lines, "tanh-bce", [2, 3, 1], "tanh", "bce", x, (x[:, 0] * x[:, 1] > 0).astype(float), 0.0,
         optimizers, rng)
    case(lines, "tanh-bce-l2", [2, 3, 1], "tanh", "bce", x, (x[:, 0] + x[:, 1] > 0).astype(float), 0.05,
         optimizers, rng)
    x3 = rng.normal(size=(24, 3))
    case(lines, "relu-ce", [3, 5, 4, 3], "relu", "ce", x3, rng.integers(0, 3, size=24).astype(float), 0.0,
         optimizers, rng)
    x1 = rng.uniform(-3, 3, size=(24, 1))
    case(lines, "sigmoid-mse", [1, 6, 1], "sigmoid", "mse", x1, np.sin(x1[:, 0]), 0.0, optimizers, rng)
    case(lines, "leaky-relu-mse", [1, 4, 4, 1], "leaky-relu", "mse", x1, np.cos(x1[:, 0]), 0.01, optimizers, rng)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("\n".join(lines) + "\n")
    print(f"wrote {OUT} ({len(lines)} lines)")


if __name__ == "__main__":
    main()
