"""正态分布与最小二乘: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.normal_least_squares.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

import numpy as np

from snippets.claim import Claim
from snippets.normal_least_squares.exercises import EXERCISE_CLAIMS
from snippets.least_squares import SALES, TEMPERATURE, fit_line, noisy_sales, predict
from snippets.normal_least_squares.model import (
    SIGMA2_LARGE, SIGMA2_SMALL, maximise_normal_likelihood, maximise_over_variance,
)
from snippets.words import Words


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


CLAIMS = (
    Claim("noisy_variance_estimate", noisy_variance_estimate, 2, "续 §1.3",
          Words(zh="带噪声销量的 σ² 极大似然估计（搜索）", en="Maximum-likelihood estimate of σ² for the noisy sales (search)"),
          origin="annotation"),
    Claim("noisy_unbiased_variance_estimate", noisy_unbiased_variance_estimate, 2, "续 §1.3",
          Words(zh="带噪声销量的 σ² 无偏估计（除以 n − 2）", en="Unbiased estimate of σ² for the noisy sales (divided by n − 2)"),
          origin="annotation"),
    Claim("exact_variance_estimate", exact_variance_estimate, 0, "续 §1.3",
          Words(zh="原表数据的 σ² 极大似然估计", en="Maximum-likelihood estimate of σ² for the original table's data"),
          origin="annotation"),
    Claim("sigma2_small", "SIGMA2_SMALL", 0, "续 §1.3",
          Words(zh="核对用的方差 σ²（小）", en="Variance σ² used for the check (small)"), origin="annotation"),
    Claim("sigma2_large", "SIGMA2_LARGE", 0, "续 §1.3",
          Words(zh="核对用的方差 σ²（大）", en="Variance σ² used for the check (large)"), origin="annotation"),
    Claim("likelihood_slope_small_sigma", likelihood_slope_small_sigma, 3, "续 §1.3",
          Words(zh="σ² 小时似然最大点的 w", en="w at the likelihood's maximum when σ² is small"), origin="annotation"),
    Claim("likelihood_intercept_small_sigma", likelihood_intercept_small_sigma, 3, "续 §1.3",
          Words(zh="σ² 小时似然最大点的 b", en="b at the likelihood's maximum when σ² is small"), origin="annotation"),
    Claim("likelihood_slope_large_sigma", likelihood_slope_large_sigma, 3, "续 §1.3",
          Words(zh="σ² 大时似然最大点的 w", en="w at the likelihood's maximum when σ² is large"), origin="annotation"),
    Claim("likelihood_intercept_large_sigma", likelihood_intercept_large_sigma, 3, "续 §1.3",
          Words(zh="σ² 大时似然最大点的 b", en="b at the likelihood's maximum when σ² is large"), origin="annotation"),
    *EXERCISE_CLAIMS,
)
