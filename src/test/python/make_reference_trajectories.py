#!/usr/bin/python3
"""Reference trajectories of every Downhill optimizer, computed with PyTorch, for PyTorchReferenceTest.

Run from the repository root with Debian's python, which has PyTorch (1.13) installed:

    /usr/bin/python3 src/test/python/make_reference_trajectories.py

It writes, deterministically (same bytes on every run):

    src/test/resources/reference/cases.csv         id,function,optimizer,start_x,start_y,steps,schedule,
                                                    hyperparameters,outcome
    src/test/resources/reference/trajectories.csv  id,step,x,y,loss,grad_x,grad_y,lr

and prints one line per case with its end and its conditioning (see below). Keys and schedule specs are
Downhill's own (the CLI's flag names, e.g. ``weight-decay=0.01;lr=0.05``); numbers are written with repr(),
the shortest text that reads back to the same double.

Rows are what Downhill's ``Trajectory`` holds: row k is θₖ, f(θₖ), ∇f(θₖ) and ηₖ, the learning rate of the step
taken *from* θₖ (the scheduler's rate after k scheduler steps). Row 0 is the start. Like ``Descent.record``, a
position that is not finite or farther than 1e6 from the origin ends the run with ``diverged at step k`` and is
not recorded; a non-finite loss or gradient ends it with ``left the function's domain at step k``.

Everything is float64: the parameters are a float64 tensor of two entries, the loss is the exact formula in
torch ops and its gradient comes from autograd, never from Downhill's hand-derived gradients.

Which PyTorch, and what differs between the installed 1.13 and PyTorch 2.x (which Downhill follows):

* SGD (plain, momentum, dampening, Nesterov): same in 1.13 and 2.x; the buffer starts as a copy of the first
  gradient. 1.13 has no default lr (2.x: 1e-3), so every case gives lr.
* Adagrad: same formula (clr = lr / (1 + (t-1)·lr_decay), state starts at initial_accumulator_value, eps
  outside the sqrt).
* RMSprop: 2.x updates the centred gradient average with lerp_, 1.13 with mul_/add_; the same value up to
  rounding (last-bit differences, far below 1e-7).
* Adadelta: same formula.
* Adam / AMSGrad / AdamW: 2.x updates exp_avg with lerp_, 1.13 with mul_/add_ (rounding only); bias corrections,
  eps placement, AMSGrad's running max of exp_avg_sq and AdamW's decay before the moments are the same.
* RAdam: 2.x uses lerp_ (rounding only) and adds decoupled_weight_decay (default False, the only mode here);
  the rectification threshold rho_t > 5 and its formula are the same.
* Adamax: 2.x uses lerp_ (rounding only); exp_inf = max(beta2·exp_inf, |g| + eps) is the same.
* NAdam: 1.13 computes mu_product_next = mu_product·mu·mu_next, counting mu twice; 2.x fixed it to
  mu_product·mu_next. NAdam2x below is the 2.x single-tensor algorithm written with the same torch ops;
  switched to 1.13's formula it reproduces the installed torch.optim.NAdam bit for bit, which the script
  checks on every run (check_nadam). Both 1.13 and 2.x keep mu_product in a scalar tensor of the *default*
  dtype, float32 unless torch.set_default_dtype(torch.float64); NAdam2x keeps it in a Python float (float64),
  the algorithm Downhill implements. The float32 product alone moves these cases by up to ~1e-5 relative
  (``--float32-mu-product`` prints it per case), so a reference from stock PyTorch 2.x NAdam on float64
  parameters agrees with float64 arithmetic only to about 1e-5, not 1e-7.
* Lion is not in torch.optim: Lion below is Chen et al. 2023, Algorithm 2, with decoupled weight decay and
  lerp for both interpolations.

Schedules go through torch.optim.lr_scheduler: ``step:every=50,gamma=0.5`` is StepLR(step_size=50, gamma=0.5),
``exp:gamma=0.98`` is ExponentialLR(0.98) and ``warmup-cosine:warmup=W,total=T,floor=F`` is a LambdaLR whose
factor is Downhill's WarmupCosine rate divided by the base rate (linear from 0 over W steps, half a cosine down
to the absolute floor F at step T, F after).

Conditioning: every case is also run from a start moved by 1e-12 (relative, or absolute near 0; x alone for a
start on an exact ridge, where no rounding happens) and the script prints the largest change over the rows,
measured as PyTorchReferenceTest measures it (|a − b| / max(|b|, 1e-5)), divided by 1e-12: the case's
amplification of a perturbation. Rounding differences between PyTorch and Java (about 1e-16 a step) grow by
about that factor, so the script refuses a case whose amplification exceeds 1e6: such a case would test
rounding, not the algorithm.
"""

