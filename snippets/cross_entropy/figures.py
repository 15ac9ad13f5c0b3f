"""交叉熵: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import find_claim
from snippets.cross_entropy.claims import wrong_cross_entropy_gradient, wrong_squared_error_gradient
from snippets.cross_entropy.model import (
    CAT_LABEL, P_CONFIDENT, P_WRONG, WRONG_LOGIT, binary_cross_entropy, cross_entropy_gradient,
    squared_error_gradient,
)
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def plot_gradients(scheme: Scheme) -> Figure:
    """``|∂L/∂z|`` of cross-entropy and of squared error for a sigmoid output, label 猫 (y = 1)."""
    fig, ax = new_figure(scheme, (5.6, 3.6))
    z = np.linspace(-8, 4, 481)
    ax.plot(z, np.abs(cross_entropy_gradient(z)), color=scheme.accent, linewidth=2,
            label="$-\\log \\sigma(z)$:  $|\\sigma(z) - 1|$")
    ax.plot(z, np.abs(squared_error_gradient(z)), "--", color=scheme.second, linewidth=2,
            label="$(\\sigma(z) - 1)^2$:  $2|\\sigma(z) - 1|\\,\\sigma(z)(1 - \\sigma(z))$")
    for value, colour in ((wrong_cross_entropy_gradient(), scheme.accent),
                          (wrong_squared_error_gradient(), scheme.second)):
        ax.plot([WRONG_LOGIT], [abs(value)], "o", color=colour, markersize=7)
    ax.annotate(f"$z = {WRONG_LOGIT:g}$:  {find_claim('cross_entropy.gradient_ratio').text()}×",
                (WRONG_LOGIT, abs(wrong_squared_error_gradient())), xytext=(10, -4), textcoords="offset points",
                color=scheme.ink, fontsize=9)
    ax.set(xlabel="$z$", ylabel="$|\\partial L / \\partial z|$", yscale="log", ylim=(1e-4, 2),
           title="$y = 1$")
    ax.legend(loc="lower left", fontsize=8)
    return fig


def gradients_alt() -> Words:
    """Alt text of :func:`plot_gradients`."""
    return Words(
        zh=(f"两条曲线对比 sigmoid 输出时两种损失对 logit z 的梯度大小（纵轴对数刻度，标签为猫）。交叉熵的梯度在 z 很小、"
            f"即预测严重错误时接近 1；平方误差的梯度在同一处趋于 0。z = {WRONG_LOGIT:g} 处两者相差 "
            f"{find_claim('cross_entropy.gradient_ratio').text()} 倍。"),
        en=(f"Two curves compare the size of the gradient of two losses with respect to the logit z of a sigmoid "
            f"output (vertical axis on a log scale, label cat). The cross-entropy's gradient is close to 1 where z is "
            f"very negative, that is, where the prediction is badly wrong; the squared error's gradient goes to 0 "
            f"there. At z = {WRONG_LOGIT:g} the two differ by a factor of "
            f"{find_claim('cross_entropy.gradient_ratio').text()}."))


def plot_negative_log(scheme: Scheme) -> Figure:
    """``-log p`` on (0, 1] with the two 猫 predictions marked and labelled."""
    fig, ax = new_figure(scheme, (5.6, 3.6))
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


def negative_log_alt() -> Words:
    """Alt text of :func:`plot_negative_log`."""
    return Words(
        zh=(f"曲线 −log p：p 越接近 0 越陡地升高，p = 1 时为 0。标出两点：p = {find_claim('cross_entropy.p_confident').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_confident_loss').text()}，p = {find_claim('cross_entropy.p_wrong').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_wrong_loss').text()}。"),
        en=(f"The curve −log p: it rises ever more steeply as p approaches 0, and it is 0 at p = 1. Two points are "
            f"marked: at p = {find_claim('cross_entropy.p_confident').text()} the loss is about "
            f"{find_claim('cross_entropy.cat_confident_loss').text()}, at "
            f"p = {find_claim('cross_entropy.p_wrong').text()} it is about "
            f"{find_claim('cross_entropy.cat_wrong_loss').text()}."))


def plot_binary_cross_entropy(scheme: Scheme) -> Figure:
    """Binary cross-entropy against ``p`` for ``y = 1`` and for ``y = 0``."""
    fig, ax = new_figure(scheme, (5.6, 3.6))
    p = np.linspace(0.01, 0.99, 393)
    for y, colour, style in ((1, scheme.accent, "-"), (0, scheme.second, "--")):
        loss = [binary_cross_entropy(y, value) for value in p]
        ax.plot(p, loss, style, color=colour, linewidth=2,
                label=f"$y = {y}$:  $-\\log {'p' if y else '(1 - p)'}$")
    ax.set(xlabel="$p$", ylabel="$L$", ylim=(0, None), title="$L = -[y \\log p + (1 - y) \\log(1 - p)]$")
    ax.legend(loc="upper center")
    return fig


def binary_cross_entropy_alt() -> Words:
    """Alt text of :func:`plot_binary_cross_entropy`."""
    return Words(
        zh=("二分类交叉熵随预测概率 p 变化的两条曲线：标签 y = 1 时损失 −log p 随 p 增大而下降，"
            "标签 y = 0 时损失 −log(1 − p) 随 p 增大而上升；两条曲线左右对称、在正中相交，预测越偏离标签损失越大。"),
        en=("Two curves of the binary cross-entropy against the predicted probability p: for label y = 1 the loss "
            "−log p falls as p increases, for label y = 0 the loss −log(1 − p) rises as p increases; the two curves "
            "are mirror images of each other and cross in the middle, and the further the prediction is from the "
            "label, the larger the loss."))


FIGURES = (
    FigureSpec("negative_log", plot_negative_log, negative_log_alt),
    FigureSpec("binary_cross_entropy", plot_binary_cross_entropy, binary_cross_entropy_alt),
    FigureSpec("gradients", plot_gradients, gradients_alt),
)
