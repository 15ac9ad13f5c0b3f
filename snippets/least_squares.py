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
from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import Claim, Table, find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.verification import Verification, latex, scientific

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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


def day_count() -> int:
    """Number of days in the table, the ``n = 5`` of ``L``."""
    return len(TEMPERATURE)


def first_day_temperature() -> float:
    """``x_1``, the first day's temperature."""
    return TEMPERATURE[0]


def first_day_sales() -> float:
    """``y_1``, the first day's sales."""
    return SALES[0]


def first_day_prediction() -> float:
    """``y_hat_1 = w x_1 + b`` with the article's trial ``w, b``."""
    return predict(first_day_temperature(), TRIAL_W, TRIAL_B)


def first_day_squared_error() -> float:
    """``(y_1 - y_hat_1)^2`` with the article's trial ``w, b``."""
    return squared_error(first_day_sales(), first_day_prediction())


def fitted_slope() -> float:
    """``w`` of the least-squares fit of the table."""
    return fit_line(TEMPERATURE, SALES)[0]


def fitted_intercept() -> float:
    """``b`` of the least-squares fit of the table."""
    return fit_line(TEMPERATURE, SALES)[1]


def loss_at_fit() -> float:
    """``L`` at the fitted line: the data lie exactly on it, so 0."""
    return mean_squared_error(TEMPERATURE, SALES, *fit_line(TEMPERATURE, SALES))


def sales_with_outlier() -> tuple[float, ...]:
    """The table's sales with day ``OUTLIER_DAY`` replaced by ``OUTLIER_SALES``."""
    return tuple(OUTLIER_SALES if day == OUTLIER_DAY else y for day, y in enumerate(SALES))


def outlier_slope() -> float:
    """``w`` of the least-squares fit once one day's sales are the outlier."""
    return fit_line(TEMPERATURE, sales_with_outlier())[0]


def outlier_intercept() -> float:
    """``b`` of the least-squares fit once one day's sales are the outlier."""
    return fit_line(TEMPERATURE, sales_with_outlier())[1]


def noisy_sales() -> tuple[float, ...]:
    """The table's sales plus seeded Gaussian noise, rounded to whole cups (annotation).

    Examples
    --------
    >>> len(noisy_sales()) == len(SALES)
    True
    """
    noise = np.random.default_rng(NOISE_SEED).normal(0.0, NOISE_SD, len(SALES))
    return tuple(float(v) for v in np.round(np.asarray(SALES, dtype=float) + noise))


def noisy_slope() -> float:
    """``w`` of the least-squares fit of the noisy sales."""
    return fit_line(TEMPERATURE, noisy_sales())[0]


def noisy_intercept() -> float:
    """``b`` of the least-squares fit of the noisy sales."""
    return fit_line(TEMPERATURE, noisy_sales())[1]


def noisy_residuals() -> tuple[float, ...]:
    """Residuals ``y_i - ŷ_i`` of the noisy sales around their own fit."""
    y = np.asarray(noisy_sales())
    return tuple(float(r) for r in y - predict(np.asarray(TEMPERATURE, dtype=float), *fit_line(TEMPERATURE, y)))


def noisy_largest_residual() -> float:
    """The noisy day farthest from the fitted line: its residual."""
    return max(noisy_residuals(), key=abs)


def noisy_loss() -> float:
    """``L`` at the fit of the noisy sales: the mean squared residual, no longer 0."""
    return mean_squared_error(TEMPERATURE, noisy_sales(), *fit_line(TEMPERATURE, noisy_sales()))


def noisy_table() -> tuple[list[str], list[list[str]]]:
    """Annotation: the noisy sales, the fitted values and the residuals, one row a day."""
    w, b = fit_line(TEMPERATURE, noisy_sales())
    rows = [[f"{x:g}", f"{y:g}", f"{predict(x, w, b):.1f}", f"{r:+.1f}".replace("-", "\u2212")]  # a real minus, as claims show it
            for x, y, r in zip(TEMPERATURE, noisy_sales(), noisy_residuals(), strict=True)]
    return ["温度 $x$", "销量 $y$", "拟合 $\\hat{y}$", "残差"], rows


