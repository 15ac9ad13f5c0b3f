"""分类分布与交叉熵 (article part two, §2): Bernoulli and categorical likelihoods.

For a label ``y ∈ {0, 1}`` with predicted ``p = P(y = 1)``, the Bernoulli
probability is ``p^y (1 - p)^(1 - y)``; for a one-hot ``y`` over K classes the
categorical probability is ``Π_k p_k^{y_k}``.  Their negative mean logarithm
over a data set is the cross-entropy loss ``J(θ)``.

Examples
--------
>>> bernoulli_probability(1, 0.8), bernoulli_probability(0, 0.3)
(0.8, 0.7)
>>> categorical_probability(DOG_ONE_HOT, (0.2, 0.7, 0.1))
0.7
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


#: The article's one-hot example ``[0, 1, 0]`` (§2.4): the second of three classes.
DOG_ONE_HOT: tuple[int, ...] = (0, 1, 0)


def softmax(z: Sequence[float]) -> tuple[float, ...]:
    """``p_k = e^{z_k} / Σ_j e^{z_j}``, with the largest logit subtracted first (no overflow).

    Examples
    --------
    >>> softmax([0.0, 0.0])
    (0.5, 0.5)
    """
    z_arr = np.asarray(z, dtype=float)
    exponentials = np.exp(z_arr - z_arr.max())
    return tuple(float(v) for v in exponentials / exponentials.sum())


def bernoulli_probability(y: int, p: float) -> float:
    """``p^y (1 - p)^(1 - y)``: ``p`` when ``y = 1``, ``1 - p`` when ``y = 0``.

    Raises
    ------
    ValueError
        If ``y`` is not 0 or 1, or ``p`` is not a probability.
    """
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability, got {p}")
    return p**y * (1 - p) ** (1 - y)


def categorical_probability(y: Sequence[int], p: Sequence[float]) -> float:
    """``Π_k p_k^{y_k}`` for a one-hot ``y``: the probability of the true class.

    Raises
    ------
    ValueError
        If ``y`` is not one-hot or the lengths differ.
    """
    y_arr, p_arr = np.asarray(y), np.asarray(p, dtype=float)
    if y_arr.shape != p_arr.shape:
        raise ValueError(f"y and p differ in shape: {y_arr.shape} vs {p_arr.shape}")
    if set(y_arr.tolist()) - {0, 1} or y_arr.sum() != 1:
        raise ValueError(f"y must be one-hot, got {y_arr.tolist()}")
    return float(np.prod(p_arr**y_arr))


def bernoulli_log_likelihood(y: Sequence[int], p: Sequence[float]) -> float:
    """``log L = Σ_i [y_i log p_i + (1 - y_i) log(1 - p_i)]`` over a data set.

    Examples
    --------
    >>> f"{bernoulli_log_likelihood([1, 0], [0.8, 0.3]):.3f}"
    '-0.580'
    """
    return float(sum(np.log(bernoulli_probability(int(yi), float(pi))) for yi, pi in zip(y, p, strict=True)))


def mean_cross_entropy(y: Sequence[int], p: Sequence[float]) -> float:
    """``J(θ) = -(1/n) log L``: the binary cross-entropy averaged over the data.

    Examples
    --------
    >>> f"{mean_cross_entropy([1, 0], [0.8, 0.3]):.3f}"
    '0.290'
    """
    return -bernoulli_log_likelihood(y, p) / len(y)
