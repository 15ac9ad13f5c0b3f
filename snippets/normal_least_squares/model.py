"""正态分布与最小二乘 (article part two, §1): Gaussian errors give least squares.

If ``y_i = y_hat_i + ε_i`` with ``ε_i ~ N(0, σ²)``, the log-likelihood is
``-(n/2) log(2πσ²) - Σ (y_i - y_hat_i)² / (2σ²)``: for any fixed σ² it is a
decreasing function of the sum of squares, so its maximiser is the
least-squares line.  This module maximises the Gaussian log-likelihood of the
奶茶 data by plain gradient ascent, with no least-squares formula, and the
result must be the line of :func:`snippets.least_squares.fit_line`.

Examples
--------
>>> w, b = maximise_normal_likelihood(TEMPERATURE, SALES, sigma2=1.0)
>>> f"{w:.6f} {b:.6f}"
'2.000000 10.000000'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from snippets.least_squares import SALES, TEMPERATURE


#: Two noise variances σ² to show that σ² does not move the maximiser.
#: Our choice; the article keeps σ² symbolic ("固定的方差").
SIGMA2_SMALL = 1.0
SIGMA2_LARGE = 25.0


def normal_log_likelihood(
    x: Sequence[float], y: Sequence[float], w: float, b: float, sigma2: float
) -> float:
    """``log L = Σ [-½ log(2πσ²) - (y_i - (w x_i + b))² / (2σ²)]``.

    Raises
    ------
    ValueError
        If ``sigma2`` is not positive.

    Examples
    --------
    >>> f"{normal_log_likelihood([0.0], [0.0], 1.0, 0.0, 1.0):.4f}"
    '-0.9189'
    """
    if sigma2 <= 0:
        raise ValueError(f"sigma2 must be positive, got {sigma2}")
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    residual = y_arr - (w * x_arr + b)
    return float(np.sum(-0.5 * np.log(2 * np.pi * sigma2) - residual**2 / (2 * sigma2)))


def maximise_normal_likelihood(
    x: Sequence[float], y: Sequence[float], sigma2: float, tolerance: float = 1e-12
) -> tuple[float, float]:
    """Maximise :func:`normal_log_likelihood` over ``(w, b)`` by gradient ascent.

    The line is written ``w (x - x̄) + c`` so the two coordinates do not
    interact; each step moves half-way to the top along each, with step
    sizes from the curvature ``Σ(x - x̄)²/σ²`` and ``n/σ²``.

    Returns
    -------
    (w, b) : tuple of float
        Slope and intercept of the maximiser.

    Raises
    ------
    ValueError
        If ``sigma2`` is not positive or all ``x`` are equal.
    """
    if sigma2 <= 0:
        raise ValueError(f"sigma2 must be positive, got {sigma2}")
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    dx = x_arr - x_arr.mean()
    curvature_w, curvature_c = float(dx @ dx) / sigma2, len(x_arr) / sigma2
    if curvature_w == 0.0:
        raise ValueError("all x are equal: the slope is undetermined")
    w = c = 0.0
    for _ in range(10_000):
        residual = y_arr - (w * dx + c)
        grad_w, grad_c = float(residual @ dx) / sigma2, float(residual.sum()) / sigma2
        w += 0.5 * grad_w / curvature_w
        c += 0.5 * grad_c / curvature_c
        if abs(grad_w) / curvature_w < tolerance and abs(grad_c) / curvature_c < tolerance:
            break
    return w, c - w * float(x_arr.mean())


def maximise_over_variance(x: Sequence[float], y: Sequence[float], w: float, b: float) -> float:
    """The σ² that maximises :func:`normal_log_likelihood` for a fixed line, by golden-section search.

    Searches ``log σ²`` (the likelihood is unimodal in it) and does not use the
    closed form; returns 0 when every residual is 0 (the likelihood then grows
    without bound as σ² → 0).

    Examples
    --------
    >>> f"{maximise_over_variance([0, 1], [1, -1], 0.0, 0.0):.6f}"
    '1.000000'
    """
    x_arr, y_arr = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    if np.allclose(y_arr, w * x_arr + b, rtol=0.0, atol=1e-12):
        return 0.0
    low, high = np.log(1e-8), np.log(1e8)
    golden = (np.sqrt(5) - 1) / 2
    while high - low > 1e-12:
        left, right = high - golden * (high - low), low + golden * (high - low)
        if normal_log_likelihood(x_arr, y_arr, w, b, np.exp(left)) < normal_log_likelihood(x_arr, y_arr, w, b,
                                                                                              np.exp(right)):
            low = left
        else:
            high = right
    return float(np.exp((low + high) / 2))
