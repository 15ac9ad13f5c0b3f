"""从极大似然推导交叉熵 (article part three, §1): the 邮件 example.

Three emails, each described by one word, are spam (1) or not (0).  A model
predicts ``p(x_i)``, the probability of spam; each email adds
``y_i log p(x_i) + (1 - y_i) log(1 - p(x_i))`` to the log-likelihood.  The
article gives predictions for the first two emails only.  The emails and the predictions live in
:mod:`snippets.emails`, which the information chapter imports too.

Examples
--------
>>> f"{log_likelihood_contribution(1, 0.8):.3f}"
'-0.223'
"""

from __future__ import annotations

import numpy as np


def log_likelihood_contribution(y: int, p: float) -> float:
    """One email's term ``y log p + (1 - y) log(1 - p)`` of ``log L(θ)``.

    Terms multiplied by a zero label are skipped, as ``0 · log 0`` is taken as 0.

    Raises
    ------
    ValueError
        If ``y`` is not 0 or 1 or ``p`` is outside (0, 1).

    Examples
    --------
    >>> f"{log_likelihood_contribution(0, 0.3):.3f}"
    '-0.357'
    """
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie strictly between 0 and 1, got {p}")
    return float(np.log(p)) if y == 1 else float(np.log(1 - p))