import csv
import math
import os
import sys

import torch

STEPS = 200
BOUND = 1e6
MAX_AMPLIFICATION = 1e6
FLOOR = 1e-5
PERTURBATION = 1e-12
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "reference"))


# ---------------------------------------------------------------------------------------------- functions

def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x ** 2) ** 2


def beale(x, y):
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2


def himmelblau(x, y):
    return (x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2


def rastrigin(x, y):
    return 20 + x ** 2 - 10 * torch.cos(2 * math.pi * x) + y ** 2 - 10 * torch.cos(2 * math.pi * y)


def saddle(x, y):
    return x ** 2 - y ** 2


FUNCTIONS = {
    "rosenbrock": rosenbrock,
    "beale": beale,
    "himmelblau": himmelblau,
    "rastrigin": rastrigin,
    "saddle": saddle,
}

# The functions' default starts (Builtins' families: TeachingShapes, ValleyFunctions, ManyMinimaFunctions) come first.
STARTS = {
    "rosenbrock": [(-1.5, 2.0), (-1.2, 1.0), (0.3, -0.4)],
    "beale": [(1.0, 1.5), (-1.0, -1.0), (2.2, 0.2)],
    "himmelblau": [(0.0, 0.0), (-1.0, 1.5), (1.3, -2.7)],
    "rastrigin": [(2.2, -1.7), (0.4, 0.3), (-1.3, 2.6)],
    "saddle": [(-1.5, 0.001), (1.0, 0.5), (0.3, -0.02)],
}


# ------------------------------------------------------------------------------- optimizers not in torch.optim

class NAdam2x(torch.optim.Optimizer):
    """torch.optim.NAdam as in PyTorch 2.x (single tensor, not differentiable), with mu_product in float64.

    Two switches exist only for checks: ``mu_product_dtype=torch.float32`` keeps mu_product in a float32 tensor
    as PyTorch does unless its default dtype is float64, and ``as_in_1_13=True`` also counts mu twice in
    mu_product_next and updates exp_avg with mul_/add_, which is torch.optim.NAdam of PyTorch 1.13 op for op
    (``check_nadam`` asserts that they agree exactly).
    """

    def __init__(self, params, lr=2e-3, betas=(0.9, 0.999), eps=1e-8, weight_decay=0, momentum_decay=4e-3,
                 mu_product_dtype=None, as_in_1_13=False):
        super().__init__(params, dict(lr=lr, betas=betas, eps=eps, weight_decay=weight_decay,
                                      momentum_decay=momentum_decay))
        self.mu_product_dtype = mu_product_dtype
        self.as_in_1_13 = as_in_1_13

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr, eps, psi = group["lr"], group["eps"], group["momentum_decay"]
            for param in group["params"]:
                state = self.state[param]
                if not state:
                    state["step"] = 0
                    state["mu_product"] = 1.0 if self.mu_product_dtype is None \
                        else torch.tensor(1.0, dtype=self.mu_product_dtype)
                    state["exp_avg"] = torch.zeros_like(param)
                    state["exp_avg_sq"] = torch.zeros_like(param)
                grad = param.grad
                exp_avg, exp_avg_sq = state["exp_avg"], state["exp_avg_sq"]
                state["step"] += 1
                step = state["step"]
                bias_correction2 = 1 - beta2 ** step
                if group["weight_decay"] != 0:
                    grad = grad.add(param, alpha=group["weight_decay"])
                mu = beta1 * (1. - 0.5 * (0.96 ** (step * psi)))
                mu_next = beta1 * (1. - 0.5 * (0.96 ** ((step + 1) * psi)))
                state["mu_product"] *= mu
                mu_product = state["mu_product"]
                if self.as_in_1_13:
                    mu_product_next = float(mu_product * mu * mu_next)
                    exp_avg.mul_(beta1).add_(grad, alpha=1 - beta1)
                else:
                    mu_product_next = float(mu_product) * mu_next
                    exp_avg.lerp_(grad, 1 - beta1)
                exp_avg_sq.mul_(beta2).addcmul_(grad, grad, value=1 - beta2)
                denom = exp_avg_sq.div(bias_correction2).sqrt().add_(eps)
                param.addcdiv_(grad, denom, value=(-lr * (1. - mu) / (1. - float(mu_product))))
                param.addcdiv_(exp_avg, denom, value=(-lr * mu_next) / (1. - mu_product_next))


class Lion(torch.optim.Optimizer):
    """Chen et al. 2023, "Symbolic Discovery of Optimization Algorithms", Algorithm 2 (decoupled weight decay)."""

    def __init__(self, params, lr=1e-4, betas=(0.9, 0.99), weight_decay=0.0):
        super().__init__(params, dict(lr=lr, betas=betas, weight_decay=weight_decay))

    @torch.no_grad()
    def step(self):
        for group in self.param_groups:
            beta1, beta2 = group["betas"]
            lr = group["lr"]
            for param in group["params"]:
                state = self.state[param]
                if not state:
                    state["exp_avg"] = torch.zeros_like(param)
                grad = param.grad
                param.mul_(1 - lr * group["weight_decay"])
                update = state["exp_avg"].lerp(grad, 1 - beta1)
                param.add_(torch.sign(update), alpha=-lr)
                state["exp_avg"].lerp_(grad, 1 - beta2)


# --------------------------------------------------------------------------------------- Downhill → torch

# Downhill's registry name → (torch class, the registry's own settings that differ from torch's defaults).
OPTIMIZERS = {
    "sgd": (torch.optim.SGD, {}),
    "momentum": (torch.optim.SGD, {"momentum": 0.9}),
    "nesterov": (torch.optim.SGD, {"momentum": 0.9, "nesterov": True}),
    "adagrad": (torch.optim.Adagrad, {}),
    "rmsprop": (torch.optim.RMSprop, {}),
    "adadelta": (torch.optim.Adadelta, {}),
    "adam": (torch.optim.Adam, {}),
    "amsgrad": (torch.optim.Adam, {"amsgrad": True}),
    "adamw": (torch.optim.AdamW, {}),
    "nadam": (NAdam2x, {}),
    "radam": (torch.optim.RAdam, {}),
    "adamax": (torch.optim.Adamax, {}),
    "lion": (Lion, {}),
    "torch-nadam": (torch.optim.NAdam, {}),  # only for check_nadam: 1.13 counts mu twice
}

# Downhill's registry, in the order of Optimizers.all().
REGISTRY = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adadelta", "adam", "amsgrad", "adamw", "nadam",
            "radam", "adamax", "lion"]

