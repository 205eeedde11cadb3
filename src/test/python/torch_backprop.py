"""Reference forward and backward passes from PyTorch autograd for BackpropReferenceTest.

Builds small float64 networks with explicit weights (torch.nn.Linear's layout: W is outputs x inputs), runs one
sample and one batch through every activation x loss (bce; ce with 3 classes; mse with 1 and with 2 outputs) on
the shapes 2-2-o, 2-3-2-o and 2-8-8-o, and records for every weight layer z (retain_grad), a, delta = dL/dz (z.grad),
dL/dW, dL/db, and the loss and the output (probability or value). Batches have 67 rows on 2-2-o, 12 on 2-3-2-o
and 9 on 2-8-8-o; 2-3-2-o relu and 2-8-8-o tanh also run 64 rows. From 64 rows on, Downhill's network computes a
batch as two halves. Two cases add the L2 penalty
(l2/2)*sum(W^2) over the weights (not biases), as Downhill does.

Conventions (Downhill's too): the loss of a batch is the mean over its samples (reduction='mean'), for MSE over
all samples x outputs (torch.nn.MSELoss()); bce is binary_cross_entropy_with_logits on the one output, ce is
cross_entropy on the logits; the output layer has no activation of its own (its sigmoid/softmax is the loss's).
leaky-relu is torch's default slope 0.01.

Writes src/test/resources/reference/torch_backprop.json (deterministic: same bytes on every run); numbers are
Python's repr, the shortest text that reads back to the same double.

Run with Debian's Python (PyTorch 1.13): /usr/bin/python3 src/test/python/torch_backprop.py
"""
import json
import pathlib

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "reference" / "torch_backprop.json"

ACTIVATIONS = {"relu": torch.relu, "leaky-relu": torch.nn.functional.leaky_relu, "tanh": torch.tanh,
               "sigmoid": torch.sigmoid, "linear": lambda z: z}
# (name, Downhill's loss, outputs)
LOSSES = [("bce", "bce", 1), ("ce3", "ce", 3), ("mse1", "mse", 1), ("mse2", "mse", 2)]
HIDDEN = [[2], [3, 2], [8, 8]]
BATCH = 67


def targets_for(loss, outputs, rows, rng):
    if loss == "bce":
        return rng.integers(0, 2, size=rows).astype(float).tolist()
    if loss == "ce":
        return rng.integers(0, outputs, size=rows).astype(float).tolist()
    if outputs == 1:
        return rng.normal(size=rows).tolist()
    return rng.normal(size=(rows, outputs)).tolist()


def case(name, widths, activation, loss, inputs, targets, rng, l2=0.0):
    layers = []
    for fan_in, fan_out in zip(widths[:-1], widths[1:]):
        weight = torch.tensor(rng.uniform(-1, 1, size=(fan_out, fan_in)), requires_grad=True)
        bias = torch.tensor(rng.uniform(-0.5, 0.5, size=fan_out), requires_grad=True)
        layers.append((weight, bias))
    a = torch.tensor(inputs)
    zs, activations = [], []
    for i, (weight, bias) in enumerate(layers):
        z = a @ weight.T + bias
        z.retain_grad()
        a = ACTIVATIONS[activation](z) if i < len(layers) - 1 else z
        zs.append(z)
        activations.append(a)
    out = zs[-1]
    t = torch.tensor(targets)
    if loss == "bce":
        value = torch.nn.functional.binary_cross_entropy_with_logits(out[:, 0], t)
        output = torch.sigmoid(out)
    elif loss == "ce":
        value = torch.nn.functional.cross_entropy(out, t.long())
        output = torch.softmax(out, dim=1)
    else:
        value = torch.nn.functional.mse_loss(out[:, 0] if out.shape[1] == 1 else out, t)
        output = out
    if l2:
        value = value + l2 / 2 * sum((w ** 2).sum() for w, _ in layers)
    value.backward()
    return {
        "name": name, "widths": widths, "activation": activation, "loss": loss, "l2": l2,
        "weights": [{"W": w.detach().tolist(), "b": b.detach().tolist()} for w, b in layers],
        "inputs": inputs, "targets": targets,
        "loss_value": value.item(), "output": output.detach().tolist(),
        "layers": [{"z": z.detach().tolist(), "a": act.detach().tolist(), "delta": z.grad.tolist(),
                    "dW": w.grad.tolist(), "db": b.grad.tolist()}
                   for z, act, (w, b) in zip(zs, activations, layers)],
    }


def main():
    rng = np.random.default_rng(20261203)
    cases = []
    for activation in ACTIVATIONS:
        for loss_name, loss, outputs in LOSSES:
            for hidden in HIDDEN:
                widths = [2] + hidden + [outputs]
                shape = "-".join(map(str, widths))
                batches = [("sample", 1), ("batch", BATCH if hidden == [2] else 12 if hidden == [3, 2] else 9)]
                if (hidden == [8, 8] and activation == "tanh") or (hidden == [3, 2] and activation == "relu"):
                    batches.append(("batch64", 64))
                for label, rows in batches:
                    inputs = rng.normal(size=(rows, 2)).tolist()
                    targets = targets_for(loss, outputs, rows, rng)
                    cases.append(case(f"{activation}-{loss_name}-{shape}-{label}", widths, activation, loss,
                                      inputs, targets, rng))
    soft = rng.uniform(0, 1, size=5).tolist()
    cases.append(case("relu-bce-soft-labels", [2, 3, 1], "relu", "bce", rng.normal(size=(5, 2)).tolist(), soft, rng))
    cases.append(case("tanh-bce-l2", [2, 3, 2, 1], "tanh", "bce", rng.normal(size=(BATCH, 2)).tolist(),
                      targets_for("bce", 1, BATCH, rng), rng, l2=0.05))
    cases.append(case("sigmoid-ce-l2", [2, 8, 8, 3], "sigmoid", "ce", rng.normal(size=(9, 2)).tolist(),
                      targets_for("ce", 3, 9, rng), rng, l2=0.1))
    document = {"source": "src/test/python/torch_backprop.py", "torch": torch.__version__, "dtype": "float64",
                "cases": cases}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(document, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({len(cases)} cases, {OUT.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
