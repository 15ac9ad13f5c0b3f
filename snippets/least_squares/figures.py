"""最小二乘法: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.least_squares.claims import day_count
from snippets.least_squares.model import (
    HUBER_DELTA, OUTLIER_DAY, OUTLIER_SALES, SALES, TEMPERATURE, fit_line, fit_line_absolute,
    fit_line_huber, noisy_sales, predict, sales_with_outlier,
)
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def loss_surface(w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``L(w, b)`` of the table on a grid: ``w`` and ``b`` broadcast against each other.

    Examples
    --------
    >>> loss_surface(np.array([2.0]), np.array([11.0]))
    array([1.])
    """
    x = np.asarray(TEMPERATURE, dtype=float)
    y = np.asarray(SALES, dtype=float)
    w, b = np.asarray(w, dtype=float)[..., None], np.asarray(b, dtype=float)[..., None]
    return np.mean((y - (w * x + b)) ** 2, axis=-1)


def plot_fit_and_outlier(scheme: Scheme) -> Figure:
    """Left: the data, the fitted line and its residuals.  Right: the same with the outlier."""
    fig, axes = new_figure(scheme, (7.2, 3.3), panels=2)
    x = np.asarray(TEMPERATURE, dtype=float)
    xs = np.linspace(x.min() - 2, x.max() + 2, 2)
    claims = {"slope": "least_squares.fitted_slope", "intercept": "least_squares.fitted_intercept"}
    outlier_claims = {"slope": "least_squares.outlier_slope", "intercept": "least_squares.outlier_intercept"}
    for ax, sales, names in ((axes[0], SALES, claims), (axes[1], sales_with_outlier(), outlier_claims)):
        y = np.asarray(sales, dtype=float)
        w, b = fit_line(x, y)
        ax.vlines(x, y, predict(x, w, b), color=scheme.second, linewidth=1.5, label="$y_i - \\hat{y}_i$")
        ax.plot(xs, predict(xs, w, b), color=scheme.accent, linewidth=2,
                label=f"$\\hat{{y}} = {find_claim(names['slope']).text()}x "
                      f"{'+' if b >= 0 else '-'} {find_claim(names['intercept']).text().lstrip('-')}$")
        ax.plot(x, y, "o", color=scheme.ink, markersize=5, label="$(x_i, y_i)$")
        ax.set(xlabel="$x$ (°C)", ylabel="$y$")
        ax.legend(loc="upper left", fontsize=8)
    axes[0].set_title(f"$y_{{{OUTLIER_DAY + 1}}} = {SALES[OUTLIER_DAY]:g}$", fontsize=10)
    axes[1].set_title(f"$y_{{{OUTLIER_DAY + 1}}} = {OUTLIER_SALES}$", fontsize=10)
    return fig


def fit_and_outlier_alt() -> Words:
    """Alt text of :func:`plot_fit_and_outlier`."""
    return Words(
        zh=(f"图 (a)：奶茶数据的{day_count()}个点都落在拟合直线 ŷ = {find_claim('least_squares.fitted_slope').text()}x + "
            f"{find_claim('least_squares.fitted_intercept').text()} 上，残差为零。图 (b)：最后一天的销量改成 {OUTLIER_SALES} 后，"
            f"最小二乘直线变成 ŷ = {find_claim('least_squares.outlier_slope').text()}x − "
            f"{find_claim('least_squares.outlier_intercept').text().lstrip('-')}，其余四个点中有 "
            f"{find_claim('least_squares.other_days_pulled_away').text()} 个的残差变得很大。"),
        en=(f"Panel (a): all {day_count()} points of the milk-tea data lie on the fitted line "
            f"ŷ = {find_claim('least_squares.fitted_slope').text()}x + "
            f"{find_claim('least_squares.fitted_intercept').text()}, with zero residuals. Panel (b): with the last "
            f"day's sales changed to {OUTLIER_SALES}, the least-squares line becomes "
            f"ŷ = {find_claim('least_squares.outlier_slope').text()}x − "
            f"{find_claim('least_squares.outlier_intercept').text().lstrip('-')}, and "
            f"{find_claim('least_squares.other_days_pulled_away').text()} of the other four points now have "
            f"large residuals."))


def plot_loss_contours(scheme: Scheme) -> Figure:
    """Contours of ``L(w, b)`` with the minimum marked at the fitted ``(w, b)``."""
    fig, ax = new_figure(scheme, (5.6, 3.8))
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    w = np.linspace(w_fit - 1.0, w_fit + 1.0, 201)
    b = np.linspace(b_fit - 30.0, b_fit + 30.0, 201)
    loss = loss_surface(w[None, :], b[:, None])
    levels = np.geomspace(1, loss.max(), 9)
    contours = ax.contour(w, b, loss, levels=levels, colors=scheme.muted, linewidths=0.9)
    ax.clabel(contours, fmt=lambda v: f"{v:.0f}", fontsize=8, colors=scheme.muted)
    ax.plot([w_fit], [b_fit], "*", color=scheme.second, markersize=13)
    ax.annotate(f"$\\min\\ L = {find_claim('least_squares.loss_at_fit').text()}$\n"
                f"$(w, b) = ({find_claim('least_squares.fitted_slope').text()}, "
                f"{find_claim('least_squares.fitted_intercept').text()})$",
                (w_fit, b_fit), xytext=(14, -34), textcoords="offset points", color=scheme.ink, fontsize=9,
                bbox={"boxstyle": "round,pad=0.3", "facecolor": scheme.background, "edgecolor": scheme.muted})
    ax.set(xlabel="$w$", ylabel="$b$", title="$L(w, b)$")
    return fig