TORCH_NAMES = {
    "lr": "lr", "momentum": "momentum", "dampening": "dampening", "nesterov": "nesterov", "alpha": "alpha",
    "rho": "rho", "eps": "eps", "weight-decay": "weight_decay", "lr-decay": "lr_decay",
    "initial-accumulator": "initial_accumulator_value", "momentum-decay": "momentum_decay",
    "centered": "centered",
}
FLAGS = {"nesterov", "centered"}


def make_optimizer(name, hyperparameters, params, **extra):
    cls, kwargs = OPTIMIZERS[name]
    kwargs = dict(kwargs)
    betas = {}
    for key, value in hyperparameters.items():
        if key in ("beta1", "beta2"):
            betas[key] = value
        elif key in FLAGS:
            kwargs[TORCH_NAMES[key]] = bool(value)
        else:
            kwargs[TORCH_NAMES[key]] = value
    if betas:
        default1, default2 = (0.9, 0.99) if name == "lion" else (0.9, 0.999)
        kwargs["betas"] = (betas.get("beta1", default1), betas.get("beta2", default2))
    return cls(params, **kwargs, **extra)


def warmup_cosine(base, warmup, total, floor):
    """Downhill's WarmupCosine.rate as a function of the step index."""
    def rate(t):
        if t < warmup:
            return base * t / warmup
        if t >= total:
            return floor
        progress = (t - warmup) / (total - warmup)
        return floor + (base - floor) * 0.5 * (1 + math.cos(math.pi * progress))
    return rate


