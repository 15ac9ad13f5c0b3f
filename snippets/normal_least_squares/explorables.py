"""正态分布与最小二乘: the explorable the reader moves.

``likelihood_and_squares`` extends the figure of the likelihood along the slope: the reader changes the
noise variance ``σ²`` and moves a line ``(w, b)``, and watches the Gaussian negative log-likelihood
``n/2 · log(2πσ²) + Σ(y - ŷ)² / (2σ²)`` change along the slope (the intercept at the likelihood's best
``b``) — while the line that maximises the likelihood, found by gradient ascent for the chosen ``σ²``,
stays where least squares puts it.  It starts on the article's
table, the least-squares line and our smaller variance ``σ² = 1``.
"""

from __future__ import annotations

from snippets.explorables import Explorable, Readout, Slider
from snippets.least_squares import SALES, TEMPERATURE, fit_line
from snippets.normal_least_squares.model import (SIGMA2_LARGE, SIGMA2_SMALL, maximise_normal_likelihood,
                                                 normal_log_likelihood)
from snippets.words import Words

#: Where the sliders reach: σ² from a quarter of the small variance to twice the large one; the slope
#: within this much of the least-squares slope.
SIGMA2_RANGE = (SIGMA2_SMALL / 4, 2 * SIGMA2_LARGE)
SLOPE_REACH = 1.0

_W, _ = fit_line(TEMPERATURE, SALES)


def _negative_log_likelihood_at_start() -> float:
    """−log L at the start: slope w of least squares, intercept at the likelihood's best b, σ² small."""
    best_b = maximise_normal_likelihood(TEMPERATURE, SALES, SIGMA2_SMALL)[1]
    return -normal_log_likelihood(TEMPERATURE, SALES, _W, best_b, SIGMA2_SMALL)

EXPLORABLES = (
    Explorable(
        "likelihood_and_squares", "normal_likelihood.js",
        Words(zh="改变噪声方差 σ²，拖动斜率 w（截距取似然最大处的 b）：负对数似然随之变化，但它最低的地方不随 σ² 移动。",
              en="Change the noise variance σ² and drag the slope w (the intercept is the b where the likelihood is "
                 "highest): the negative log-likelihood changes with them, but where it is lowest does not move "
                 "with σ²."),
        controls=(
            Slider("sigma2", Words(zh="噪声方差 σ²", en="Noise variance σ²"), *SIGMA2_RANGE, SIGMA2_SMALL / 4,
                   SIGMA2_SMALL),
            Slider("w", Words(zh="斜率 w", en="Slope w"), _W - SLOPE_REACH, _W + SLOPE_REACH, 0.01, _W),
        ),
        readouts=(
            Readout("nll", Words(zh="−log L =", en="−log L ="), None, digits=2,
                    at_start=_negative_log_likelihood_at_start),
            Readout("best_w", Words(zh="似然最大处 w =", en="Maximum-likelihood w ="),
                    "normal_least_squares.likelihood_slope_small_sigma"),
            Readout("best_b", Words(zh="b =", en="b ="), "normal_least_squares.likelihood_intercept_small_sigma"),
        ),
        data={"x": list(TEMPERATURE), "y": list(SALES)},
    ),
)
