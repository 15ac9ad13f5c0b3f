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
from typing import TYPE_CHECKING

import numpy as np

from snippets.categorical_cross_entropy import bernoulli_probability
from snippets.claim import Claim, find_claim
from snippets.emails import P_FREE, P_MEETING, label_free, label_meeting
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.verification import Verification, latex, same, scientific

if TYPE_CHECKING:
    from matplotlib.figure import Figure


#: Spam probability of a non-degenerate true distribution P, for the figure of
#: H(P), H(P, Q) and their gap.  Our choice: the article's P is always one-hot.
ILLUSTRATION_P = 0.3
#: Seed and size of the generated data set for the logistic-regression cross-check.
TRAINING_SEED = 0
TRAINING_SIZE = 40


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


def verify_cross_entropy_decomposition() -> Verification:
    """§2.2: H(P, Q) = H(P) + D_KL(P‖Q) for any two distributions over K = 3 outcomes."""
    import sympy as sp

    k = 3
    p = sp.symbols(f"P_1:{k + 1}", positive=True)
    q = sp.symbols(f"Q_1:{k + 1}", positive=True)
    h_pq = -sp.Add(*[pi * sp.log(qi) for pi, qi in zip(p, q, strict=True)])
    h_p = -sp.Add(*[pi * sp.log(pi) for pi in p])
    kl = sp.Add(*[pi * sp.log(pi / qi) for pi, qi in zip(p, q, strict=True)])
    gap = sp.simplify(sp.expand_log(h_pq - (h_p + kl), force=True))
    return Verification(
        f"对 K = {k} 个结果上的任意分布 P、Q，交叉熵等于熵加 KL 散度",
        gap == 0,
        (latex(r"H(P, Q) - \left[H(P) + D_{KL}(P \| Q)\right]", gap),),
    )


def verify_one_hot_cross_entropy() -> Verification:
    """§2.3: for a one-hot P (label y), H(P) = 0 and H(P, Q) = −[y log p + (1 − y) log(1 − p)]."""
    import sympy as sp

    p = sp.symbols("p", positive=True)
    found = []
    for y in (1, 0):
        true = true_distribution(y)
        predicted = (1 - p, p)
        # 0 · log 0 counts as 0: only outcomes with P(y) > 0 contribute.
        h_p = -sp.Add(*[sp.Integer(int(t)) * sp.log(sp.Integer(int(t))) for t in true if t > 0])
        h_pq = -sp.Add(*[sp.Integer(int(t)) * sp.log(q) for t, q in zip(true, predicted, strict=True) if t > 0])
        article_form = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
        found.append((y, h_p, h_pq, same(h_pq, article_form)))
    return Verification(
        "真实分布是 one-hot 时，H(P) = 0，交叉熵只剩真实标签那一项，合起来就是 −[y log p + (1 − y) log(1 − p)]",
        all(h_p == 0 and ok for _, h_p, _, ok in found),
        tuple(f"y = {y}:\\quad H(P) = {sp.latex(h_p)},\\quad H(P, Q) = {sp.latex(h_pq)}" for y, h_p, h_pq, _ in found),
    )


def verify_kl_is_never_negative() -> Verification:
    """§2.2: D_KL ≥ 0 — symbolically for Bernoulli P, Q; numerically on many random distributions."""
    import sympy as sp

    p, q = sp.symbols("p q", positive=True)
    kl = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
    slope = sp.simplify(sp.diff(kl, q))
    slope_form = (q - p) / (q * (1 - q))
    at_minimum = sp.simplify(kl.subs(q, p))
    symbolic = sp.simplify(slope - slope_form) == 0 and at_minimum == 0
    rng = np.random.default_rng(0)
    smallest, count = np.inf, 0
    for size in range(2, 7):
        for _ in range(500):
            first, second = rng.dirichlet(np.ones(size)), rng.dirichlet(np.ones(size))
            smallest, count = min(smallest, kl_divergence(first, second)), count + 1
    return Verification(
        "伯努利情形：D_KL 对 q 的导数在 q < p 时为负、q > p 时为正，q = p 处取值 0，所以处处 ≥ 0；"
        "再在随机抽取的分布上数值核对",
        symbolic and smallest >= -1e-12,
        (latex(r"\frac{\partial D_{KL}}{\partial q}", slope_form), latex(r"D_{KL}\big|_{q = p}", at_minimum),
         latex(r"\min D_{KL}\ \text{（%d 组随机分布）}" % count, f"{scientific(smallest, 2)} \\ge 0")),
    )


def verify_both_routes_give_the_same_loss() -> Verification:
    """§2.3 步骤 3: (1/n) Σ H(P_i, Q_i) is the likelihood's J(θ), term by term (n = 3 symbolic examples)."""
    import sympy as sp

    n = 3
    p = sp.symbols(f"p_1:{n + 1}", positive=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    information = sp.Rational(1, n) * sp.Add(*[-((1 - yi) * sp.log(1 - pi) + yi * sp.log(pi))
                                               for pi, yi in zip(p, y, strict=True)])
    likelihood = -sp.Rational(1, n) * sp.expand_log(sp.log(sp.Mul(*[pi**yi * (1 - pi) ** (1 - yi)
                                                                    for pi, yi in zip(p, y, strict=True)])), force=True)
    gap = sp.simplify(information - likelihood)
    return Verification(
        "信息论给出的 (1/n) Σ H(P_i, Q_i) 与极大似然给出的 −(1/n) log L(θ) 是同一个式子",
        gap == 0,
        (latex(r"\tfrac{1}{n}\sum_i H(P_i, Q_i) - \left(-\tfrac{1}{n}\log L(\theta)\right)", gap),),
    )


def make_training_data(seed: int = TRAINING_SEED, size: int = TRAINING_SIZE) -> tuple[np.ndarray, np.ndarray]:
    """A small seeded data set for logistic regression: two features, labels drawn from a logistic model.

    Examples
    --------
    >>> x, y = make_training_data()
    >>> x.shape, sorted(set(y.tolist()))
    ((40, 2), [0, 1])
    """
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(size, 2))
    p = 1 / (1 + np.exp(-(x @ np.array([1.5, -2.0]) + 0.3)))
    return x, (rng.random(size) < p).astype(int)