def make_scheduler(spec, optimizer):
    kind, _, rest = spec.partition(":")
    args = dict(pair.split("=") for pair in rest.split(",")) if rest else {}
    if kind == "constant":
        return None
    if kind == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=int(args["every"]),
                                               gamma=float(args["gamma"]))
    if kind == "exp":
        return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=float(args["gamma"]))
    if kind == "warmup-cosine":
        base = optimizer.param_groups[0]["lr"]
        rate = warmup_cosine(base, int(args["warmup"]), int(args["total"]), float(args.get("floor", 0)))
        return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda t: rate(t) / base)
    raise ValueError("unknown schedule " + spec)


# ---------------------------------------------------------------------------------------------- one run

def run(case, start=None, **extra):
    """The rows and outcome of one case, as Downhill's Descent records them."""
    x0, y0 = start if start is not None else (case["start_x"], case["start_y"])
    param = torch.tensor([x0, y0], dtype=torch.float64, requires_grad=True)
    optimizer = make_optimizer(case["optimizer"], case["hyperparameters"], [param], **extra)
    scheduler = make_scheduler(case["schedule"], optimizer)
    f = FUNCTIONS[case["function"]]
    rows = []
    outcome = "running"
    for k in range(case["steps"] + 1):
        x, y = param.detach().tolist()
        if not (math.isfinite(x) and math.isfinite(y)) or math.hypot(x, y) > BOUND:
            # Still falling, below zero and below the start: a slope without end, not a blow-up.
            falling = len(rows) >= 2 and rows[-1][2] < 0 and rows[-1][2] < rows[-2][2] and rows[-1][2] < rows[0][2]
            outcome = ("unbounded below at step %d" if falling else "diverged at step %d") % k
            break
        optimizer.zero_grad()
        loss = f(param[0], param[1])
        loss.backward()
        gx, gy = param.grad.tolist()
        value = loss.item()
        if not (math.isfinite(value) and math.isfinite(gx) and math.isfinite(gy)):
            outcome = "left the function's domain at step %d" % k
            break
        rows.append((x, y, value, gx, gy, optimizer.param_groups[0]["lr"]))
        if k == case["steps"]:
            break
        optimizer.step()
        if scheduler is not None:
            scheduler.step()
    return rows, outcome


def relative_change(rows, other):
    """The largest |a − b| / max(|b|, FLOOR) over the rows both runs have (every column): the measure of
    PyTorchReferenceTest, which allows 1e-7 of it."""
    worst = 0.0
    for a_row, b_row in zip(rows, other):
        for a, b in zip(a_row, b_row):
            worst = max(worst, abs(a - b) / max(abs(b), FLOOR))
    return worst


def amplification(case, rows):
    x0, y0 = case["start_x"], case["start_y"]
    moved = (x0 + PERTURBATION * max(abs(x0), 1.0),
             y0 + PERTURBATION * max(abs(y0), 1.0) if case["perturb_y"] else y0)
    other, _ = run(case, start=moved)
    return relative_change(rows, other) / PERTURBATION


# ----------------------------------------------------------------------------------------------- the cases

