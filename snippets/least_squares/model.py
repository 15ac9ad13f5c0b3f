"""最小二乘法 (article part one, §1): the 奶茶店 temperature and sales data.

The article fits ``y_hat = w x + b`` to five days of (temperature, sales) and
measures the fit by the mean squared error ``L``.  This module holds the data,
fits the line by the normal equations, and evaluates the article's worked
example ``w = 2, b = 10`` on the first day.

Examples
--------
>>> w, b = fit_line(TEMPERATURE, SALES)
>>> f"{w:.3f} {b:.3f}"
'2.000 10.000'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


#: Temperature of each of the five days (°C), as in the article's table (§1.2).
TEMPERATURE: tuple[float, ...] = (20, 25, 30, 35, 40)
#: Cups of milk tea sold on each of those days (§1.2).
SALES: tuple[float, ...] = (50, 60, 70, 80, 90)
#: Slope the article tries on the first day (§1.2, "如果 w = 2").
TRIAL_W = 2
#: Intercept the article tries on the first day (§1.2, "b = 10").
TRIAL_B = 10
#: The article's outlier: one day's sales "突然变成 1000" (§1.4).
OUTLIER_SALES = 1000
#: Which day takes the outlier: the last one.  Our choice; the article says "某天".
OUTLIER_DAY = 4
#: Annotation (§1.2/§1.3): real sales carry noise.  The table's sales plus Gaussian noise of
#: standard deviation ``NOISE_SD`` cups drawn with ``NOISE_SEED``, rounded to whole cups.
NOISE_SEED = 1
NOISE_SD = 4.0
#: Annotation (§1.4): the Huber loss is quadratic for residuals up to ``HUBER_DELTA`` cups.
HUBER_DELTA = 5.0


def predict(x: float | np.ndarray, w: float, b: float) -> float | np.ndarray:
    """Predicted sales ``y_hat = w x + b``.

    Examples
    --------
    >>> predict(20, 2, 10)
    50
    """
    return w * x + b


def squared_error(y: float, y_hat: float) -> float:
    """Squared difference ``(y - y_hat)^2`` of one day.

    Examples
    --------
    >>> squared_error(50, 50)
    0
    """
    return (y - y_hat) ** 2


def mean_squared_error(x: Sequence[float], y: Sequence[float], w: float, b: float) -> float:
    """The article's loss ``L = (1/n) Σ (y_i - y_hat_i)^2`` of a line.

    Parameters
    ----------
    x, y : sequence of float
        Temperatures and sales, same length.
    w, b : float
        Slope and intercept of the line.

    Returns
    -------
    float
        Mean of the squared residuals.

    Examples
    --------
    >>> f"{mean_squared_error(TEMPERATURE, SALES, 2, 11):.1f}"
    '1.0'
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x_arr.shape != y_arr.shape:
        raise ValueError(f"x and y differ in length: {x_arr.shape} vs {y_arr.shape}")
    return float(np.mean((y_arr - predict(x_arr, w, b)) ** 2))


def fit_line(x: Sequence[float], y: Sequence[float]) -> tuple[float, float]:
    """Least-squares slope and intercept from the normal equations.

    Setting ``∂L/∂w = ∂L/∂b = 0`` gives ``w = Σ(x - x̄)(y - ȳ) / Σ(x - x̄)^2``
    and ``b = ȳ - w x̄``.

    Parameters
    ----------
    x, y : sequence of float
        At least two distinct ``x`` values, and as many ``y``.

    Returns
    -------
    (w, b) : tuple of float

    Raises
    ------
    ValueError
        If the lengths differ or all ``x`` are equal.

    Examples
    --------
    >>> fit_line([0, 1, 2], [1, 3, 5])
    (2.0, 1.0)
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if x_arr.shape != y_arr.shape:
        raise ValueError(f"x and y differ in length: {x_arr.shape} vs {y_arr.shape}")
    dx = x_arr - x_arr.mean()
    spread = float(dx @ dx)
    if spread == 0.0:
        raise ValueError("all x are equal: the slope is undetermined")
    w = float(dx @ (y_arr - y_arr.mean())) / spread
    return w, float(y_arr.mean() - w * x_arr.mean())


def sales_with_outlier() -> tuple[float, ...]:
    """The table's sales with day ``OUTLIER_DAY`` replaced by ``OUTLIER_SALES``."""
    return tuple(OUTLIER_SALES if day == OUTLIER_DAY else y for day, y in enumerate(SALES))