def loss_contours_alt() -> Words:
    """Alt text of :func:`plot_loss_contours`."""
    return Words(
        zh=(f"损失 L(w, b) 的等高线图：等高线是一组细长的椭圆，共同的中心即最小点 "
            f"w = {find_claim('least_squares.fitted_slope').text()}、b = {find_claim('least_squares.fitted_intercept').text()}，"
            f"该处 L = {find_claim('least_squares.loss_at_fit').text()}。椭圆沿左上到右下的方向拉长：w 增大而 b 相应减小时，损失变化很慢。"),
        en=(f"Contour plot of the loss L(w, b): the contours are a family of long, narrow ellipses whose common "
            f"center is the minimum, w = {find_claim('least_squares.fitted_slope').text()}, "
            f"b = {find_claim('least_squares.fitted_intercept').text()}, where "
            f"L = {find_claim('least_squares.loss_at_fit').text()}. The ellipses are stretched from upper left to "
            f"lower right: when w increases and b decreases to match, the loss changes very slowly."))


def plot_noise_and_robust_fits(scheme: Scheme) -> Figure:
    """Left: noisy sales, their fit and residuals.  Right: the outlier under three losses."""
    fig, (left, right) = new_figure(scheme, (7.2, 3.3), panels=2)
    x = np.asarray(TEMPERATURE, dtype=float)
    xs = np.linspace(x.min() - 2, x.max() + 2, 2)
    y = np.asarray(noisy_sales())
    w, b = fit_line(x, y)
    left.vlines(x, y, predict(x, w, b), color=scheme.second, linewidth=1.5, label="$y_i - \\hat{y}_i$")
    left.plot(xs, predict(xs, w, b), color=scheme.accent, linewidth=2,
              label=f"$\\hat{{y}} = {find_claim('least_squares.noisy_slope').text()}x + "
                    f"{find_claim('least_squares.noisy_intercept').text()}$")
    left.plot(x, y, "o", color=scheme.ink, markersize=5, label="$(x_i, y_i)$")
    left.set(xlabel="$x$ (°C)", ylabel="$y$", title=f"$L = {find_claim('least_squares.noisy_loss').text()}$")
    left.legend(loc="upper left", fontsize=8)
    y_out = np.asarray(sales_with_outlier(), dtype=float)
    lines = (("$(y - \\hat{y})^2$", fit_line(x, y_out), scheme.accent, "-"),
             ("$|y - \\hat{y}|$", fit_line_absolute(x, y_out), scheme.third, "--"),
             (f"$\\mathrm{{Huber}},\\ \\delta = {HUBER_DELTA:g}$", fit_line_huber(x, y_out, HUBER_DELTA), scheme.second, ":"))
    for label, (w_line, b_line), colour, style in lines:
        right.plot(xs, predict(xs, w_line, b_line), style, color=colour, linewidth=2, label=label)
    right.plot(x, y_out, "o", color=scheme.ink, markersize=5)
    right.set(xlabel="$x$ (°C)", ylabel="$y$", ylim=(-150, 1100),
              title=f"$y_{{{OUTLIER_DAY + 1}}} = {OUTLIER_SALES}$")
    right.legend(loc="upper left", fontsize=8)
    return fig


def noise_and_robust_fits_alt() -> Words:
    """Alt text of :func:`plot_noise_and_robust_fits`."""
    claim = lambda name: find_claim(f"least_squares.{name}").text()  # noqa: E731
    return Words(
        zh=(f"图 (a)：加了噪声的五天销量和它们的最小二乘直线 ŷ = {claim('noisy_slope')}x + {claim('noisy_intercept')}，"
            f"竖线是残差，损失 L = {claim('noisy_loss')}。图 (b)：最后一天销量为 {OUTLIER_SALES} 时的三条直线："
            f"平方误差的直线被拉成 ŷ = {claim('outlier_slope')}x − {claim('outlier_intercept').lstrip('-')}，"
            f"绝对误差的直线仍是 ŷ = {claim('absolute_slope')}x + {claim('absolute_intercept')}，"
            f"Huber 损失的直线是 ŷ = {claim('huber_slope')}x − {claim('huber_intercept').lstrip('-')}，后两条都贴着另外四天的点。"),
        en=(f"Panel (a): five days of sales with noise added, and their least-squares line "
            f"ŷ = {claim('noisy_slope')}x + {claim('noisy_intercept')}; the vertical segments are the residuals, "
            f"and the loss is L = {claim('noisy_loss')}. Panel (b): three lines when the last day's sales are "
            f"{OUTLIER_SALES}: the squared-error line is pulled to "
            f"ŷ = {claim('outlier_slope')}x − {claim('outlier_intercept').lstrip('-')}, the absolute-error line is "
            f"still ŷ = {claim('absolute_slope')}x + {claim('absolute_intercept')}, and the Huber-loss line is "
            f"ŷ = {claim('huber_slope')}x − {claim('huber_intercept').lstrip('-')}; the last two both stay close to "
            f"the other four days' points."))


FIGURES = (
    FigureSpec("fit_and_outlier", plot_fit_and_outlier, fit_and_outlier_alt),
    FigureSpec("noise_and_robust_fits", plot_noise_and_robust_fits, noise_and_robust_fits_alt),
    FigureSpec("loss_contours", plot_loss_contours, loss_contours_alt),
)
