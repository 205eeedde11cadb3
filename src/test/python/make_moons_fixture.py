"""Writes the scikit-learn-made moons fixture that MoonsFixtureTest trains on.

The lecture's example: make_moons(1000, noise=0.2, random_state=42), split 80/20 by
train_test_split(random_state=42, stratify=y). The two parts go to separate files so the Java test
uses exactly scikit-learn's split; features are written with repr() so they read back bit for bit.

Run with Debian's Python (scikit-learn 1.2): /usr/bin/python3 src/test/python/make_moons_fixture.py
It also prints what MLPClassifier reaches on this split, for comparison with the Java figures.
"""
import pathlib
import sys

from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split

OUT = pathlib.Path(__file__).resolve().parents[1] / "resources" / "data"


def write(path, X, y):
    with open(path, "w") as f:
        f.write("x1,x2,label\n")
        for (a, b), label in zip(X, y):
            f.write(f"{a!r},{b!r},{int(label)}\n")


def main():
    X, y = make_moons(1000, noise=0.2, random_state=42)
    X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42, stratify=y)
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "moons_sklearn42_train.csv", X_train, y_train)
    write(OUT / "moons_sklearn42_test.csv", X_test, y_test)
    if "--no-fit" in sys.argv:
        return
    import warnings
    from sklearn.neural_network import MLPClassifier
    from sklearn.preprocessing import StandardScaler
    warnings.filterwarnings("ignore")
    scaler = StandardScaler().fit(X_train)
    for solver, kw in [("adam", dict(learning_rate_init=0.001)),
                       ("sgd", dict(learning_rate_init=0.01, momentum=0.9, nesterovs_momentum=False))]:
        model = MLPClassifier(hidden_layer_sizes=(64, 64), batch_size=200, solver=solver, max_iter=500,
                              alpha=0, random_state=0, **kw)
        model.fit(scaler.transform(X_train), y_train)
        print(f"scikit-learn {solver}: test accuracy {model.score(scaler.transform(X_test), y_test)}")


if __name__ == "__main__":
    main()