def outlier_loss() -> float:
    """``L`` of the least-squares line fitted with the outlier."""
    return mean_squared_error(TEMPERATURE, sales_with_outlier(), *fit_line(TEMPERATURE, sales_with_outlier()))


def outlier_squared_errors() -> np.ndarray:
    """Each day's squared error on the line refitted with the outlier."""
    x, y = np.asarray(TEMPERATURE, dtype=float), np.asarray(sales_with_outlier(), dtype=float)
    return (y - predict(x, *fit_line(x, y))) ** 2


def outlier_day_squared_error() -> float:
    """The outlier day's own squared error on the refitted line."""
    return float(outlier_squared_errors()[OUTLIER_DAY])


def other_days_squared_error() -> float:
    """The other four days' squared errors, summed, on the refitted line: 0 before the outlier."""
    return float(np.sum(np.delete(outlier_squared_errors(), OUTLIER_DAY)))


def other_days_pulled_away() -> int:
    """How many of the other four days the refitted line no longer passes through (one still lies on it)."""
    return int(np.count_nonzero(np.delete(outlier_squared_errors(), OUTLIER_DAY) > 1e-9))


def outlier_share_percent() -> float:
    """The outlier's share of the refitted line's sum of squares, in per cent: less than half."""
    return 100 * outlier_day_squared_error() / float(np.sum(outlier_squared_errors()))


def outlier_squared_error_on_old_line() -> float:
    """The outlier day's squared error on the old line ``ŷ = 2x + 10``, before refitting."""
    w, b = fit_line(TEMPERATURE, SALES)
    return float(squared_error(OUTLIER_SALES, predict(TEMPERATURE[OUTLIER_DAY], w, b)))


def other_days_squared_error_on_old_line() -> float:
    """The other four days' squared errors, summed, on the old line: they lie on it, so 0."""
    w, b = fit_line(TEMPERATURE, SALES)
    return float(sum(squared_error(y, predict(x, w, b))
                     for day, (x, y) in enumerate(zip(TEMPERATURE, SALES, strict=True)) if day != OUTLIER_DAY))


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


def absolute_slope() -> float:
    """``w`` of the absolute-error fit of the data with the outlier."""
    return fit_line_absolute(TEMPERATURE, sales_with_outlier())[0]


def absolute_intercept() -> float:
    """``b`` of the absolute-error fit of the data with the outlier."""
    return fit_line_absolute(TEMPERATURE, sales_with_outlier())[1]


def huber_slope() -> float:
    """``w`` of the Huber fit (δ = ``HUBER_DELTA``) of the data with the outlier."""
    return fit_line_huber(TEMPERATURE, sales_with_outlier(), HUBER_DELTA)[0]


def huber_intercept() -> float:
    """``b`` of the Huber fit (δ = ``HUBER_DELTA``) of the data with the outlier."""
    return fit_line_huber(TEMPERATURE, sales_with_outlier(), HUBER_DELTA)[1]


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


def fit_and_outlier_alt() -> str:
    """Alt text of :func:`plot_fit_and_outlier`."""
    return (f"图 (a)：奶茶数据的{day_count()}个点都落在拟合直线 ŷ = {find_claim('least_squares.fitted_slope').text()}x + "
            f"{find_claim('least_squares.fitted_intercept').text()} 上，残差为零。图 (b)：最后一天的销量改成 {OUTLIER_SALES} 后，"
            f"最小二乘直线变成 ŷ = {find_claim('least_squares.outlier_slope').text()}x − "
            f"{find_claim('least_squares.outlier_intercept').text().lstrip('-')}，其余四个点中有 "
            f"{find_claim('least_squares.other_days_pulled_away').text()} 个的残差变得很大。")


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