def train_logistic_regression(x: np.ndarray, y: np.ndarray, rate: float = 0.5,
                              steps: int = 100) -> dict[str, np.ndarray]:
    """Gradient descent on the mean cross-entropy, recording the loss two ways at every step.

    Returns
    -------
    dict
        ``likelihood``: −(1/n) log Π p_i^{y_i}(1 − p_i)^{1 − y_i}, computed from the
        Bernoulli probabilities; ``information``: (1/n) Σ H(P_i, Q_i), computed from
        one-hot ``P_i`` and ``Q_i = (1 − p_i, p_i)``.  One value per step, before it.
    """
    w, b = np.zeros(x.shape[1]), 0.0
    likelihood, information = [], []
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        likelihood.append(-np.log(np.prod([bernoulli_probability(int(yi), float(pi)) for yi, pi in zip(y, p)]))
                          / len(y))
        information.append(np.mean([cross_entropy(true_distribution(int(yi)), predicted_distribution(float(pi)))
                                    for yi, pi in zip(y, p)]))
        w -= rate * x.T @ (p - y) / len(y)
        b -= rate * float(np.mean(p - y))
    return {"likelihood": np.array(likelihood), "information": np.array(information)}


def verify_training_losses_agree() -> Verification:
    """Numerical cross-check: training logistic regression, the two losses are the same number at every step."""
    history = train_logistic_regression(*make_training_data())
    gap = float(np.max(np.abs(history["likelihood"] - history["information"])))
    return Verification(
        f"在 {TRAINING_SIZE} 个随机生成（种子 {TRAINING_SEED}）的样本上用梯度下降训练逻辑回归："
        "每一步的负对数似然与交叉熵都是同一个数",
        gap < 1e-12 and history["likelihood"][-1] < history["likelihood"][0],
        (latex(r"\max_t \left|J_{\text{似然}}(t) - J_{\text{信息论}}(t)\right|", scientific(gap)),
         latex(r"J(0) \to J(%d)" % (len(history["likelihood"]) - 1),
               f"{history['likelihood'][0]:.3f} \\to {history['likelihood'][-1]:.3f}", r"\colon")),
    )


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


def logistic_training_alt() -> str:
    """Alt text of :func:`plot_logistic_training`."""
    history = train_logistic_regression(*make_training_data())
    return (f"逻辑回归训练过程中损失随步数下降的两条曲线：一条按负对数似然计算，一条按交叉熵计算，"
            f"从 {history['likelihood'][0]:.3f} 降到 {history['likelihood'][-1]:.3f}，两条曲线完全重合。")


CHECKS = (verify_cross_entropy_decomposition, verify_one_hot_cross_entropy, verify_kl_is_never_negative,
          verify_both_routes_give_the_same_loss, verify_training_losses_agree)


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


def entropy_gap_alt() -> str:
    """Alt text of :func:`plot_entropy_gap`."""
    return (f"两幅图，横轴是预测分布 Q 给垃圾邮件的概率。图 (a) 中真实分布 P 给垃圾邮件的概率为 "
            f"{find_claim('cross_entropy_from_information.illustration_p').text()}：交叉熵曲线始终在熵 H(P) 这条水平线之上，"
            f"两者之间的阴影就是 KL 散度，Q 与 P 相同时阴影收窄为零。图 (b) 中 P 是 one-hot：H(P) = "
            f"{find_claim('cross_entropy_from_information.entropy_of_true_label').text()}，交叉熵等于 KL 散度；"
            f"标出的点是 Q = {find_claim('cross_entropy_from_likelihood.p_free').text()} 时的 "
            f"{find_claim('cross_entropy_from_information.cross_entropy_free').text()}。")


FIGURES = (
    FigureSpec("entropy_gap", plot_entropy_gap, entropy_gap_alt),
    FigureSpec("logistic_training", plot_logistic_training, logistic_training_alt),
)


CLAIMS = (
    Claim("cross_entropy_free", cross_entropy_free, 3, "§2.5", "“免费”邮件的交叉熵 −log 0.8", article="0.223"),
    Claim("cross_entropy_meeting", cross_entropy_meeting, 3, "§2.5", "“会议”邮件的交叉熵 −log 0.7",
          article="0.357"),
    Claim("entropy_of_true_label", entropy_of_true_label, 0, "§2.2", "one-hot 真实分布的熵 H(P)",
          origin="annotation"),
    Claim("kl_free", kl_free, 3, "§2.2", "“免费”邮件的 KL 散度 D_KL(P‖Q)", origin="annotation"),
    Claim("illustration_p", "ILLUSTRATION_P", 1, "§2.2", "示意图中真实分布 P 的垃圾邮件概率", origin="annotation"),
)
