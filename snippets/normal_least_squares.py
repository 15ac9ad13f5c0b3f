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
from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import Claim, find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.least_squares import SALES, TEMPERATURE, fit_line, noisy_sales, predict
from snippets.verification import Verification, latex, same

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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


def noisy_variance_estimate() -> float:
    """σ̂² for the noisy sales of least_squares, found by searching the likelihood."""
    return maximise_over_variance(TEMPERATURE, noisy_sales(), *fit_line(TEMPERATURE, noisy_sales()))


def noisy_unbiased_variance_estimate() -> float:
    """The unbiased estimate of σ² for the noisy sales: the sum of squares over ``n - 2``, not ``n``.

    The maximum-likelihood σ̂² divides by ``n`` and is biased low, because the
    fitted line has already spent two parameters pulling the residuals in.
    """
    y = np.asarray(noisy_sales())
    x = np.asarray(TEMPERATURE, dtype=float)
    residuals = y - predict(x, *fit_line(x, y))
    return float(residuals @ residuals / (len(y) - 2))  # two parameters fitted: w and b


def exact_variance_estimate() -> float:
    """σ̂² for the article's table, whose points lie on the line: 0, a degenerate "maximum"."""
    return maximise_over_variance(TEMPERATURE, SALES, *fit_line(TEMPERATURE, SALES))