def loss_contours_alt() -> str:
    """Alt text of :func:`plot_loss_contours`."""
    return (f"损失 L(w, b) 的等高线图：等高线是一组细长的椭圆，共同的中心即最小点 "
            f"w = {find_claim('least_squares.fitted_slope').text()}、b = {find_claim('least_squares.fitted_intercept').text()}，"
            f"该处 L = {find_claim('least_squares.loss_at_fit').text()}。椭圆沿左上到右下的方向拉长：w 增大而 b 相应减小时，损失变化很慢。")


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


def noise_and_robust_fits_alt() -> str:
    """Alt text of :func:`plot_noise_and_robust_fits`."""
    claim = lambda name: find_claim(f"least_squares.{name}").text()  # noqa: E731
    return (f"图 (a)：加了噪声的五天销量和它们的最小二乘直线 ŷ = {claim('noisy_slope')}x + {claim('noisy_intercept')}，"
            f"竖线是残差，损失 L = {claim('noisy_loss')}。图 (b)：最后一天销量为 {OUTLIER_SALES} 时的三条直线："
            f"平方误差的直线被拉成 ŷ = {claim('outlier_slope')}x − {claim('outlier_intercept').lstrip('-')}，"
            f"绝对误差的直线仍是 ŷ = {claim('absolute_slope')}x + {claim('absolute_intercept')}，"
            f"Huber 损失的直线是 ŷ = {claim('huber_slope')}x − {claim('huber_intercept').lstrip('-')}，后两条都贴着另外四天的点。")


FIGURES = (
    FigureSpec("fit_and_outlier", plot_fit_and_outlier, fit_and_outlier_alt),
    FigureSpec("noise_and_robust_fits", plot_noise_and_robust_fits, noise_and_robust_fits_alt),
    FigureSpec("loss_contours", plot_loss_contours, loss_contours_alt),
)


def verify_normal_equations() -> Verification:
    """§1.3: setting ∂L/∂w = ∂L/∂b = 0 on the table gives the fit exactly, and it is a minimum."""
    import sympy as sp

    w, b = sp.symbols("w b", real=True)
    x = [sp.Rational(v) for v in TEMPERATURE]
    y = [sp.Rational(v) for v in SALES]
    loss = sp.Rational(1, len(x)) * sp.Add(*[(yi - (w * xi + b)) ** 2 for xi, yi in zip(x, y, strict=True)])
    d_w, d_b = sp.expand(sp.diff(loss, w)), sp.expand(sp.diff(loss, b))
    solutions = sp.solve([d_w, d_b], [w, b], dict=True)
    hessian = sp.hessian(loss, (w, b))
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    unique = len(solutions) == 1
    w_exact, b_exact = (solutions[0][w], solutions[0][b]) if unique else (sp.nan, sp.nan)
    passed = (
        unique
        and w_exact.is_rational and b_exact.is_rational
        and abs(float(w_exact) - w_fit) < 1e-9 and abs(float(b_exact) - b_fit) < 1e-9
        and bool(hessian.is_positive_definite)
        and loss.subs({w: w_exact, b: b_exact}) == 0
    )
    return Verification(
        "令 ∂L/∂w = ∂L/∂b = 0，用有理数精确求解奶茶数据，得到唯一解，且是最小点",
        passed,
        (
            latex(r"\frac{\partial L}{\partial w}", d_w), latex(r"\frac{\partial L}{\partial b}", d_b),
            latex(r"(w, b)", f"({sp.latex(w_exact)}, {sp.latex(b_exact)})"),
            latex(r"\nabla^2 L", hessian) + r" \succ 0",
            latex(r"L(w, b)", loss.subs({w: w_exact, b: b_exact})),
        ),
    )


