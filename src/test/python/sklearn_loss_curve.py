"""scikit-learn's loss_curve_ on the lecture's data from recorded initial weights and without shuffling: the
reference for SklearnLossCurveTest (`downhill train --like sklearn --load-weights ... --no-shuffle`, docs/training.md).

Removes the random-number differences between the two programs: MLPClassifier._init_coef is wrapped to record the
initial weights it draws (random_state=0), which Downhill starts from through --load-weights, and shuffle=False
keeps the batches rows 1-200, 201-400, ... of docs/data/lecture_train.csv in both. Features are standardised with
StandardScaler (the population spread, as Downhill). Runs: Adam 0.001 and SGD + Nesterov momentum 0.9 at 0.01
(scikit-learn's defaults otherwise: alpha 1e-4, batch 200, tol 1e-4, n_iter_no_change 10), hidden 64,64 ReLU,
max_iter 500; and Adam once more with PyTorch's placement of epsilon (eps added to sqrt(v_hat), as Downhill's Adam),
which isolates the one difference in the update rules.

Writes src/test/resources/reference/sklearn/init.json (the --load-weights format: per layer W outputs x inputs, b)
and loss_curve.json (per run: loss_curve_, n_iter_, test accuracy).
Run with Debian's Python (scikit-learn 1.2): /usr/bin/python3 src/test/python/sklearn_loss_curve.py
"""
import json
import pathlib
import warnings

import numpy as np
import sklearn
from sklearn.neural_network import MLPClassifier
from sklearn.neural_network import _stochastic_optimizers
from sklearn.preprocessing import StandardScaler

ROOT = pathlib.Path(__file__).resolve().parents[3]
OUT = ROOT / "src" / "test" / "resources" / "reference" / "sklearn"


def read(path):
    data = np.loadtxt(path, delimiter=",", skiprows=1)
    return data[:, :2], data[:, 2].astype(int)


def torch_adam_updates(self, grads):
    """AdamOptimizer._get_updates with eps added to sqrt(v)/sqrt(1 - beta2^t), as torch.optim.Adam."""
    self.t += 1
    self.ms = [self.beta_1 * m + (1 - self.beta_1) * g for m, g in zip(self.ms, grads)]
    self.vs = [self.beta_2 * v + (1 - self.beta_2) * (g ** 2) for v, g in zip(self.vs, grads)]
    step = self.learning_rate_init / (1 - self.beta_1 ** self.t)
    root = np.sqrt(1 - self.beta_2 ** self.t)
    return [-step * m / (np.sqrt(v) / root + self.epsilon) for m, v in zip(self.ms, self.vs)]


def main():
    warnings.filterwarnings("ignore")
    X_train, y_train = read(ROOT / "docs" / "data" / "lecture_train.csv")
    X_test, y_test = read(ROOT / "docs" / "data" / "lecture_test.csv")
    scaler = StandardScaler().fit(X_train)
    train, test = scaler.transform(X_train), scaler.transform(X_test)

    recorded = []
    original_init = MLPClassifier._init_coef

    def recording_init(self, fan_in, fan_out, dtype):
        coef, intercept = original_init(self, fan_in, fan_out, dtype)
        recorded.append((coef.copy(), intercept.copy()))
        return coef, intercept

    MLPClassifier._init_coef = recording_init
    original_adam = _stochastic_optimizers.AdamOptimizer._get_updates
    runs = []
    first = None
    for name, solver, kw, torch_eps in [
            ("adam", "adam", dict(learning_rate_init=0.001), False),
            ("sgd-nesterov", "sgd", dict(learning_rate_init=0.01, momentum=0.9), False),
            ("adam-torch-eps", "adam", dict(learning_rate_init=0.001), True)]:
        recorded.clear()
        _stochastic_optimizers.AdamOptimizer._get_updates = torch_adam_updates if torch_eps else original_adam
        model = MLPClassifier(hidden_layer_sizes=(64, 64), solver=solver, max_iter=500, random_state=0,
                              shuffle=False, **kw)
        model.fit(train, y_train)
        layers = [{"W": coef.T.tolist(), "b": intercept.tolist()} for coef, intercept in recorded]
        if first is None:
            first = layers
        elif layers != first:
            raise SystemExit("random_state=0 drew other initial weights for " + name)
        runs.append({"name": name, "solver": solver, "lr": kw["learning_rate_init"],
                     "momentum": kw.get("momentum"), "nesterov": solver == "sgd", "torch_eps": torch_eps,
                     "epochs": int(model.n_iter_), "test_accuracy": float(model.score(test, y_test)),
                     "loss_curve": [float(v) for v in model.loss_curve_]})
        print(f"{name}: epochs={model.n_iter_} test_accuracy={model.score(test, y_test):.4f} "
              f"loss[0]={model.loss_curve_[0]!r} loss[-1]={model.loss_curve_[-1]!r}")
    _stochastic_optimizers.AdamOptimizer._get_updates = original_adam
    MLPClassifier._init_coef = original_init
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "init.json", "w") as f:
        json.dump({"layers": first}, f, separators=(",", ":"))
        f.write("\n")
    with open(OUT / "loss_curve.json", "w") as f:
        json.dump({"sklearn": sklearn.__version__, "numpy": np.__version__, "data": "docs/data/lecture_train.csv",
                   "test_data": "docs/data/lecture_test.csv", "hidden": [64, 64], "activation": "relu",
                   "alpha": 1e-4, "batch_size": 200, "random_state": 0, "shuffle": False, "runs": runs}, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
