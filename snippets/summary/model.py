"""总结与对比: the likelihood route and the information route, computed side by side.

Nothing here is new mathematics: each function calls the chapter that owns the idea, so that an exercise
of the summary is answered by the same code as the chapters it compares.

Examples
--------
>>> [f"{loss:.3f}" for loss in both_routes(1, 0.8)]
['0.223', '0.223']
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from snippets.cross_entropy_from_information.model import cross_entropy, predicted_distribution, true_distribution
from snippets.cross_entropy_from_likelihood.model import log_likelihood_contribution
from snippets.normal_least_squares.model import normal_log_likelihood

#: Step of the search over the predicted probability q (the answer is read off a grid, not a formula).
SEARCH_STEP = 0.001


def both_routes(y: int, p: float) -> tuple[float, float]:
    """One email's loss twice: minus its log-likelihood term, and the cross-entropy H(P, Q)."""
    return -log_likelihood_contribution(y, p), cross_entropy(true_distribution(y), predicted_distribution(p))


def gaussian_negative_log_likelihood(residuals: Sequence[float], variance: float) -> float:
    """−log L of residuals under errors ~ N(0, variance): the normal chapter's likelihood, on a line through them."""
    n = len(residuals)
    x = list(range(1, n + 1))
    return -normal_log_likelihood(x, list(residuals), 0.0, 0.0, variance)


def best_prediction(spam_share: float, step: float = SEARCH_STEP) -> tuple[float, float]:
    """The predicted spam probability q on a grid that makes H(P, Q) smallest, and that smallest value.

    ``P = (1 − spam_share, spam_share)`` is a soft label (a share of readers calling the email spam) and
    ``Q = (1 − q, q)``. The ends q = 0 and q = 1 are left out: there log 0 makes the cross-entropy infinite.
    """
    grid = np.arange(1, round(1 / step)) * step
    losses = [cross_entropy(predicted_distribution(spam_share), predicted_distribution(q)) for q in grid]
    best = int(np.argmin(losses))
    return float(grid[best]), float(losses[best])
