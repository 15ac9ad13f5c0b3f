"""正态分布与最小二乘: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.least_squares import SALES, TEMPERATURE, fit_line, predict
from snippets.normal_least_squares.model import SIGMA2_LARGE, SIGMA2_SMALL, normal_log_likelihood
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def plot_gaussian_errors(scheme: Scheme) -> Figure:
    """The error model: around the fitted line, each ``y_i`` has a normal density ``N(y_hat_i, σ²)``."""
    fig, ax = new_figure(scheme, (5.8, 3.8))
    x = np.asarray(TEMPERATURE, dtype=float)
    w, b = fit_line(TEMPERATURE, SALES)
    sigma = float(np.sqrt(SIGMA2_LARGE))
    xs = np.linspace(x.min() - 3, x.max() + 4, 2)
    ax.plot(xs, predict(xs, w, b), color=scheme.accent, linewidth=2, label="$\\hat{y} = wx + b$")
    offsets = np.linspace(-3.5 * sigma, 3.5 * sigma, 141)
    width = 0.7 * float(np.min(np.diff(x)))
    for xi in x:
        centre = predict(xi, w, b)
        density = np.exp(-(offsets**2) / (2 * sigma**2))
        ax.fill_betweenx(centre + offsets, xi, xi + width * density, color=scheme.third, alpha=0.35, linewidth=0)
        ax.plot(xi + width * density, centre + offsets, color=scheme.third, linewidth=1)
    ax.plot([], [], color=scheme.third, linewidth=6, alpha=0.5,
            label=f"$p(y_i \\mid x_i) = \\mathcal{{N}}(\\hat{{y}}_i, \\sigma^2)$, $\\sigma^2 = {find_claim('normal_least_squares.sigma2_large').text()}$")
    ax.plot(x, SALES, "o", color=scheme.ink, markersize=5, label="$(x_i, y_i)$")
    ax.set(xlabel="$x$", ylabel="$y$")
    ax.legend(loc="upper left", fontsize=8)
    return fig


def gaussian_errors_alt() -> Words:
    """Alt text of :func:`plot_gaussian_errors`."""
    return Words(
        zh=(f"奶茶数据与拟合直线；在每个温度处，沿竖直方向画出一条以预测值为中心、方差 σ² = "
            f"{find_claim('normal_least_squares.sigma2_large').text()} 的正态密度曲线，表示误差服从正态分布的假设。"
            "实际销量落在每条钟形曲线的正中。"),
        en=(f"The milk-tea data and the fitted line; at each temperature, a normal density curve centered on the "
            f"prediction, with variance σ² = {find_claim('normal_least_squares.sigma2_large').text()}, is drawn "
            f"vertically, showing the assumption that the errors follow a normal distribution. The actual sales "
            f"fall at the very center of each bell curve."))


def slope_profiles(sigma2_values: Sequence[float] = (SIGMA2_SMALL, SIGMA2_LARGE)) -> dict[str, np.ndarray]:
    """Sum of squares and negative log-likelihoods along ``w``, with ``b`` at its fitted value.

    Returns
    -------
    dict
        ``w`` (grid), ``squares`` (the sum of squared residuals) and, for each
        σ², ``nll_<σ²>`` (the Gaussian negative log-likelihood).
    """
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    w = np.linspace(w_fit - 0.5, w_fit + 0.5, 201)
    x, y = np.asarray(TEMPERATURE, dtype=float), np.asarray(SALES, dtype=float)
    profiles = {"w": w, "squares": np.array([np.sum((y - (wi * x + b_fit)) ** 2) for wi in w])}
    for sigma2 in sigma2_values:
        profiles[f"nll_{sigma2:g}"] = np.array([-normal_log_likelihood(x, y, wi, b_fit, sigma2) for wi in w])
    return profiles


def plot_likelihood_and_squares(scheme: Scheme) -> Figure:
    """Left: the sum of squares along ``w``.  Right: the negative log-likelihood for two σ²: same minimiser."""
    fig, (left, right) = new_figure(scheme, (7.2, 3.3), panels=2, sharex=True)
    profiles = slope_profiles()
    w_fit = find_claim("least_squares.fitted_slope").text()
    left.plot(profiles["w"], profiles["squares"], color=scheme.accent, linewidth=2)
    left.set(xlabel="$w$", title="$\\sum_i (y_i - \\hat{y}_i)^2$")
    for sigma2, colour, style in ((SIGMA2_SMALL, scheme.second, "-"), (SIGMA2_LARGE, scheme.third, "--")):
        right.plot(profiles["w"], profiles[f"nll_{sigma2:g}"], style, color=colour, linewidth=2,
                   label=f"$\\sigma^2 = {sigma2:g}$")
    right.set(xlabel="$w$", title="$-\\log L(\\theta)$", yscale="log")
    right.legend(loc="center right", fontsize=8)
    for ax in (left, right):
        ax.axvline(float(w_fit), color=scheme.muted, linestyle=":", linewidth=1.2)
        ax.annotate(f"$w = {w_fit}$", (float(w_fit), 1), xycoords=("data", "axes fraction"), xytext=(4, -14),
                    textcoords="offset points", color=scheme.muted, fontsize=9)
    return fig


def likelihood_and_squares_alt() -> Words:
    """Alt text of :func:`plot_likelihood_and_squares`."""
    return Words(
        zh=(f"图 (a)：平方误差之和随斜率 w 变化，是一条抛物线，最低点在 w = {find_claim('least_squares.fitted_slope').text()}。"
            f"图 (b)：σ² = {find_claim('normal_least_squares.sigma2_small').text()} 与 σ² = "
            f"{find_claim('normal_least_squares.sigma2_large').text()} 时的负对数似然，高低和陡缓不同，最低点同样在 "
            f"w = {find_claim('least_squares.fitted_slope').text()}。"),
        en=(f"Panel (a): the sum of squared errors as the slope w varies, a parabola with its lowest point at "
            f"w = {find_claim('least_squares.fitted_slope').text()}. Panel (b): the negative log-likelihood for "
            f"σ² = {find_claim('normal_least_squares.sigma2_small').text()} and for σ² = "
            f"{find_claim('normal_least_squares.sigma2_large').text()}; the curves differ in height and steepness, "
            f"but their lowest point is likewise at w = {find_claim('least_squares.fitted_slope').text()}."))


FIGURES = (
    FigureSpec("gaussian_errors", plot_gaussian_errors, gaussian_errors_alt),
    FigureSpec("likelihood_and_squares", plot_likelihood_and_squares, likelihood_and_squares_alt),
)
