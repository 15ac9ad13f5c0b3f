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

from snippets.claim import Claim

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


def cat_confident_loss() -> float:
    """Loss when the model says "cat" with ``p = 0.9`` and it is a cat."""
    return binary_cross_entropy(CAT_LABEL, P_CONFIDENT)


def cat_wrong_loss() -> float:
    """Loss when the model says "cat" with ``p = 0.1`` and it is a cat."""
    return binary_cross_entropy(CAT_LABEL, P_WRONG)


CLAIMS = (
    Claim("cat_label", "CAT_LABEL", 0, "§2.2", "图片实际是猫的标签 y", article="1"),
    Claim("p_confident", "P_CONFIDENT", 1, "§2.2", "模型预测猫的概率（猜对）", article="0.9"),
    Claim("p_wrong", "P_WRONG", 1, "§2.2", "模型预测猫的概率（猜错）", article="0.1"),
    Claim("cat_confident_loss", cat_confident_loss, 3, "§2.2", "−log 0.9，猜对时的损失", article="0.105"),
    Claim("cat_wrong_loss", cat_wrong_loss, 1, "§2.2", "−log 0.1，猜错时的损失", article="2.3"),
    Claim("cat_wrong_loss_exact", cat_wrong_loss, 3, "§2.2", "−log 0.1 的三位小数（核对）", origin="annotation"),
    Claim("imbalance_cat_percent", "IMBALANCE_CAT_PERCENT", 0, "§2.4", "类别不平衡：猫的占比（%）", article="99"),
    Claim("imbalance_dog_percent", "IMBALANCE_DOG_PERCENT", 0, "§2.4", "类别不平衡：狗的占比（%）", article="1"),
)