def verify_unbiased_without_normality() -> Verification:
    """§1.3 annotation: the least-squares fit is unbiased for any zero-mean errors, normal or not."""
    import sympy as sp

    w, b = sp.symbols("w b", real=True)
    errors = sp.symbols(f"epsilon_1:{len(TEMPERATURE) + 1}", real=True)
    x = [sp.Rational(v) for v in TEMPERATURE]
    y = [w * xi + b + e for xi, e in zip(x, errors, strict=True)]
    x_bar, y_bar = sum(x) / len(x), sum(y) / len(y)
    w_hat = sum((xi - x_bar) * (yi - y_bar) for xi, yi in zip(x, y, strict=True)) / sum((xi - x_bar) ** 2 for xi in x)
    b_hat = y_bar - w_hat * x_bar
    w_error, b_error = sp.expand(w_hat - w), sp.expand(b_hat - b)
    at_zero_errors = {e: 0 for e in errors}

    def linear_in_errors(expr: sp.Expr) -> bool:
        polynomial = sp.Poly(expr, *errors)
        return polynomial.total_degree() == 1 and not expr.free_symbols & {w, b} and expr.subs(at_zero_errors) == 0

    return Verification(
        "把 y_i = wx_i + b + ε_i 代入正规方程的解：ŵ − w 与 b̂ − b 只是误差 ε_i 的线性组合，没有常数项；"
        "所以只要 E[ε_i] = 0，不论 ε_i 服从什么分布，E[ŵ] = w、E[b̂] = b",
        linear_in_errors(w_error) and linear_in_errors(b_error),
        (latex(r"\hat{w} - w", w_error), latex(r"\hat{b} - b", b_error),
         latex(r"E[\hat{w}] - w", w_error.subs(at_zero_errors)) + r" \quad (E[\epsilon_i] = 0)"),
    )


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


def descent_slope() -> float:
    """``w`` reached by gradient descent on the 奶茶 data."""
    return gradient_descent_line(TEMPERATURE, SALES)[0]


def descent_intercept() -> float:
    """``b`` reached by gradient descent on the 奶茶 data."""
    return gradient_descent_line(TEMPERATURE, SALES)[1]


def verify_gradient_descent_reaches_the_fit() -> Verification:
    """Numerical cross-check: gradient descent lands on the closed-form fit."""
    w_gd, b_gd = gradient_descent_line(TEMPERATURE, SALES)
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    gap = max(abs(w_gd - w_fit), abs(b_gd - b_fit))
    return Verification(
        "梯度下降（不用解析解）从 w = b = 0 出发，落到与正规方程相同的 w、b",
        gap < 1e-6,
        (latex("(w, b)_{\\text{GD}}", f"({w_gd:.6f}, {b_gd:.6f})"),
         latex("(w, b)_{\\text{解析}}", f"({w_fit:.6f}, {b_fit:.6f})"),
         latex(r"\max |\Delta|", scientific(gap))),
    )


CHECKS = (verify_normal_equations, verify_unbiased_without_normality, verify_gradient_descent_reaches_the_fit)


def sales_table() -> tuple[list[str], list[list[str]]]:
    """The article's table (§1.2), one row a day."""
    rows = [[f"{x:g}", f"{y:g}"] for x, y in zip(TEMPERATURE, SALES, strict=True)]
    return ["温度 ($x$)", "销量 ($y$)"], rows


TABLES = (Table("sales_table", sales_table, section="§1.2"),
          Table("noisy_table", noisy_table, section="§1.3"))