# Learning rates per (optimizer, function): ordinary values that move far in 200 steps and stay finite.
LEARNING_RATES = {
    #             rosenbrock beale  himmelblau rastrigin saddle
    "sgd":       (1e-3,      1e-3,  0.01,      1e-3,     0.01),
    "momentum":  (5e-4,      5e-4,  2e-3,      5e-4,     2e-3),
    "nesterov":  (5e-4,      5e-4,  2e-3,      1e-3,     2e-3),
    "adagrad":   (0.5,       0.3,   0.5,       0.1,      0.2),
    "rmsprop":   (0.01,      0.01,  0.03,      0.01,     0.01),
    "adadelta":  (1.0,       1.0,   1.0,       1.0,      1.0),
    "adam":      (0.05,      0.05,  0.1,       0.05,     0.02),
    "amsgrad":   (0.05,      0.05,  0.1,       0.05,     0.02),
    "adamw":     (0.05,      0.05,  0.1,       0.05,     0.02),
    "nadam":     (0.02,      0.05,  0.1,       0.05,     0.02),
    "radam":     (2e-3,      0.05,  0.01,      5e-3,     0.02),
    "adamax":    (0.1,       0.05,  0.2,       0.05,     0.05),
    "lion":      (0.02,      0.02,  0.05,      0.01,     0.01),
}
FUNCTION_ORDER = ["rosenbrock", "beale", "himmelblau", "rastrigin", "saddle"]


