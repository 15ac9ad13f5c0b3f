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
from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import Claim, find_claim, format_number
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.verification import Verification, latex, same

if TYPE_CHECKING:
    from matplotlib.figure import Figure

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


def cat_confident_bits() -> float:
    """Annotation: ``-log₂ 0.9``, the confident loss in bits instead of nats."""
    return -float(np.log2(P_CONFIDENT))


def cat_wrong_bits() -> float:
    """Annotation: ``-log₂ 0.1``, the wrong loss in bits."""
    return -float(np.log2(P_WRONG))


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


def kl_fair_to_confident() -> float:
    """``D_KL(fair ‖ confident)``."""
    return kl_divergence(FAIR_GUESS, CONFIDENT)


def kl_confident_to_fair() -> float:
    """``D_KL(confident ‖ fair)``: not the same number, KL is not symmetric."""
    return kl_divergence(CONFIDENT, FAIR_GUESS)


def kl_fair_to_between() -> float:
    """``D_KL(fair ‖ between)``, first leg of the detour."""
    return kl_divergence(FAIR_GUESS, BETWEEN)


def kl_between_to_confident() -> float:
    """``D_KL(between ‖ confident)``, second leg of the detour."""
    return kl_divergence(BETWEEN, CONFIDENT)


def kl_detour() -> float:
    """The two legs together: shorter than the direct ``D_KL(fair ‖ confident)``."""
    return kl_fair_to_between() + kl_between_to_confident()


def self_cross_entropy() -> float:
    """``H(P, P)`` of the fair guess: its entropy ``ln 2``, not 0."""
    return cross_entropy_between(FAIR_GUESS, FAIR_GUESS)


# --- Annotation (§2.4): 99 % cats, 1 % dogs ---------------------------------------------------------
def cat_share() -> float:
    """Share of cats among the samples."""
    return IMBALANCE_CAT_PERCENT / (IMBALANCE_CAT_PERCENT + IMBALANCE_DOG_PERCENT)


def constant_accuracy_percent() -> float:
    """Accuracy (%) of a classifier that answers 猫 for every picture."""
    return 100 * max(cat_share(), 1 - cat_share())


def mean_cross_entropy(q: float, cat_weight: float = 1.0, dog_weight: float = 1.0) -> float:
    """Mean (optionally class-weighted) cross-entropy over the data when every prediction is ``P(猫) = q``.

    Examples
    --------
    >>> f"{mean_cross_entropy(0.5):.3f}"
    '0.693'
    """
    share = cat_share()
    return share * cat_weight * -float(np.log(q)) + (1 - share) * dog_weight * -float(np.log(1 - q))


def best_constant_prediction() -> float:
    """The constant ``q`` with the least plain cross-entropy: the share of cats."""
    return cat_share()


def constant_cross_entropy() -> float:
    """Plain cross-entropy of the best constant classifier: small, though it never finds a dog."""
    return mean_cross_entropy(best_constant_prediction())


def balancing_weights() -> tuple[float, float]:
    """Class weights ``1 / (2 × share)``: each class then carries half of the loss."""
    return 1 / (2 * cat_share()), 1 / (2 * (1 - cat_share()))


def weighted_constant_cross_entropy() -> float:
    """Class-weighted cross-entropy of that same constant classifier."""
    return mean_cross_entropy(best_constant_prediction(), *balancing_weights())


def weighted_best_prediction() -> float:
    """The constant ``q`` with the least weighted cross-entropy (grid search over (0, 1))."""
    grid = np.linspace(0.001, 0.999, 9981)
    losses = [mean_cross_entropy(q, *balancing_weights()) for q in grid]
    return float(grid[int(np.argmin(losses))])


def weighted_least_cross_entropy() -> float:
    """The weighted cross-entropy at its best constant: ``ln 2``, that of a coin toss."""
    return mean_cross_entropy(weighted_best_prediction(), *balancing_weights())


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


def wrong_probability() -> float:
    """P(猫) the badly wrong model gives."""
    return float(sigmoid(WRONG_LOGIT))