def noisy_sales() -> tuple[float, ...]:
    """The table's sales plus seeded Gaussian noise, rounded to whole cups (annotation).

    Examples
    --------
    >>> len(noisy_sales()) == len(SALES)
    True
    """
    noise = np.random.default_rng(NOISE_SEED).normal(0.0, NOISE_SD, len(SALES))
    return tuple(float(v) for v in np.round(np.asarray(SALES, dtype=float) + noise))


def noisy_residuals() -> tuple[float, ...]:
    """Residuals ``y_i - ŷ_i`` of the noisy sales around their own fit."""
    y = np.asarray(noisy_sales())
    return tuple(float(r) for r in y - predict(np.asarray(TEMPERATURE, dtype=float), *fit_line(TEMPERATURE, y)))


def outlier_squared_errors() -> np.ndarray:
    """Each day's squared error on the line refitted with the outlier."""
    x, y = np.asarray(TEMPERATURE, dtype=float), np.asarray(sales_with_outlier(), dtype=float)
    return (y - predict(x, *fit_line(x, y))) ** 2


def fit_line_absolute(x: Sequence[float], y: Sequence[float]) -> tuple[float, float]:
    """Line minimising the mean absolute error (least absolute deviations).

    The loss is convex and piecewise linear, so a minimum sits on a line through two
    of the points; trying every pair finds it exactly.

    Examples
    --------
    >>> fit_line_absolute([0, 1, 2, 3], [0, 1, 2, 30])
    (1.0, 0.0)
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    best = None
    for i in range(len(x_arr)):
        for j in range(i + 1, len(x_arr)):
            if x_arr[i] == x_arr[j]:
                continue
            w = (y_arr[j] - y_arr[i]) / (x_arr[j] - x_arr[i])
            b = y_arr[i] - w * x_arr[i]
            loss = float(np.mean(np.abs(y_arr - predict(x_arr, w, b))))
            if best is None or loss < best[0] - 1e-12:
                best = (loss, float(w), float(b))
    if best is None:
        raise ValueError("all x are equal: the slope is undetermined")
    return best[1], best[2]


def huber(residual: np.ndarray, delta: float) -> np.ndarray:
    """Huber loss: ``r²/2`` for ``|r| ≤ δ``, ``δ(|r| − δ/2)`` beyond.

    Examples
    --------
    >>> huber(np.array([1.0, 10.0]), 5.0).tolist()
    [0.5, 37.5]
    """
    r = np.abs(residual)
    return np.where(r <= delta, 0.5 * r**2, delta * (r - 0.5 * delta))


def fit_line_huber(x: Sequence[float], y: Sequence[float], delta: float,
                   steps: int = 200) -> tuple[float, float]:
    """Line minimising the Huber loss, by iteratively reweighted least squares.

    Each step is a weighted least-squares fit with weight 1 for residuals within
    ``delta`` and ``delta / |r|`` beyond, starting from the absolute-error fit.

    Examples
    --------
    >>> w, b = fit_line_huber([0, 1, 2, 3], [0, 1, 2, 3], 1.0)
    >>> f"{w:.6f} {b:.6f}"
    '1.000000 0.000000'
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    w, b = fit_line_absolute(x_arr, y_arr)
    design = np.column_stack([x_arr, np.ones_like(x_arr)])
    for _ in range(steps):
        r = np.abs(y_arr - predict(x_arr, w, b))
        weight = np.where(r <= delta, 1.0, delta / np.maximum(r, 1e-300))
        w, b = (float(v) for v in np.linalg.solve(design.T @ (weight[:, None] * design), design.T @ (weight * y_arr)))
    return w, b


def gradient_descent_line(x: Sequence[float], y: Sequence[float], rate: float = 0.1,
                          steps: int = 500) -> tuple[float, float]:
    """Fit ``y = w x + b`` by gradient descent on ``L``, not by the normal equations.

    The temperature is standardised first (``z = (x - x̄) / s``), as one does
    before gradient descent: on raw temperatures around 30 the loss surface is
    a long thin valley and plain steps crawl.  The result is mapped back to
    ``w, b`` of the original units.

    Examples
    --------
    >>> w, b = gradient_descent_line([0, 1, 2], [1, 3, 5])
    >>> f"{w:.6f} {b:.6f}"
    '2.000000 1.000000'
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    centre, scale = x_arr.mean(), x_arr.std()
    z = (x_arr - centre) / scale
    slope = intercept = 0.0
    for _ in range(steps):
        residual = y_arr - (slope * z + intercept)
        slope += rate * 2 * float(np.mean(residual * z))
        intercept += rate * 2 * float(np.mean(residual))
    w = slope / scale
    return w, intercept - w * centre