def cases():
    out = []

    def add(case_id, function, optimizer, start, hyperparameters, schedule="constant", steps=STEPS,
            perturb_y=True):
        out.append(dict(id=case_id, function=function, optimizer=optimizer, start_x=float(start[0]),
                        start_y=float(start[1]), steps=steps, schedule=schedule,
                        hyperparameters=dict(hyperparameters), perturb_y=perturb_y))

    # Every optimizer on every function; the start cycles through the function's three starts.
    for o, name in enumerate(REGISTRY):
        for f, function in enumerate(FUNCTION_ORDER):
            start = STARTS[function][(o + f) % 3]
            add("%s-%s" % (name, function), function, name, start, {"lr": LEARNING_RATES[name][f]})

    def lr(name, function):
        return LEARNING_RATES[name][FUNCTION_ORDER.index(function)]

    # Weight decay: coupled (sgd family, adagrad, rmsprop, adam, nadam, radam, adamax), decoupled (adamw, lion).
    decayed = [("sgd", "himmelblau", 0.1), ("momentum", "rosenbrock", 0.05), ("adam", "rosenbrock", 0.1),
               ("adamw", "beale", 0.1), ("adagrad", "rastrigin", 0.05), ("rmsprop", "himmelblau", 0.1),
               ("nadam", "saddle", 0.1), ("radam", "himmelblau", 0.05), ("adamax", "beale", 0.05),
               ("lion", "rosenbrock", 0.5), ("nesterov", "saddle", 0.1), ("amsgrad", "himmelblau", 0.1)]
    for name, function, wd in decayed:
        add("%s-%s-weight-decay" % (name, function), function, name, STARTS[function][1],
            {"lr": lr(name, function), "weight-decay": wd})

    # Variants of single hyperparameters.
    add("momentum-rosenbrock-dampening", "rosenbrock", "momentum", STARTS["rosenbrock"][0],
        {"lr": 5e-4, "dampening": 0.5})
    add("momentum-himmelblau-0.5", "himmelblau", "momentum", STARTS["himmelblau"][2],
        {"lr": 5e-3, "momentum": 0.5})
    add("nesterov-rastrigin-0.8", "rastrigin", "nesterov", STARTS["rastrigin"][2],
        {"lr": 1e-3, "momentum": 0.8})
    add("rmsprop-rosenbrock-centered-momentum", "rosenbrock", "rmsprop", STARTS["rosenbrock"][0],
        {"lr": 1e-3, "momentum": 0.9, "centered": 1})
    add("rmsprop-himmelblau-centered", "himmelblau", "rmsprop", STARTS["himmelblau"][1],
        {"lr": 0.01, "centered": 1})
    add("rmsprop-beale-momentum", "beale", "rmsprop", STARTS["beale"][0],
        {"lr": 1e-3, "momentum": 0.9, "alpha": 0.9})
    add("adagrad-rosenbrock-lr-decay", "rosenbrock", "adagrad", STARTS["rosenbrock"][0],
        {"lr": 0.5, "lr-decay": 0.01})
    add("adagrad-himmelblau-initial-accumulator", "himmelblau", "adagrad", STARTS["himmelblau"][0],
        {"lr": 0.5, "initial-accumulator": 0.1})
    add("adagrad-saddle-eps", "saddle", "adagrad", STARTS["saddle"][1], {"lr": 0.1, "eps": 1e-3})
    add("adadelta-beale-rho", "beale", "adadelta", STARTS["beale"][0], {"lr": 1.0, "rho": 0.95, "eps": 1e-5})
    add("adadelta-himmelblau-lr", "himmelblau", "adadelta", STARTS["himmelblau"][1], {"lr": 0.5})
    add("nadam-rosenbrock-momentum-decay", "rosenbrock", "nadam", STARTS["rosenbrock"][1],
        {"lr": 0.02, "momentum-decay": 0.02})
    add("nadam-himmelblau-betas", "himmelblau", "nadam", STARTS["himmelblau"][2],
        {"lr": 0.1, "beta1": 0.8, "beta2": 0.99})
    add("adam-beale-betas", "beale", "adam", STARTS["beale"][0], {"lr": 0.01, "beta1": 0.5, "beta2": 0.9})
    add("amsgrad-rastrigin-eps", "rastrigin", "amsgrad", STARTS["rastrigin"][1], {"lr": 0.02, "eps": 1e-4})
    add("radam-rosenbrock-beta2", "rosenbrock", "radam", STARTS["rosenbrock"][1], {"lr": 2e-3, "beta2": 0.99})
    add("adamax-saddle-betas", "saddle", "adamax", STARTS["saddle"][0], {"lr": 0.05, "beta1": 0.8, "beta2": 0.99})
    add("lion-himmelblau-betas", "himmelblau", "lion", STARTS["himmelblau"][2],
        {"lr": 0.05, "beta1": 0.95, "beta2": 0.98})
    add("lion-saddle-default-start", "saddle", "lion", STARTS["saddle"][0], {"lr": 0.01})
    # On the ridge y = 0 the y-gradient is exactly 0 and sign(0) = 0, so Lion never leaves it. Exact zeros
    # involve no rounding, so the conditioning check moves only x (a moved y would leave the unstable ridge).
    add("lion-saddle-ridge", "saddle", "lion", (1.23, 0.0), {"lr": 0.02}, perturb_y=False)

    # Schedules.
    step = "step:every=50,gamma=0.5"
    exp = "exp:gamma=0.98"
    cosine = "warmup-cosine:warmup=20,total=200,floor=0.001"
    add("sgd-himmelblau-step", "himmelblau", "sgd", STARTS["himmelblau"][2], {"lr": 0.01}, step)
    add("adam-rosenbrock-step", "rosenbrock", "adam", STARTS["rosenbrock"][0], {"lr": 0.1}, step)
    add("lion-beale-step", "beale", "lion", STARTS["beale"][1], {"lr": 0.03}, step)
    add("momentum-saddle-exp", "saddle", "momentum", STARTS["saddle"][2], {"lr": 0.01}, exp)
    add("rmsprop-rastrigin-exp", "rastrigin", "rmsprop", STARTS["rastrigin"][0], {"lr": 0.02}, exp)
    add("radam-beale-exp", "beale", "radam", STARTS["beale"][0], {"lr": 5e-3}, exp)
    add("adamw-rosenbrock-warmup-cosine", "rosenbrock", "adamw", STARTS["rosenbrock"][0], {"lr": 0.1}, cosine)
    add("nesterov-himmelblau-warmup-cosine", "himmelblau", "nesterov", STARTS["himmelblau"][0], {"lr": 5e-3},
        cosine)
    add("nadam-rastrigin-warmup-cosine", "rastrigin", "nadam", STARTS["rastrigin"][2], {"lr": 0.05}, cosine)
    add("adagrad-saddle-warmup-cosine", "saddle", "adagrad", STARTS["saddle"][0], {"lr": 0.3},
        "warmup-cosine:warmup=10,total=120,floor=0.0")
    add("adadelta-rosenbrock-step", "rosenbrock", "adadelta", STARTS["rosenbrock"][1], {"lr": 1.0},
        "step:every=30,gamma=0.7")

    # Fewer steps.
    add("adam-himmelblau-150", "himmelblau", "adam", STARTS["himmelblau"][1], {"lr": 0.05}, steps=150)
    add("amsgrad-beale-150", "beale", "amsgrad", STARTS["beale"][2], {"lr": 0.01}, steps=150)

    # Divergence: rows until the first position past the bound, then "diverged at step k".
    add("sgd-rosenbrock-diverges", "rosenbrock", "sgd", STARTS["rosenbrock"][0], {"lr": 1.0})
    add("sgd-saddle-diverges", "saddle", "sgd", STARTS["saddle"][0], {"lr": 1.0})
    add("radam-rosenbrock-diverges", "rosenbrock", "radam", STARTS["rosenbrock"][0], {"lr": 0.05})
    add("momentum-himmelblau-diverges", "himmelblau", "momentum", STARTS["himmelblau"][1], {"lr": 0.05})
    add("nesterov-beale-diverges", "beale", "nesterov", STARTS["beale"][1], {"lr": 0.01})
    return out


