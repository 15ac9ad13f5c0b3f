"""从信息论推导交叉熵 (article part three, §2): entropy, cross-entropy, KL divergence.

Distributions over the two labels are written ``(P(y = 0), P(y = 1))``.  The
true label makes ``P`` one-hot; the model's prediction ``p`` makes
``Q = (1 - p, p)``.  Then ``H(P) = 0`` and ``H(P, Q) = D_KL(P‖Q) = -log Q(y)``:
the cross-entropy of each email equals minus its log-likelihood term from
:mod:`snippets.cross_entropy_from_likelihood`, whose data this module reuses.

Examples
--------
>>> f"{cross_entropy((0, 1), (0.2, 0.8)):.3f}"
'0.223'
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from matplotlib.figure import Figure

from snippets.claim import Claim, find_claim
from snippets.figures import FigureSpec, Scheme
from snippets.cross_entropy_from_likelihood import P_FREE, P_MEETING, label_free, label_meeting


#: Spam probability of a non-degenerate true distribution P, for the figure of
#: H(P), H(P, Q) and their gap.  Our choice: the article's P is always one-hot.
ILLUSTRATION_P = 0.3


def _as_distribution(values: Sequence[float], name: str) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    if arr.ndim != 1 or np.any(arr < 0) or not np.isclose(arr.sum(), 1.0):
        raise ValueError(f"{name} must be a probability vector, got {list(values)}")
    return arr


def entropy(p: Sequence[float]) -> float:
    """``H(P) = -Σ P(y) log P(y)``, with ``0 log 0 = 0``.

    Examples
    --------
    >>> f"{entropy((0.5, 0.5)):.4f}"
    '0.6931'
    >>> entropy((0, 1))
    0.0
    """
    arr = _as_distribution(p, "P")
    mask = arr > 0
    return float(-(arr[mask] * np.log(arr[mask])).sum()) + 0.0


def cross_entropy(p: Sequence[float], q: Sequence[float]) -> float:
    """``H(P, Q) = -Σ P(y) log Q(y)``; infinite if Q misses an outcome P has.

    Examples
    --------
    >>> f"{cross_entropy((1, 0), (0.7, 0.3)):.3f}"
    '0.357'
    """
    p_arr, q_arr = _as_distribution(p, "P"), _as_distribution(q, "Q")
    if p_arr.shape != q_arr.shape:
        raise ValueError(f"P and Q differ in length: {p_arr.shape} vs {q_arr.shape}")
    mask = p_arr > 0
    if np.any(q_arr[mask] == 0):
        return float("inf")
    return float(-(p_arr[mask] * np.log(q_arr[mask])).sum())


def kl_divergence(p: Sequence[float], q: Sequence[float]) -> float:
    """``D_KL(P‖Q) = Σ P(y) log(P(y) / Q(y)) = H(P, Q) - H(P)``.

    Examples
    --------
    >>> f"{kl_divergence((0.5, 0.5), (0.9, 0.1)):.4f}"
    '0.5108'
    """
    return cross_entropy(p, q) - entropy(p)


def true_distribution(y: int) -> tuple[float, float]:
    """One-hot ``P`` of a label: ``(P(y = 0), P(y = 1))``."""
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    return (1.0 - y, float(y))


def predicted_distribution(p: float) -> tuple[float, float]:
    """``Q = (1 - p, p)`` for a predicted spam probability ``p``."""
    return (1.0 - p, p)


def cross_entropy_free() -> float:
    """``H(P₁, Q₁)`` of the "免费" email."""
    return cross_entropy(true_distribution(label_free()), predicted_distribution(P_FREE))


def cross_entropy_meeting() -> float:
    """``H(P₂, Q₂)`` of the "会议" email."""
    return cross_entropy(true_distribution(label_meeting()), predicted_distribution(P_MEETING))


def entropy_of_true_label() -> float:
    """``H(P₁)``: a one-hot distribution carries no uncertainty."""
    return entropy(true_distribution(label_free()))


def kl_free() -> float:
    """``D_KL(P₁‖Q₁)``, equal to the cross-entropy because ``H(P₁) = 0``."""
    return kl_divergence(true_distribution(label_free()), predicted_distribution(P_FREE))


def gap_curves(p_true: float, points: int = 397) -> dict[str, np.ndarray | float]:
    """``H(P)``, ``H(P, Q)`` and ``D_KL(P‖Q)`` for Bernoulli ``P`` (spam prob. ``p_true``) as ``Q`` varies.

    Returns
    -------
    dict
        ``q`` (grid of Q's spam probability), ``cross_entropy``, ``kl`` (arrays)
        and ``entropy`` (a number: ``H(P)`` does not depend on Q).
    """
    q = np.linspace(0.01, 0.99, points)
    p = predicted_distribution(p_true)
    return {
        "q": q,
        "cross_entropy": np.array([cross_entropy(p, predicted_distribution(v)) for v in q]),
        "kl": np.array([kl_divergence(p, predicted_distribution(v)) for v in q]),
        "entropy": entropy(p),
    }


def plot_entropy_gap(scheme: Scheme) -> Figure:
    """``H(P, Q)`` above ``H(P)``; the gap is ``D_KL(P‖Q)``.  Left: P not one-hot.  Right: P one-hot."""
    fig = Figure(figsize=(7.2, 3.4))
    axes = fig.subplots(1, 2, sharey=True)
    panels = ((axes[0], ILLUSTRATION_P, f"$P(y = 1) = {find_claim('cross_entropy_from_information.illustration_p').text()}$"),
              (axes[1], float(label_free()), f"$P(y = 1) = {label_free()}$"))
    for ax, p_true, title in panels:
        curves = gap_curves(p_true)
        ax.plot(curves["q"], curves["cross_entropy"], color=scheme.accent, linewidth=2, label="$H(P, Q)$")
        ax.axhline(curves["entropy"], color=scheme.third, linewidth=2, linestyle="--", label="$H(P)$")
        ax.fill_between(curves["q"], curves["entropy"], curves["cross_entropy"], color=scheme.second, alpha=0.25,
                        linewidth=0, label="$D_{KL}(P \\| Q)$")
        ax.set(xlabel="$Q(y = 1)$", title=title, ylim=(0, 3))
    axes[0].legend(loc="upper center", fontsize=8)
    q_free = P_FREE
    h_free = cross_entropy_free()
    axes[1].plot([q_free], [h_free], "o", color=scheme.second, markersize=7)
    axes[1].annotate(f"$Q(y = 1) = {find_claim('cross_entropy_from_likelihood.p_free').text()}$\n"
                     f"$H(P, Q) = D_{{KL}} \\approx {find_claim('cross_entropy_from_information.cross_entropy_free').text()}$",
                     (q_free, h_free), xytext=(0.4, 2.0), textcoords="data", color=scheme.ink, fontsize=9,
                     arrowprops={"arrowstyle": "->", "color": scheme.muted})
    return fig


def entropy_gap_alt() -> str:
    """Alt text of :func:`plot_entropy_gap`."""
    return (f"两幅图，横轴是预测分布 Q 给垃圾邮件的概率。左图真实分布 P 给垃圾邮件的概率为 "
            f"{find_claim('cross_entropy_from_information.illustration_p').text()}：交叉熵曲线始终在熵 H(P) 这条水平线之上，"
            f"两者之间的阴影就是 KL 散度，Q 与 P 相同时阴影收窄为零。右图 P 是 one-hot：H(P) = "
            f"{find_claim('cross_entropy_from_information.entropy_of_true_label').text()}，交叉熵等于 KL 散度；"
            f"标出的点是 Q = {find_claim('cross_entropy_from_likelihood.p_free').text()} 时的 "
            f"{find_claim('cross_entropy_from_information.cross_entropy_free').text()}。")


FIGURES = (FigureSpec("entropy_gap", plot_entropy_gap, entropy_gap_alt),)


CLAIMS = (
    Claim("cross_entropy_free", cross_entropy_free, 3, "§2.5", "“免费”邮件的交叉熵 −log 0.8", article="0.223"),
    Claim("cross_entropy_meeting", cross_entropy_meeting, 3, "§2.5", "“会议”邮件的交叉熵 −log 0.7",
          article="0.357"),
    Claim("entropy_of_true_label", entropy_of_true_label, 0, "§2.2", "one-hot 真实分布的熵 H(P)",
          origin="annotation"),
    Claim("kl_free", kl_free, 3, "§2.2", "“免费”邮件的 KL 散度 D_KL(P‖Q)", origin="annotation"),
    Claim("illustration_p", "ILLUSTRATION_P", 1, "§2.2", "示意图中真实分布 P 的垃圾邮件概率", origin="annotation"),
)
