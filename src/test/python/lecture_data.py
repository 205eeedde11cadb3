"""The lecture's make_moons data and split, as scikit-learn makes them, and what scikit-learn's MLPClassifier
reaches on it over ten seeds: the reference for `downhill train --like sklearn` (docs/training.md).

    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    StandardScaler fitted on X_train; MLPClassifier(hidden_layer_sizes=(64, 64), max_iter=500, random_state=seed)
    with solver='adam', learning_rate_init=0.001, or solver='sgd', learning_rate_init=0.01, momentum=0.9;
    every other setting scikit-learn's default (alpha 1e-4, batch_size min(200, n), Nesterov momentum, tol 1e-4,
    n_iter_no_change 10, shuffle).

Writes docs/data/lecture_train.csv and docs/data/lecture_test.csv, and the same into resources/presets/data/ for the
scenario lecture-sklearn (features with repr(), so they read back bit for
bit; the scaler is Downhill's to apply, as it standardises with the training part's statistics) and prints one
line per seed and solver: seed, solver, epochs run (n_iter_), test accuracy.

Run with Debian's Python (scikit-learn 1.2): /usr/bin/python3 src/test/python/lecture_data.py [--no-fit]
"""
import pathlib
import sys
import warnings

from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split

from make_moons_fixture import write

OUT = pathlib.Path(__file__).resolve().parents[3] / "docs" / "data"
# The scenario lecture-sklearn ships the same two files (ExperimentCsvFilesTest checks they are equal).
PRESET_DATA = pathlib.Path(__file__).resolve().parents[3] / "resources" / "presets" / "data"


def main():
    X, y = make_moons(n_samples=1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "lecture_train.csv", X_train, y_train)
    write(OUT / "lecture_test.csv", X_test, y_test)
    PRESET_DATA.mkdir(parents=True, exist_ok=True)
    write(PRESET_DATA / "lecture_train.csv", X_train, y_train)
    write(PRESET_DATA / "lecture_test.csv", X_test, y_test)
    if "--no-fit" in sys.argv:
        return
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler
    warnings.filterwarnings("ignore")
    scaler = StandardScaler().fit(X_train)
    train, test = scaler.transform(X_train), scaler.transform(X_test)
    for solver, kw in [("adam", dict(learning_rate_init=0.001)),
                       ("sgd", dict(learning_rate_init=0.01, momentum=0.9))]:
        scores = []
        for seed in range(10):
            model = MLPClassifier(hidden_layer_sizes=(64, 64), solver=solver, max_iter=500, random_state=seed, **kw)
            model.fit(train, y_train)
            score = model.score(test, y_test)
            scores.append(score)
            print(f"seed={seed} solver={solver} epochs={model.n_iter_} test_accuracy={score:.3f}")
        print(f"{solver}: mean={sum(scores) / len(scores):.4f} min={min(scores):.3f} max={max(scores):.3f}")


if __name__ == "__main__":
    main()
