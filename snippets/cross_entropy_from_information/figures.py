"""从信息论推导交叉熵: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import find_claim
from snippets.cross_entropy_from_information.claims import cross_entropy_free
from snippets.cross_entropy_from_information.model import (
    ILLUSTRATION_P, cross_entropy, entropy, kl_divergence, make_training_data, predicted_distribution,
    train_logistic_regression,
)
from snippets.emails import P_FREE, label_free
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def plot_logistic_training(scheme: Scheme) -> Figure:
    """Loss curves of the logistic-regression run: likelihood route and information route overlap."""
    fig, ax = new_figure(scheme, (5.8, 3.4))
    history = train_logistic_regression(*make_training_data())
    steps = np.arange(len(history["likelihood"]))
    ax.plot(steps, history["likelihood"], color=scheme.accent, linewidth=4, alpha=0.6,
            label="$-\\frac{1}{n}\\log L(\\theta)$")
    ax.plot(steps, history["information"], "--", color=scheme.second, linewidth=1.6,
            label="$\\frac{1}{n}\\sum_i H(P_i, Q_i)$")
    ax.set(xlabel="$t$", ylabel="$J$", ylim=(0, None))
    ax.legend(loc="upper right")
    return fig


def logistic_training_alt() -> Words:
    """Alt text of :func:`plot_logistic_training`."""
    history = train_logistic_regression(*make_training_data())
    return Words(
        zh=(f"逻辑回归训练过程中损失随步数下降的两条曲线：一条按负对数似然计算，一条按交叉熵计算，"
            f"从 {history['likelihood'][0]:.3f} 降到 {history['likelihood'][-1]:.3f}，两条曲线完全重合。"),
        en=(f"Two curves of the loss falling with the number of steps while logistic regression is trained: one "
            f"computed as the negative log-likelihood, one as the cross-entropy, falling from "
            f"{history['likelihood'][0]:.3f} to {history['likelihood'][-1]:.3f}; the two curves coincide exactly."))


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
    fig, axes = new_figure(scheme, (7.2, 3.4), panels=2, sharey=True)
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


def entropy_gap_alt() -> Words:
    """Alt text of :func:`plot_entropy_gap`."""
    return Words(
        zh=(f"两幅图，横轴是预测分布 Q 给垃圾邮件的概率。图 (a) 中真实分布 P 给垃圾邮件的概率为 "
            f"{find_claim('cross_entropy_from_information.illustration_p').text()}：交叉熵曲线始终在熵 H(P) 这条水平线之上，"
            f"两者之间的阴影就是 KL 散度，Q 与 P 相同时阴影收窄为零。图 (b) 中 P 是 one-hot：H(P) = "
            f"{find_claim('cross_entropy_from_information.entropy_of_true_label').text()}，交叉熵等于 KL 散度；"
            f"标出的点是 Q = {find_claim('cross_entropy_from_likelihood.p_free').text()} 时的 "
            f"{find_claim('cross_entropy_from_information.cross_entropy_free').text()}。"),
        en=(f"Two panels; the horizontal axis is the probability that the predicted distribution Q gives to spam. In "
            f"panel (a) the true distribution P gives spam the probability "
            f"{find_claim('cross_entropy_from_information.illustration_p').text()}: the cross-entropy curve always "
            f"lies above the horizontal line of the entropy H(P), the shaded area between them is the KL divergence, "
            f"and the shading narrows to zero where Q is the same as P. In panel (b) P is one-hot: H(P) = "
            f"{find_claim('cross_entropy_from_information.entropy_of_true_label').text()}, and the cross-entropy "
            f"equals the KL divergence; the marked point is the value "
            f"{find_claim('cross_entropy_from_information.cross_entropy_free').text()} at "
            f"Q = {find_claim('cross_entropy_from_likelihood.p_free').text()}."))


FIGURES = (
    FigureSpec("entropy_gap", plot_entropy_gap, entropy_gap_alt),
    FigureSpec("logistic_training", plot_logistic_training, logistic_training_alt),
)
