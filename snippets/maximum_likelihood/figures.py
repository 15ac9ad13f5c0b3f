"""极大似然估计: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.maximum_likelihood.claims import (
    more_heads, more_tails, ratio_to_fair, ratio_to_fair_more_tosses,
)
from snippets.maximum_likelihood.model import (
    FAIR_P, HEADS, L2_PENALTY, SEPARABLE_STEPS_LONG, TAILS, coin_likelihood, coin_log_likelihood,
    coin_mle, email_loss, mle_closed_form, training_path,
)
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def coin_curves(points: int = 999) -> dict[str, np.ndarray | float]:
    """What the coin figure draws: a grid of ``p``, both curves, and the marked points.

    Returns
    -------
    dict
        ``p``, ``likelihood``, ``log_likelihood`` (arrays over the grid), and
        ``p_max``, the marked maximiser (the closed-form estimate), and
        ``p_fair``.
    """
    p = np.linspace(0.001, 0.999, points)
    return {
        "p": p,
        "likelihood": coin_likelihood(p, HEADS, TAILS),
        "log_likelihood": coin_log_likelihood(p, HEADS, TAILS),
        "p_max": mle_closed_form(),
        "p_fair": FAIR_P,
    }


def plot_coin_likelihood(scheme: Scheme) -> Figure:
    """The coin likelihood ``p^6 (1 - p)^4`` and its logarithm, maximum and ``p = 0.5`` marked."""
    fig, axes = new_figure(scheme, (7.2, 3.3), panels=2, sharex=True)
    curves = coin_curves()
    p_max, p_fair = curves["p_max"], curves["p_fair"]
    h, t = find_claim("maximum_likelihood.heads").text(), find_claim("maximum_likelihood.tails").text()
    titles = (f"$P = p^{{{h}}}(1 - p)^{{{t}}}$", f"$\\log P = {h}\\log p + {t}\\log(1 - p)$")
    for ax, key, title, function in ((axes[0], "likelihood", titles[0], coin_likelihood),
                                     (axes[1], "log_likelihood", titles[1], coin_log_likelihood)):
        ax.plot(curves["p"], curves[key], color=scheme.accent, linewidth=2)
        ax.axvline(p_max, color=scheme.second, linestyle=":", linewidth=1.2)
        ax.plot([p_max], [function(p_max, HEADS, TAILS)], "o", color=scheme.second, markersize=7,
                label=f"$\\hat{{p}} = {find_claim('maximum_likelihood.mle_closed_form').text()}$")
        ax.plot([p_fair], [function(p_fair, HEADS, TAILS)], "s", color=scheme.muted, markersize=6,
                label=f"$p = {find_claim('maximum_likelihood.fair_p').text()}$")
        ax.set(xlabel="$p$", title=title)
    axes[0].legend(loc="upper left", fontsize=8)
    axes[1].legend(loc="lower center", bbox_to_anchor=(0.3, 0.02), fontsize=8)
    axes[1].set_ylim(-25, None)
    return fig


def coin_likelihood_alt() -> Words:
    """Alt text of :func:`plot_coin_likelihood`."""
    p_hat = find_claim("maximum_likelihood.mle_closed_form").text()
    return Words(
        zh=(f"图 (a) 是似然 p^{HEADS}(1−p)^{TAILS}，图 (b) 是它的对数，横轴都是正面概率 p。两条曲线都在 p = {p_hat} 处达到最高点，"
            f"该处画有竖线；公平硬币 p = {find_claim('maximum_likelihood.fair_p').text()} 处的点明显更低。"),
        en=(f"Panel (a) is the likelihood p^{HEADS}(1−p)^{TAILS} and panel (b) its log; in both, the horizontal axis "
            f"is the probability of heads p. Both curves reach their highest point at p = {p_hat}, where a vertical "
            f"line is drawn; the point for the fair coin, p = {find_claim('maximum_likelihood.fair_p').text()}, is "
            f"clearly lower."))


def plot_sharper_likelihood(scheme: Scheme) -> Figure:
    """Relative likelihood ``L(p) / L(p̂)`` for 6 正 4 反 and for 60 正 40 反."""
    fig, ax = new_figure(scheme, (5.6, 3.6))
    p = np.linspace(0.001, 0.999, 999)
    for heads, tails, colour, style in ((HEADS, TAILS, scheme.accent, "-"),
                                        (more_heads(), more_tails(), scheme.second, "--")):
        relative = np.exp(coin_log_likelihood(p, heads, tails)
                          - coin_log_likelihood(coin_mle(heads, tails), heads, tails))
        ax.plot(p, relative, style, color=colour, linewidth=2, label=f"$h = {heads},\\ t = {tails}$")
        ax.plot([FAIR_P], [np.exp(coin_log_likelihood(FAIR_P, heads, tails)
                                  - coin_log_likelihood(coin_mle(heads, tails), heads, tails))],
                "s", color=colour, markersize=6)
    ax.axvline(mle_closed_form(), color=scheme.muted, linestyle=":", linewidth=1.2)
    ax.set(xlabel="$p$", ylabel="$L(p) / L(\\hat{p})$", ylim=(0, 1.05),
           title=f"$\\hat{{p}} = {find_claim('maximum_likelihood.mle_closed_form').text()}$")
    ax.legend(loc="upper left", fontsize=9)
    return fig


def sharper_likelihood_alt() -> Words:
    """Alt text of :func:`plot_sharper_likelihood`."""
    claim = lambda name: find_claim(f"maximum_likelihood.{name}").text()  # noqa: E731
    return Words(
        zh=(f"两条相对似然曲线 L(p)/L(p̂)，都在 p = {claim('mle_closed_form')} 处取最大值 1。{HEADS} 正 {TAILS} 反的曲线宽而矮胖，"
            f"公平硬币 p = {claim('fair_p')} 处仍有最大值的约 {1 / ratio_to_fair():.0%}；"
            f"{more_heads()} 正 {more_tails()} 反的曲线窄得多，p = {claim('fair_p')} 处只剩约 {1 / ratio_to_fair_more_tosses():.0%}。"),
        en=(f"Two curves of the relative likelihood L(p)/L(p̂), both reaching their maximum, 1, at "
            f"p = {claim('mle_closed_form')}. The curve for {HEADS} heads and {TAILS} tails is wide and squat: at the "
            f"fair coin, p = {claim('fair_p')}, it is still about {1 / ratio_to_fair():.0%} of its maximum; the curve "
            f"for {more_heads()} heads and {more_tails()} tails is much narrower, and at p = {claim('fair_p')} only "
            f"about {1 / ratio_to_fair_more_tosses():.0%} is left."))


def plot_separable_training(scheme: Scheme) -> Figure:
    """Loss and weight size along gradient descent, with and without the L2 penalty."""
    fig, (loss_ax, weight_ax) = new_figure(scheme, (7.2, 3.3), panels=2, sharex=True)
    checkpoints = np.unique(np.geomspace(1, SEPARABLE_STEPS_LONG, 60).astype(int))
    for penalty, colour, style, label in ((0.0, scheme.accent, "-", "$\\lambda = 0$"),
                                          (L2_PENALTY, scheme.second, "--", f"$\\lambda = {L2_PENALTY:g}$")):
        path = training_path(SEPARABLE_STEPS_LONG, penalty)
        weights = [path[step] for step in checkpoints]
        loss_ax.plot(checkpoints, [email_loss(w) for w in weights], style, color=colour, linewidth=2, label=label)
        weight_ax.plot(checkpoints, [np.max(np.abs(w)) for w in weights], style, color=colour, linewidth=2, label=label)
    loss_ax.set(xscale="log", yscale="log", xlabel="$t$", ylabel="$J(w)$")
    weight_ax.set(xscale="log", xlabel="$t$", ylabel="$\\max |w|$")
    loss_ax.legend(loc="lower left", fontsize=8)
    weight_ax.legend(loc="upper left", fontsize=8)
    return fig


def separable_training_alt() -> Words:
    """Alt text of :func:`plot_separable_training`."""
    claim = lambda name: find_claim(f"maximum_likelihood.{name}").text()  # noqa: E731
    return Words(
        zh=(f"两幅图，横轴是梯度下降的步数（对数刻度）。不加正则时，交叉熵一路下降（{SEPARABLE_STEPS_LONG} 步后 {claim('separable_loss_long')}），"
            f"权重一路增大（{claim('separable_weight_long')}），没有停下来的迹象；加 L2 正则（λ = {L2_PENALTY:g}）时，"
            f"两条曲线很快走平，权重停在 {claim('regularised_weight')}。"),
        en=(f"Two panels; the horizontal axis is the number of gradient-descent steps (log scale). Without "
            f"regularization, the cross-entropy keeps falling ({claim('separable_loss_long')} after "
            f"{SEPARABLE_STEPS_LONG} steps) and the weights keep growing ({claim('separable_weight_long')}), with no "
            f"sign of stopping; with L2 regularization (λ = {L2_PENALTY:g}), both curves soon level off, and the "
            f"weights stop at {claim('regularised_weight')}."))


FIGURES = (
    FigureSpec("coin_likelihood", plot_coin_likelihood, coin_likelihood_alt),
    FigureSpec("sharper_likelihood", plot_sharper_likelihood, sharper_likelihood_alt),
    FigureSpec("separable_training", plot_separable_training, separable_training_alt),
)
