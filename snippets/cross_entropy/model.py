"""交叉熵 (article part one, §2): the 猫 example and the two loss formulas.

A picture is a cat (``y = 1``); a model says "cat" with probability ``p``.
The loss ``-log p`` is small when ``p`` is near 1 and large when it is near 0.
Logarithms are natural, as in the article.

Examples
--------
>>> f"{binary_cross_entropy(CAT_LABEL, P_CONFIDENT):.3f}"
'0.105'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


#: Label of the picture: it is a cat (§2.2).
CAT_LABEL = 1
#: The model's probability of "cat" when it is right and sure (§2.2).
P_CONFIDENT = 0.9
#: The model's probability of "cat" when it is badly wrong (§2.2).
P_WRONG = 0.1
#: Class imbalance the article mentions: share of cats, in per cent (§2.4).
IMBALANCE_CAT_PERCENT = 99
#: ... and the share of dogs, in per cent (§2.4).
IMBALANCE_DOG_PERCENT = 1


def binary_cross_entropy(y: float, p: float) -> float:
    """Binary cross-entropy ``L = -[y log p + (1 - y) log(1 - p)]``.

    Parameters
    ----------
    y : {0, 1}
        True label.
    p : float
        Predicted probability of label 1, in (0, 1]; 1 is allowed when y = 1.

    Raises
    ------
    ValueError
        If ``p`` is outside [0, 1] or the loss would be infinite.

    Examples
    --------
    >>> f"{binary_cross_entropy(1, 0.1):.4f}"
    '2.3026'
    >>> f"{binary_cross_entropy(0, 0.1):.4f}"
    '0.1054'
    """
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability, got {p}")
    if (y == 1 and p == 0.0) or (y == 0 and p == 1.0):
        raise ValueError(f"loss is infinite for y={y}, p={p}")
    loss = 0.0
    if y:
        loss -= y * np.log(p)
    if 1 - y:
        loss -= (1 - y) * np.log(1 - p)
    return float(loss)


def binary_cross_entropy_bits(y: float, p: float) -> float:
    """:func:`binary_cross_entropy` in bits (base-2 logarithm) instead of nats.

    Examples
    --------
    >>> f"{binary_cross_entropy_bits(1, 0.5):.4f}"
    '1.0000'
    """
    return binary_cross_entropy(y, p) / float(np.log(2))


def categorical_cross_entropy(y: Sequence[float], p: Sequence[float]) -> float:
    """Multi-class cross-entropy ``L = -Σ_i y_i log p_i`` for a one-hot ``y``.

    Terms with ``y_i = 0`` contribute nothing, even when ``p_i = 0``.

    Raises
    ------
    ValueError
        If the lengths differ or ``p`` does not sum to 1.

    Examples
    --------
    >>> f"{categorical_cross_entropy([0, 1, 0], [0.2, 0.7, 0.1]):.3f}"
    '0.357'
    """
    y_arr, p_arr = np.asarray(y, dtype=float), np.asarray(p, dtype=float)
    if y_arr.shape != p_arr.shape:
        raise ValueError(f"y and p differ in shape: {y_arr.shape} vs {p_arr.shape}")
    if not np.isclose(p_arr.sum(), 1.0):
        raise ValueError(f"p must sum to 1, sums to {p_arr.sum()}")
    mask = y_arr != 0
    return float(-(y_arr[mask] * np.log(p_arr[mask])).sum())


# --- Annotation (§2.3): cross-entropy and KL divergence are not distances -----------------------
#: Three distributions over (猫, 不是猫): the model's confident prediction, a fair guess, and one between.
FAIR_P = 0.5
BETWEEN_P = 0.7
CONFIDENT = (P_CONFIDENT, 1 - P_CONFIDENT)
FAIR_GUESS = (FAIR_P, 1 - FAIR_P)
BETWEEN = (BETWEEN_P, 1 - BETWEEN_P)


def kl_divergence(p: Sequence[float], q: Sequence[float]) -> float:
    """``D_KL(P‖Q) = Σ p_i log(p_i / q_i)`` in nats (terms with ``p_i = 0`` count 0).

    Examples
    --------
    >>> kl_divergence([0.5, 0.5], [0.5, 0.5])
    0.0
    """
    p_arr, q_arr = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    mask = p_arr > 0
    return float(np.sum(p_arr[mask] * np.log(p_arr[mask] / q_arr[mask])))


def cross_entropy_between(p: Sequence[float], q: Sequence[float]) -> float:
    """``H(P, Q) = -Σ p_i log q_i`` in nats.

    Examples
    --------
    >>> f"{cross_entropy_between([1, 0], [0.9, 0.1]):.3f}"
    '0.105'
    """
    p_arr, q_arr = np.asarray(p, dtype=float), np.asarray(q, dtype=float)
    mask = p_arr > 0
    return float(-np.sum(p_arr[mask] * np.log(q_arr[mask])))


# --- Annotation (§2.4): 99 % cats, 1 % dogs ---------------------------------------------------------
def cat_share() -> float:
    """Share of cats among the samples."""
    return IMBALANCE_CAT_PERCENT / (IMBALANCE_CAT_PERCENT + IMBALANCE_DOG_PERCENT)


def mean_cross_entropy(q: float, cat_weight: float = 1.0, dog_weight: float = 1.0) -> float:
    """Mean (optionally class-weighted) cross-entropy over the data when every prediction is ``P(猫) = q``.

    Examples
    --------
    >>> f"{mean_cross_entropy(0.5):.3f}"
    '0.693'
    """
    share = cat_share()
    return share * cat_weight * -float(np.log(q)) + (1 - share) * dog_weight * -float(np.log(1 - q))


def balancing_weights() -> tuple[float, float]:
    """Class weights ``1 / (2 × share)``: each class then carries half of the loss."""
    return 1 / (2 * cat_share()), 1 / (2 * (1 - cat_share()))


# --- Annotation (§2.3, 总结): why the log form trains faster --------------------------------------
#: A badly wrong sigmoid output: the logit of a cat picture is −5, so P(猫) ≈ 0.007.
WRONG_LOGIT = -5.0


def sigmoid(z: float | np.ndarray) -> float | np.ndarray:
    """``σ(z) = 1 / (1 + e^{-z})``.

    Examples
    --------
    >>> float(sigmoid(0.0))
    0.5
    """
    return 1.0 / (1.0 + np.exp(-z))


def cross_entropy_gradient(z: float | np.ndarray, y: float = CAT_LABEL) -> float | np.ndarray:
    """``∂/∂z`` of ``-[y log σ(z) + (1-y) log(1-σ(z))]``: simply ``σ(z) - y``."""
    return sigmoid(z) - y


def squared_error_gradient(z: float | np.ndarray, y: float = CAT_LABEL) -> float | np.ndarray:
    """``∂/∂z`` of ``(σ(z) - y)²``: ``2(σ(z) - y) σ(z)(1 - σ(z))``, which the flat sigmoid shrinks."""
    p = sigmoid(z)
    return 2 * (p - y) * p * (1 - p)