def wrong_cross_entropy_gradient() -> float:
    """Cross-entropy gradient at the wrong logit: close to −1, a full-size push."""
    return float(cross_entropy_gradient(WRONG_LOGIT))


def wrong_squared_error_gradient() -> float:
    """Squared-error gradient at the wrong logit: almost 0, learning stalls."""
    return float(squared_error_gradient(WRONG_LOGIT))


def gradient_ratio() -> float:
    """How many times larger the cross-entropy gradient is there."""
    return wrong_cross_entropy_gradient() / wrong_squared_error_gradient()


def verify_gradients_as_written() -> Verification:
    """§2.3 annotation: the two gradient formulas on the page, and the numbers they give at ``z = WRONG_LOGIT``."""
    import sympy as sp

    z, y = sp.symbols("z y", real=True)
    p = 1 / (1 + sp.exp(-z))
    cross_entropy = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
    squared_error = (p - y) ** 2
    d_cross_entropy, d_squared_error = sp.diff(cross_entropy, z), sp.diff(squared_error, z)
    page_cross_entropy, page_squared_error = p - y, 2 * (p - y) * p * (1 - p)  # as the page writes them
    at_wrong = {z: sp.Integer(int(WRONG_LOGIT)), y: CAT_LABEL}
    printed = {name: find_claim(f"cross_entropy.{name}") for name in
               ("wrong_cross_entropy_gradient", "wrong_squared_error_gradient", "gradient_ratio")}
    from_page = {
        "wrong_cross_entropy_gradient": float(page_cross_entropy.subs(at_wrong)),
        "wrong_squared_error_gradient": float(page_squared_error.subs(at_wrong)),
        "gradient_ratio": float((page_cross_entropy / page_squared_error).subs(at_wrong)),
    }
    numbers_match = all(format_number(from_page[name], claim.claim.digits) == claim.text()
                        for name, claim in printed.items())
    z_text, (ce_text, se_text, ratio_text) = find_claim("cross_entropy.wrong_logit").text(), (
        format_number(from_page[name], claim.claim.digits) for name, claim in printed.items())
    at = r"\Big|_{z = %s,\ y = %d}" % (z_text, CAT_LABEL)
    return Verification(
        "交叉熵对 z 的梯度是 p − y，平方误差 (p − y)² 对 z 的梯度是 2(p − y)·p(1 − p)；"
        f"把 z = {z_text.replace('-', '\u2212')}、y = {CAT_LABEL} 代入这两个式子，正好得到页面上的两个梯度和它们的比",
        same(d_cross_entropy, page_cross_entropy) and same(d_squared_error, page_squared_error) and numbers_match,
        (latex(r"\frac{\partial}{\partial z}\bigl(-[y \log p + (1 - y)\log(1 - p)]\bigr)", "p - y"),
         latex(r"\frac{\partial}{\partial z}(p - y)^2", r"2(p - y)\,p(1 - p)"),
         latex(r"(p - y)" + at, ce_text), latex(r"2(p - y)\,p(1 - p)" + at, se_text),
         latex(r"\frac{p - y}{2(p - y)\,p(1 - p)}" + at, ratio_text)),
    )


CHECKS = (verify_gradients_as_written,)


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


def gradients_alt() -> str:
    """Alt text of :func:`plot_gradients`."""
    return (f"两条曲线对比 sigmoid 输出时两种损失对 logit z 的梯度大小（纵轴对数刻度，标签为猫）。交叉熵的梯度在 z 很小、"
            f"即预测严重错误时接近 1；平方误差的梯度在同一处趋于 0。z = {WRONG_LOGIT:g} 处两者相差 "
            f"{find_claim('cross_entropy.gradient_ratio').text()} 倍。")


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


def negative_log_alt() -> str:
    """Alt text of :func:`plot_negative_log`."""
    return (f"曲线 −log p：p 越接近 0 越陡地升高，p = 1 时为 0。标出两点：p = {find_claim('cross_entropy.p_confident').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_confident_loss').text()}，p = {find_claim('cross_entropy.p_wrong').text()} "
            f"时损失约 {find_claim('cross_entropy.cat_wrong_loss').text()}。")


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


