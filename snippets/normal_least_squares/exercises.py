"""正态分布与最小二乘: the chapter's exercises (练习 4.1–4.5) and the numbers in them.

They reuse the new sales of 练习 1.2 (:mod:`snippets.least_squares.exercises`): the variance that makes
them likeliest under Gaussian errors, the negative log-likelihood there, and the line that maximises the
likelihood — found by this chapter's own search, not by least squares.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.exercises import Exercise
from snippets.least_squares import TEMPERATURE, fit_line, predict
from snippets.least_squares.exercises import NEW_SALES
from snippets.normal_least_squares.model import (SIGMA2_LARGE, maximise_normal_likelihood, maximise_over_variance,
                                                 normal_log_likelihood)
from snippets.words import Words


def _least_squares_line() -> tuple[float, float]:
    return fit_line(TEMPERATURE, NEW_SALES)


def new_variance_estimate() -> float:
    """练习 4.1: the σ² that maximises the likelihood of the new sales on their least-squares line (searched)."""
    return maximise_over_variance(TEMPERATURE, NEW_SALES, *_least_squares_line())


def new_negative_log_likelihood() -> float:
    """练习 4.2: −log L of the new sales at that line and that σ²."""
    return -normal_log_likelihood(TEMPERATURE, NEW_SALES, *_least_squares_line(), new_variance_estimate())


def large_sigma2() -> float:
    """练习 4.4: the article's larger noise variance."""
    return SIGMA2_LARGE


def new_likelihood_slope_large_sigma() -> float:
    """练习 4.4: the slope that maximises the likelihood of the new sales when σ² is the larger variance."""
    return maximise_normal_likelihood(TEMPERATURE, NEW_SALES, SIGMA2_LARGE)[0]


def new_unbiased_variance_estimate() -> float:
    """练习 4.5: the unbiased estimate of σ² for the new sales: their sum of squares over n − 2, not n."""
    x = TEMPERATURE
    residuals = [y - predict(xi, *_least_squares_line()) for xi, y in zip(x, NEW_SALES, strict=True)]
    return sum(r * r for r in residuals) / (len(NEW_SALES) - 2)  # two parameters fitted: w and b


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_new_variance", new_variance_estimate, 2, "练习 4.1",
          Words(zh="练习 4.1：新销量在其最小二乘直线上的 σ² 估计",
                en="Exercise 4.1: estimate of σ² for the new sales on their least-squares line"),
          **_EXERCISE),
    Claim("ex_new_negative_log_likelihood", new_negative_log_likelihood, 3, "练习 4.2",
          Words(zh="练习 4.2：那条直线、那个 σ² 下的 −log L", en="Exercise 4.2: −log L at that line and that σ²"), **_EXERCISE),
    Claim("ex_large_sigma2", large_sigma2, 0, "练习 4.4",
          Words(zh="练习 4.4：较大的噪声方差 σ²", en="Exercise 4.4: the larger noise variance σ²"), input=True, **_EXERCISE),
    Claim("ex_new_likelihood_slope", new_likelihood_slope_large_sigma, 2, "练习 4.4",
          Words(zh="练习 4.4：σ² 取较大值时似然最大的斜率 w",
                en="Exercise 4.4: the slope w of greatest likelihood when σ² takes the larger value"),
          **_EXERCISE),
    Claim("ex_new_unbiased_variance", new_unbiased_variance_estimate, 2, "练习 4.5",
          Words(zh="练习 4.5：新销量的 σ² 无偏估计（除以 n − 2）",
                en="Exercise 4.5: unbiased estimate of σ² for the new sales (divided by n − 2)"),
          **_EXERCISE),
)

EXERCISES = (
    Exercise("4.1", "numeric",
             Words(zh="新销量的噪声方差", en="The noise variance of the new sales"), answer="ex_new_variance"),
    Exercise("4.2", "numeric",
             Words(zh="最大的似然有多大", en="How large is the largest likelihood?"), answer="ex_new_negative_log_likelihood"),
    Exercise("4.3", "derivation",
             Words(zh="σ² 的极大似然估计", en="The maximum-likelihood estimate of σ²"),
             check="verify_variance_estimate_is_a_maximum"),
    Exercise("4.4", "concept",
             Words(zh="噪声大了，直线变不变", en="More noise: does the line change?"), answer="ex_new_likelihood_slope"),
    Exercise("4.5", "numeric",
             Words(zh="除以 n 还是 n − 2", en="Divide by n or by n − 2"), answer="ex_new_unbiased_variance"),
)
