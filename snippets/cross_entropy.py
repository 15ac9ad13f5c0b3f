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
from matplotlib.figure import Figure

from snippets.claim import Claim, find_claim
from snippets.figures import FigureSpec, Scheme

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


def plot_negative_log(scheme: Scheme) -> Figure:
    """``-log p`` on (0, 1] with the two 猫 predictions marked and labelled."""
    fig = Figure(figsize=(5.6, 3.6))
    ax = fig.subplots()
    p = np.linspace(0.02, 1.0, 400)
    ax.plot(p, -np.log(p), color=scheme.accent, linewidth=2)
    cases = ((P_CONFIDENT, "p_confident", "cat_confident_loss", scheme.third, (0, 64), "right"),
             (P_WRONG, "p_wrong", "cat_wrong_loss", scheme.second, (12, 4), "left"))
    for p_value, p_name, loss_name, colour, offset, align in cases:
        loss = binary_cross_entropy(CAT_LABEL, p_value)
        ax.vlines(p_value, 0, loss, color=colour, linestyle=":", linewidth=1.2)
        ax.plot([p_value], [loss], "o", color=colour, markersize=7)
        ax.annotate(f"$p = {find_claim('cross_entropy.' + p_name).text()}$,  "
                    f"$-\\log p \\approx {find_claim('cross_entropy.' + loss_name).text()}$",
                    (p_value, loss), xytext=offset, textcoords="offset points", color=colour, fontsize=9, ha=align,
                    arrowprops={"arrowstyle": "-", "color": colour, "linewidth": 0.8} if offset[0] == 0 else None)
    ax.set(xlabel="$p$", ylabel="$-\\log p$", xlim=(0, 1.02), ylim=(0, None), title=f"$y = {CAT_LABEL}$")
    return fig


def negative_log_alt() -> str:
    """Alt text of :func:`plot_negative_log`."""
    return (f"曲线 −log p：p 越接近 0 越陡地升高，p = 1 时为 0。标出两点：p = {find_claim('cross_entropy.p_confident').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_confident_loss').text()}，p = {find_claim('cross_entropy.p_wrong').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_wrong_loss').text()}。")


def plot_binary_cross_entropy(scheme: Scheme) -> Figure:
    """Binary cross-entropy against ``p`` for ``y = 1`` and for ``y = 0``."""
    fig = Figure(figsize=(5.6, 3.6))
    ax = fig.subplots()
    p = np.linspace(0.01, 0.99, 393)
    for y, colour, style in ((1, scheme.accent, "-"), (0, scheme.second, "--")):
        loss = [binary_cross_entropy(y, value) for value in p]
        ax.plot(p, loss, style, color=colour, linewidth=2,
                label=f"$y = {y}$:  $-\\log {'p' if y else '(1 - p)'}$")
    ax.set(xlabel="$p$", ylabel="$L$", ylim=(0, None), title="$L = -[y \\log p + (1 - y) \\log(1 - p)]$")
    ax.legend(loc="upper center")
    return fig


def binary_cross_entropy_alt() -> str:
    """Alt text of :func:`plot_binary_cross_entropy`."""
    return ("二分类交叉熵随预测概率 p 变化的两条曲线：标签 y = 1 时损失 −log p 随 p 增大而下降，"
            "标签 y = 0 时损失 −log(1 − p) 随 p 增大而上升；两条曲线左右对称、在正中相交，预测越偏离标签损失越大。")


FIGURES = (
    FigureSpec("negative_log", plot_negative_log, negative_log_alt),
    FigureSpec("binary_cross_entropy", plot_binary_cross_entropy, binary_cross_entropy_alt),
)


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
