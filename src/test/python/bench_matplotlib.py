"""The landscape picture of issue #4 drawn by matplotlib, timed: the peer figures for LandscapeBenchmark.

Same functions, windows and pixel centres as downhill's LandscapeRenderer, 1000 x 800 px, viridis, and 20
contour levels evenly spaced in the scaled values (log10(f - min + delta), delta = 1e-4 of the range, for
Rosenbrock), drawn white at 45 % opacity into an Agg canvas. Prints one line per function and stage:
    <function> <stage> <median ms>
Usage: python3 bench_matplotlib.py [repetitions]
"""
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import numpy as np  # noqa: E402
from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402

WIDTH, HEIGHT, LEVELS = 1000, 800, 20
TAU = 2 * np.pi


def rosenbrock(x, y):
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rastrigin(x, y):
    return 20 + x * x - 10 * np.cos(TAU * x) + y * y - 10 * np.cos(TAU * y)


CASES = [("rosenbrock", rosenbrock, (-2, 2, -1, 3), True),
         ("rastrigin", rastrigin, (-5.12, 5.12, -5.12, 5.12), False)]


def sample(f, window):
    x_min, x_max, y_min, y_max = window
    xs = x_min + (np.arange(WIDTH) + 0.5) * (x_max - x_min) / WIDTH
    ys = y_max - (np.arange(HEIGHT) + 0.5) * (y_max - y_min) / HEIGHT  # row 0 at the top, as in downhill
    x, y = np.meshgrid(xs, ys)
    return x, y, f(x, y)


def scaled(z, log):
    low, high = z.min(), z.max()
    if not log:
        return z, lambda s: s
    delta = 1e-4 * (high - low)
    return np.log10(z - low + delta), lambda s: 10 ** s - delta + low


def draw(x, y, z, log, window, contours):
    colours, unscale = scaled(z, log)
    figure = Figure(figsize=(WIDTH / 100, HEIGHT / 100), dpi=100)
    canvas = FigureCanvasAgg(figure)
    axes = figure.add_axes((0, 0, 1, 1))
    axes.set_axis_off()
    axes.imshow(colours, cmap="viridis", extent=window, origin="upper", interpolation="nearest", aspect="auto")
    if contours:
        low, high = colours.min(), colours.max()
        levels = unscale(low + np.arange(1, LEVELS + 1) * (high - low) / (LEVELS + 1))
        axes.contour(x, y, z, levels=levels, colors="white", alpha=0.45, linewidths=0.9)  # 0.9 pt = 1.25 px
    canvas.draw()
    return canvas


def median_ms(action, repetitions):
    for _ in range(2):
        action()
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main():
    repetitions = int(sys.argv[1]) if len(sys.argv) > 1 else 11
    for name, f, window, log in CASES:
        x, y, z = sample(f, window)
        print(name, "sampling", "%.2f" % median_ms(lambda: sample(f, window), repetitions))
        heatmap = median_ms(lambda: draw(x, y, z, log, window, False), repetitions)
        whole = median_ms(lambda: draw(x, y, z, log, window, True), repetitions)
        print(name, "colour", "%.2f" % heatmap)
        print(name, "contours", "%.2f" % (whole - heatmap))
        print(name, "whole", "%.2f" % (whole + median_ms(lambda: sample(f, window), repetitions)))
        sys.stdout.flush()


if __name__ == "__main__":
    main()
