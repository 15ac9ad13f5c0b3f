"""正态分布与最小二乘: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.least_squares import TEMPERATURE
from snippets.verification import Verification, latex, same
from snippets.words import Words


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


GAUSSIAN_LOG_LIKELIHOOD_STATEMENT = Words(
    zh="对 {n} 个任意取值的数据点，正态密度连乘取对数后，恰为原文的求和式，即常数项减去平方和除以 2σ²",
    en="For {n} data points of any value, the log of the product of normal densities is exactly the "
       "article's sum, that is, a constant term minus the sum of squares divided by 2σ²")


def verify_gaussian_log_likelihood() -> Verification:
    """Continuing §1.3: log L(θ) = −(n/2) log(2πσ²) − Σ(y − ŷ)²/(2σ²), for any data (n = 5 symbolic points)."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    log_l = _log_likelihood(x, y, w, b, sigma)
    article_form = sp.Add(*[-sp.Rational(1, 2) * sp.log(2 * sp.pi * sigma**2)
                            - (yi - (w * xi + b)) ** 2 / (2 * sigma**2) for xi, yi in zip(x, y, strict=True)])
    closed_form = -sp.Rational(n, 2) * sp.log(2 * sp.pi * sigma**2) - squares / (2 * sigma**2)
    return Verification(
        GAUSSIAN_LOG_LIKELIHOOD_STATEMENT.format(n=n),
        same(log_l, article_form) and same(article_form, closed_form),
        (latex(r"\log L(\theta) - \sum_{i=1}^{n}\left[-\tfrac{1}{2}\log(2\pi\sigma^2) - "
               r"\tfrac{(y_i - \hat{y}_i)^2}{2\sigma^2}\right]",
               sp.simplify(sp.expand_log(log_l - article_form, force=True))),
         latex(r"\log L(\theta)",
               r"-\frac{%d}{2}\log(2\pi\sigma^2) - \frac{1}{2\sigma^2}\sum_{i=1}^{%d}(y_i - \hat{y}_i)^2" % (n, n))),
    )


SAME_MAXIMISER_FOR_EVERY_SIGMA_STATEMENT = Words(
    zh="对任意数据和任意 σ > 0，对数似然对 w、b 的梯度等于平方和的梯度乘以 −1/(2σ²)：两者在同一点为零",
    en="For any data and any σ > 0, the gradient of the log-likelihood with respect to w, b equals the "
       "gradient of the sum of squares times −1/(2σ²): both are zero at the same point")


def verify_same_maximiser_for_every_sigma() -> Verification:
    """Continuing §1.3: ∇θ log L = −∇θ Σ(y − ŷ)² / (2σ²), so for every σ > 0 the maximiser is the least-squares fit."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    log_l = _log_likelihood(x, y, w, b, sigma)
    gaps = [sp.simplify(sp.diff(log_l, v) + sp.diff(squares, v) / (2 * sigma**2)) for v in (w, b)]
    return Verification(
        SAME_MAXIMISER_FOR_EVERY_SIGMA_STATEMENT,
        all(gap == 0 for gap in gaps),
        (latex(r"\frac{\partial \log L}{\partial w} + \frac{1}{2\sigma^2}\frac{\partial S}{\partial w}", gaps[0]),
         latex(r"\frac{\partial \log L}{\partial b} + \frac{1}{2\sigma^2}\frac{\partial S}{\partial b}", gaps[1])),
    )


VARIANCE_ESTIMATE_STATEMENT = Words(
    zh="对 σ² 求导并令其为零：σ² 的极大似然估计就是残差平方的平均值",
    en="Differentiating with respect to σ² and setting the derivative to zero: the maximum-likelihood "
       "estimate of σ² is the mean of the squared residuals")


def verify_variance_estimate() -> Verification:
    """Continuing §1.3 (Check note): maximising log L over σ² gives σ² = (1/n) Σ(y − ŷ)², the mean squared residual."""
    import sympy as sp

    n = len(TEMPERATURE)
    x, y, w, b, sigma, squares = _symbolic_regression(n)
    variance = sp.symbols("sigma2", positive=True)
    log_l = _log_likelihood(x, y, w, b, sigma).subs(sigma, sp.sqrt(variance))
    roots = sp.solve(sp.Eq(sp.diff(log_l, variance), 0), variance)
    passed = len(roots) == 1 and sp.simplify(roots[0] - squares / n) == 0
    return Verification(
        VARIANCE_ESTIMATE_STATEMENT,
        passed,
        (latex(r"\hat{\sigma}^2", r"\frac{1}{%d}\sum_{i=1}^{%d}(y_i - \hat{y}_i)^2" % (n, n)),),
    )


VARIANCE_ESTIMATE_IS_A_MAXIMUM_STATEMENT = Words(
    zh="把残差平方和记作 S：log L 对 σ² 的导数只在 σ² = S/n 处为零，二阶导数在那里为负，是最大值",
    en="Writing S for the sum of squared residuals: the derivative of log L with respect to σ² is zero "
       "only at σ² = S/n, and the second derivative is negative there, so it is a maximum")


def verify_variance_estimate_is_a_maximum() -> Verification:
    """Exercise 4.3: with S the sum of squared residuals, log L(σ²) = −n/2 log(2πσ²) − S/(2σ²) has one stationary
    point, σ² = S/n, and its second derivative there is negative: the estimate is a maximum."""
    import sympy as sp

    n, squares = sp.symbols("n S", positive=True)
    variance = sp.Symbol(r"\sigma^{2}", positive=True)  # shown as σ², not σ₂
    log_l = -n / 2 * sp.log(2 * sp.pi * variance) - squares / (2 * variance)
    slope = sp.together(sp.diff(log_l, variance))
    roots = sp.solve(sp.Eq(sp.diff(log_l, variance), 0), variance)
    curvature = sp.simplify(sp.diff(log_l, variance, 2).subs(variance, squares / n))
    passed = roots == [squares / n] and sp.simplify(curvature + n**3 / (2 * squares**2)) == 0
    return Verification(
        VARIANCE_ESTIMATE_IS_A_MAXIMUM_STATEMENT,
        bool(passed),
        (latex(r"\frac{d \log L}{d\sigma^2}", slope),
         latex(r"\hat{\sigma}^2", roots[0] if roots else r"\varnothing"),
         latex(r"\left.\frac{d^2 \log L}{d(\sigma^2)^2}\right|_{\sigma^2 = S/n}", curvature) + " < 0"),
    )


CHECKS = (verify_gaussian_log_likelihood, verify_same_maximiser_for_every_sigma, verify_variance_estimate,
          verify_variance_estimate_is_a_maximum)