def check_nadam(all_cases):
    """NAdam2x switched to 1.13's double-counted mu, float32 mu_product and mul_/add_ is torch.optim.NAdam of the
    installed PyTorch bit for bit, so NAdam2x differs from PyTorch's own code in the 2.x fix alone."""
    for case in all_cases:
        if case["optimizer"] == "nadam":
            torch_rows, _ = run(dict(case, optimizer="torch-nadam"))
            as_in_1_13, _ = run(case, mu_product_dtype=torch.float32, as_in_1_13=True)
            if torch_rows != as_in_1_13:
                raise SystemExit("NAdam2x(as_in_1_13=True) differs from torch.optim.NAdam on " + case["id"])


# -------------------------------------------------------------------------------------------------- main

def number(value):
    return repr(float(value))


def main(argv):
    torch.set_num_threads(1)
    all_cases = cases()
    ids = [c["id"] for c in all_cases]
    if len(set(ids)) != len(ids):
        raise SystemExit("duplicate case ids")
    check_nadam(all_cases)
    if "--float32-mu-product" in argv:
        for case in all_cases:
            if case["optimizer"] == "nadam":
                rows, _ = run(case)
                other, _ = run(case, mu_product_dtype=torch.float32)
                print("%-45s float32 mu_product moves it by %.2e (relative)" % (case["id"],
                                                                                relative_change(other, rows)))
        return
    os.makedirs(OUT, exist_ok=True)
    total_rows = 0
    refused = []
    with open(os.path.join(OUT, "cases.csv"), "w", newline="") as cases_file, \
            open(os.path.join(OUT, "trajectories.csv"), "w", newline="") as rows_file:
        case_writer = csv.writer(cases_file, lineterminator="\n")
        row_writer = csv.writer(rows_file, lineterminator="\n")
        case_writer.writerow(["id", "function", "optimizer", "start_x", "start_y", "steps", "schedule",
                              "hyperparameters", "outcome"])
        row_writer.writerow(["id", "step", "x", "y", "loss", "grad_x", "grad_y", "lr"])
        for case in all_cases:
            rows, outcome = run(case)
            amp = amplification(case, rows)
            x, y, loss = rows[-1][:3]
            print("%-45s %-22s rows %3d  end (%.4g, %.4g) loss %.4g  amplification %.1e"
                  % (case["id"], outcome, len(rows), x, y, loss, amp))
            if amp > MAX_AMPLIFICATION:
                refused.append(case["id"])
            hyperparameters = ";".join("%s=%s" % (k, number(v)) for k, v in case["hyperparameters"].items())
            case_writer.writerow([case["id"], case["function"], case["optimizer"], number(case["start_x"]),
                                  number(case["start_y"]), case["steps"], case["schedule"], hyperparameters,
                                  outcome])
            for k, row in enumerate(rows):
                row_writer.writerow([case["id"], k] + [number(v) for v in row])
            total_rows += len(rows)
    print("%d cases, %d rows" % (len(all_cases), total_rows))
    if refused:
        raise SystemExit("ill-conditioned cases (amplification > %.0e): %s" % (MAX_AMPLIFICATION, ", ".join(refused)))


if __name__ == "__main__":
    main(sys.argv[1:])