def binary_cross_entropy_alt() -> str:
    """Alt text of :func:`plot_binary_cross_entropy`."""
    return ("二分类交叉熵随预测概率 p 变化的两条曲线：标签 y = 1 时损失 −log p 随 p 增大而下降，"
            "标签 y = 0 时损失 −log(1 − p) 随 p 增大而上升；两条曲线左右对称、在正中相交，预测越偏离标签损失越大。")


FIGURES = (
    FigureSpec("negative_log", plot_negative_log, negative_log_alt),
    FigureSpec("binary_cross_entropy", plot_binary_cross_entropy, binary_cross_entropy_alt),
    FigureSpec("gradients", plot_gradients, gradients_alt),
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
    Claim("cat_confident_bits", cat_confident_bits, 3, "§2.2", "−log₂ 0.9，以比特计", origin="annotation"),
    Claim("cat_wrong_bits", cat_wrong_bits, 2, "§2.2", "−log₂ 0.1，以比特计", origin="annotation"),
    Claim("between_p", "BETWEEN_P", 1, "§2.3", "介于两者之间的分布 P(猫)", origin="annotation"),
    Claim("fair_p", "FAIR_P", 1, "§2.3", "对半猜的分布 P(猫)", origin="annotation"),
    Claim("kl_fair_to_confident", kl_fair_to_confident, 3, "§2.3", "D_KL(对半 ‖ 0.9)", origin="annotation"),
    Claim("kl_confident_to_fair", kl_confident_to_fair, 3, "§2.3", "D_KL(0.9 ‖ 对半)", origin="annotation"),
    Claim("kl_fair_to_between", kl_fair_to_between, 3, "§2.3", "D_KL(对半 ‖ 0.7)", origin="annotation"),
    Claim("kl_between_to_confident", kl_between_to_confident, 3, "§2.3", "D_KL(0.7 ‖ 0.9)", origin="annotation"),
    Claim("kl_detour", kl_detour, 3, "§2.3", "绕道 0.7 的两段 KL 之和", origin="annotation"),
    Claim("self_cross_entropy", self_cross_entropy, 3, "§2.3", "H(P, P)，P 为对半分布", origin="annotation"),
    Claim("constant_accuracy_percent", constant_accuracy_percent, 0, "§2.4", "一律答“猫”的准确率（%）",
          origin="annotation"),
    Claim("best_constant_prediction", best_constant_prediction, 2, "§2.4", "交叉熵最小的常数预测 P(猫)",
          origin="annotation"),
    Claim("constant_cross_entropy", constant_cross_entropy, 3, "§2.4", "该常数预测的平均交叉熵", origin="annotation"),
    Claim("weighted_constant_cross_entropy", weighted_constant_cross_entropy, 2, "§2.4",
          "同一常数预测的类别加权交叉熵", origin="annotation"),
    Claim("weighted_best_prediction", weighted_best_prediction, 1, "§2.4", "加权交叉熵最小的常数预测 P(猫)",
          origin="annotation"),
    Claim("weighted_least_cross_entropy", weighted_least_cross_entropy, 3, "§2.4", "加权交叉熵的最小值",
          origin="annotation"),
    Claim("wrong_logit", "WRONG_LOGIT", 0, "§2.3", "预测严重错误时的 logit z", origin="annotation"),
    Claim("wrong_probability", wrong_probability, 3, "§2.3", "此时的 P(猫) = σ(z)", origin="annotation"),
    Claim("wrong_cross_entropy_gradient", wrong_cross_entropy_gradient, 3, "§2.3", "交叉熵对 z 的梯度",
          origin="annotation"),
    Claim("wrong_squared_error_gradient", wrong_squared_error_gradient, 4, "§2.3", "平方误差对 z 的梯度",
          origin="annotation"),
    Claim("gradient_ratio", gradient_ratio, 0, "§2.3", "两者之比", origin="annotation"),
)