CLAIMS = (
    Claim("day_count", day_count, 0, "§1.2", "收集数据的天数 n", article="5", input=True),
    Claim("first_day_temperature", first_day_temperature, 0, "§1.2", "第一天温度 x₁", article="20", input=True),
    Claim("first_day_sales", first_day_sales, 0, "§1.2", "第一天实际销量 y₁", article="50", input=True),
    Claim("trial_w", "TRIAL_W", 0, "§1.2", "例子中试用的斜率 w", article="2"),
    Claim("trial_b", "TRIAL_B", 0, "§1.2", "例子中试用的截距 b", article="10"),
    Claim("first_day_prediction", first_day_prediction, 0, "§1.2", "第一天预测销量 ŷ₁ = 2×20+10", article="50"),
    Claim("first_day_squared_error", first_day_squared_error, 0, "§1.2", "第一天误差 (y₁ − ŷ₁)²", article="0"),
    Claim("fitted_slope", fitted_slope, 0, "§1.3", "最小二乘解 w", article="2"),
    Claim("fitted_intercept", fitted_intercept, 0, "§1.3", "最小二乘解 b", article="10"),
    Claim("loss_at_fit", loss_at_fit, 0, "§1.3", "最优解处的损失 L", origin="annotation"),
    Claim("outlier_sales", "OUTLIER_SALES", 0, "§1.4", "异常值：某天销量变成", article="1000"),
    Claim("descent_slope", descent_slope, 3, "§1.3", "梯度下降得到的 w", origin="annotation"),
    Claim("descent_intercept", descent_intercept, 3, "§1.3", "梯度下降得到的 b", origin="annotation"),
    Claim("outlier_slope", outlier_slope, 1, "§1.4", "最后一天销量变成 1000 后拟合的 w", origin="annotation"),
    Claim("outlier_intercept", outlier_intercept, 0, "§1.4", "最后一天销量变成 1000 后拟合的 b", origin="annotation"),
    Claim("noise_sd", "NOISE_SD", 0, "§1.3", "核对用的噪声标准差（杯）", origin="annotation"),
    Claim("noise_seed", "NOISE_SEED", 0, "§1.3", "核对用的随机数种子", origin="annotation"),
    Claim("noisy_slope", noisy_slope, 2, "§1.3", "带噪声销量的最小二乘 w", origin="annotation"),
    Claim("noisy_intercept", noisy_intercept, 1, "§1.3", "带噪声销量的最小二乘 b", origin="annotation"),
    Claim("noisy_loss", noisy_loss, 2, "§1.3", "带噪声销量在最优处的损失 L", origin="annotation"),
    Claim("noisy_largest_residual", noisy_largest_residual, 1, "§1.3",
          "带噪声销量绝对值最大的残差", origin="annotation"),
    Claim("outlier_loss", outlier_loss, 0, "§1.4", "含异常值时最小二乘直线的损失 L", origin="annotation"),
    Claim("outlier_squared_error_on_old_line", outlier_squared_error_on_old_line, 0, "§1.4",
          "异常值那天在原直线 ŷ = 2x + 10 上的平方误差", origin="annotation"),
    Claim("other_days_squared_error_on_old_line", other_days_squared_error_on_old_line, 0, "§1.4",
          "其余四天在原直线上的平方误差之和", origin="annotation"),
    Claim("outlier_day_squared_error", outlier_day_squared_error, 0, "§1.4",
          "异常值那天在重新拟合的直线上的平方误差", origin="annotation"),
    Claim("other_days_squared_error", other_days_squared_error, 0, "§1.4",
          "其余四天在重新拟合的直线上的平方误差之和", origin="annotation"),
    Claim("other_days_pulled_away", other_days_pulled_away, 0, "§1.4",
          "其余四天中，重新拟合后误差不再为零的天数", origin="annotation"),
    Claim("outlier_share_percent", outlier_share_percent, 0, "§1.4",
          "异常值那天占重新拟合后平方误差总和的百分比", origin="annotation"),
    Claim("absolute_slope", absolute_slope, 0, "§1.4", "含异常值时绝对误差拟合的 w", origin="annotation"),
    Claim("absolute_intercept", absolute_intercept, 0, "§1.4", "含异常值时绝对误差拟合的 b", origin="annotation"),
    Claim("huber_delta", "HUBER_DELTA", 0, "§1.4", "Huber 损失的阈值 δ（杯）", origin="annotation"),
    Claim("huber_slope", huber_slope, 1, "§1.4", "含异常值时 Huber 拟合的 w", origin="annotation"),
    Claim("huber_intercept", huber_intercept, 1, "§1.4", "含异常值时 Huber 拟合的 b", origin="annotation"),
)