def _symbolic_regression(n: int):
    """Symbols for ``n`` data points of any value, a line and σ > 0; the residual sum of squares."""
    import sympy as sp

    x = sp.symbols(f"x_1:{n + 1}", real=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    w, b = sp.symbols("w b", real=True)
    sigma = sp.symbols("sigma", positive=True)
    squares = sp.Add(*[(yi - (w * xi + b)) ** 2 for xi, yi in zip(x, y, strict=True)])
    return x, y, w, b, sigma, squares


def _log_likelihood(x, y, w, b, sigma):
    """``log Π N(y_i; w x_i + b, σ²)``, built from the density exactly as the article writes it."""
    import sympy as sp

    density = [sp.exp(-((yi - (w * xi + b)) ** 2) / (2 * sigma**2)) / sp.sqrt(2 * sp.pi * sigma**2)
               for xi, yi in zip(x, y, strict=True)]
    return sp.expand_log(sp.log(sp.Mul(*density)), force=True)


def verify_gaussian_log_likelihood() -> Verification:
    """续 §1.3: log L(θ) = −(n/2) log(2πσ²) − Σ(y − ŷ)²/(2σ²), for any data (n = 5 symbolic points)."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    log_l = _log_likelihood(x, y, w, b, sigma)
    article_form = sp.Add(*[-sp.Rational(1, 2) * sp.log(2 * sp.pi * sigma**2)
                            - (yi - (w * xi + b)) ** 2 / (2 * sigma**2) for xi, yi in zip(x, y, strict=True)])
    closed_form = -sp.Rational(n, 2) * sp.log(2 * sp.pi * sigma**2) - squares / (2 * sigma**2)
    return Verification(
        f"对 {n} 个任意取值的数据点，正态密度连乘取对数后，恰为原文的求和式，即常数项减去平方和除以 2σ²",
        same(log_l, article_form) and same(article_form, closed_form),
        (latex(r"\log L(\theta) - \sum_{i=1}^{n}\left[-\tfrac{1}{2}\log(2\pi\sigma^2) - "
               r"\tfrac{(y_i - \hat{y}_i)^2}{2\sigma^2}\right]", sp.simplify(sp.expand_log(log_l - article_form, force=True))),
         latex(r"\log L(\theta)", r"-\frac{%d}{2}\log(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^{%d}(y_i - \hat{y}_i)^2" % (n, n))),
    )


def verify_same_maximiser_for_every_sigma() -> Verification:
    """续 §1.3: ∇θ log L = −∇θ Σ(y − ŷ)² / (2σ²), so for every σ > 0 the maximiser is the least-squares fit."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    log_l = _log_likelihood(x, y, w, b, sigma)
    gaps = [sp.simplify(sp.diff(log_l, v) + sp.diff(squares, v) / (2 * sigma**2)) for v in (w, b)]
    return Verification(
        "对任意数据和任意 σ > 0，对数似然对 w、b 的梯度等于平方和的梯度乘以 −1/(2σ²)：两者在同一点为零",
        all(gap == 0 for gap in gaps),
        (latex(r"\frac{\partial \log L}{\partial w} + \frac{1}{2\sigma^2}\frac{\partial S}{\partial w}", gaps[0]),
         latex(r"\frac{\partial \log L}{\partial b} + \frac{1}{2\sigma^2}\frac{\partial S}{\partial b}", gaps[1])),
    )


def verify_variance_estimate() -> Verification:
    """续 §1.3 (核对): maximising log L over σ² gives σ² = (1/n) Σ(y − ŷ)², the mean squared residual."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    variance = sp.symbols("sigma2", positive=True)
    log_l = _log_likelihood(x, y, w, b, sigma).subs(sigma, sp.sqrt(variance))
    roots = sp.solve(sp.Eq(sp.diff(log_l, variance), 0), variance)
    passed = len(roots) == 1 and sp.simplify(roots[0] - squares / n) == 0
    return Verification(
        "对 σ² 求导并令其为零：σ² 的极大似然估计就是残差平方的平均值",
        passed,
        (latex(r"\hat{\sigma}^2", r"\frac{1}{%d}\sum_{i=1}^{%d}(y_i - \hat{y}_i)^2" % (n, n)),),
    )


CHECKS = (verify_gaussian_log_likelihood, verify_same_maximiser_for_every_sigma, verify_variance_estimate)


def likelihood_slope_small_sigma() -> float:
    """Maximiser ``w`` of the Gaussian likelihood with σ² = 1."""
    return maximise_normal_likelihood(TEMPERATURE, SALES, SIGMA2_SMALL)[0]


def likelihood_intercept_small_sigma() -> float:
    """Maximiser ``b`` of the Gaussian likelihood with σ² = 1."""
    return maximise_normal_likelihood(TEMPERATURE, SALES, SIGMA2_SMALL)[1]


def likelihood_slope_large_sigma() -> float:
    """Maximiser ``w`` of the Gaussian likelihood with σ² = 25."""
    return maximise_normal_likelihood(TEMPERATURE, SALES, SIGMA2_LARGE)[0]


def likelihood_intercept_large_sigma() -> float:
    """Maximiser ``b`` of the Gaussian likelihood with σ² = 25."""
    return maximise_normal_likelihood(TEMPERATURE, SALES, SIGMA2_LARGE)[1]


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


def gaussian_errors_alt() -> str:
    """Alt text of :func:`plot_gaussian_errors`."""
    return (f"奶茶数据与拟合直线；在每个温度处，沿竖直方向画出一条以预测值为中心、方差 σ² = "
            f"{find_claim('normal_least_squares.sigma2_large').text()} 的正态密度曲线，表示误差服从正态分布的假设。"
            "实际销量落在每条钟形曲线的正中。")


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


def likelihood_and_squares_alt() -> str:
    """Alt text of :func:`plot_likelihood_and_squares`."""
    return (f"图 (a)：平方误差之和随斜率 w 变化，是一条抛物线，最低点在 w = {find_claim('least_squares.fitted_slope').text()}。"
            f"图 (b)：σ² = {find_claim('normal_least_squares.sigma2_small').text()} 与 σ² = "
            f"{find_claim('normal_least_squares.sigma2_large').text()} 时的负对数似然，高低和陡缓不同，最低点同样在 "
            f"w = {find_claim('least_squares.fitted_slope').text()}。")


FIGURES = (
    FigureSpec("gaussian_errors", plot_gaussian_errors, gaussian_errors_alt),
    FigureSpec("likelihood_and_squares", plot_likelihood_and_squares, likelihood_and_squares_alt),
)


CLAIMS = (
    Claim("noisy_variance_estimate", noisy_variance_estimate, 2, "续 §1.3", "带噪声销量的 σ² 极大似然估计（搜索）",
          origin="annotation"),
    Claim("noisy_unbiased_variance_estimate", noisy_unbiased_variance_estimate, 2, "续 §1.3",
          "带噪声销量的 σ² 无偏估计（除以 n − 2）", origin="annotation"),
    Claim("exact_variance_estimate", exact_variance_estimate, 0, "续 §1.3", "原表数据的 σ² 极大似然估计",
          origin="annotation"),
    Claim("sigma2_small", "SIGMA2_SMALL", 0, "续 §1.3", "核对用的方差 σ²（小）", origin="annotation"),
    Claim("sigma2_large", "SIGMA2_LARGE", 0, "续 §1.3", "核对用的方差 σ²（大）", origin="annotation"),
    Claim("likelihood_slope_small_sigma", likelihood_slope_small_sigma, 3, "续 §1.3",
          "σ² 小时似然最大点的 w", origin="annotation"),
    Claim("likelihood_intercept_small_sigma", likelihood_intercept_small_sigma, 3, "续 §1.3",
          "σ² 小时似然最大点的 b", origin="annotation"),
    Claim("likelihood_slope_large_sigma", likelihood_slope_large_sigma, 3, "续 §1.3",
          "σ² 大时似然最大点的 w", origin="annotation"),
    Claim("likelihood_intercept_large_sigma", likelihood_intercept_large_sigma, 3, "续 §1.3",
          "σ² 大时似然最大点的 b", origin="annotation"),
)
