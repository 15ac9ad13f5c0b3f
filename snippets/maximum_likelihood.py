"""极大似然估计 (article part one, §3): the coin tossed ten times.

Six heads and four tails; which head probability ``p`` makes that result most
likely?  The closed form ``p = heads / (heads + tails)`` comes from setting
the derivative of the log-likelihood to zero; a numerical maximisation that
knows nothing of the formula must land on the same ``p``.

Examples
--------
>>> f"{maximise_coin_likelihood(HEADS, TAILS):.6f}"
'0.600000'
"""

from __future__ import annotations

import functools
from math import comb
from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import Claim, find_claim
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.verification import Verification, latex, same, scientific

if TYPE_CHECKING:
    from matplotlib.figure import Figure

#: Heads observed in the article's ten tosses (§3.2).
HEADS = 6
#: Tails observed (§3.2).
TAILS = 4
#: Head probability of a fair coin, the article's "不是 0.5" (§3.2).
FAIR_P = 0.5


def coin_likelihood(p: float | np.ndarray, heads: int, tails: int) -> float | np.ndarray:
    """Probability of one sequence with ``heads`` heads and ``tails`` tails: ``p^h (1 - p)^t``.

    Examples
    --------
    >>> f"{coin_likelihood(0.5, 6, 4):.6f}"
    '0.000977'
    """
    return p**heads * (1 - p) ** tails


def coin_log_likelihood(p: float | np.ndarray, heads: int, tails: int) -> float | np.ndarray:
    """``log P = h log p + t log(1 - p)``, natural logarithm.

    Examples
    --------
    >>> f"{coin_log_likelihood(0.6, 6, 4):.4f}"
    '-6.7301'
    """
    return heads * np.log(p) + tails * np.log(1 - p)


def coin_mle(heads: int, tails: int) -> float:
    """Closed-form maximiser ``p = h / (h + t)`` (derivative of log P set to 0).

    Raises
    ------
    ValueError
        If there are no tosses or a count is negative.

    Examples
    --------
    >>> coin_mle(6, 4)
    0.6
    """
    if heads < 0 or tails < 0 or heads + tails == 0:
        raise ValueError(f"need non-negative counts and at least one toss, got {heads}, {tails}")
    return heads / (heads + tails)


def coin_score(p: float, heads: int, tails: int) -> float:
    """Slope of the log-likelihood, ``d log P / dp = h / p - t / (1 - p)``.

    Examples
    --------
    >>> coin_score(0.5, 6, 4)
    4.0
    """
    return heads / p - tails / (1 - p)


def maximise_coin_likelihood(heads: int, tails: int, tolerance: float = 1e-12) -> float:
    """Maximise ``log P`` over ``p`` numerically, by bisection on its slope.

    With both counts positive the slope :func:`coin_score` falls from +∞ near
    ``p = 0`` to −∞ near ``p = 1``, so ``log P`` rises, peaks once and falls;
    halving the bracket where the slope changes sign finds the peak without
    solving for it.  (Searching on ``log P`` itself stalls near 1e-8: the
    curve is too flat at its top for floating point to tell points apart.)

    Parameters
    ----------
    heads, tails : int
        Positive counts.
    tolerance : float
        Width of the final bracket.

    Raises
    ------
    ValueError
        If a count is not positive (the maximum is then at 0 or 1).

    Examples
    --------
    >>> f"{maximise_coin_likelihood(3, 1):.9f}"
    '0.750000000'
    """
    if heads <= 0 or tails <= 0:
        raise ValueError(f"both counts must be positive for an interior maximum, got {heads}, {tails}")
    lo, hi = 0.0, 1.0
    while hi - lo > tolerance:
        mid = (lo + hi) / 2
        if coin_score(mid, heads, tails) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def toss_count() -> int:
    """Number of tosses, heads plus tails."""
    return HEADS + TAILS


def mle_closed_form() -> float:
    """The article's answer ``p`` from the derivative."""
    return coin_mle(HEADS, TAILS)


def mle_numerical() -> float:
    """The same ``p`` found by searching the log-likelihood numerically."""
    return maximise_coin_likelihood(HEADS, TAILS)


def verify_coin_maximum() -> Verification:
    """§3.2: log P = h log p + t log(1 − p); its derivative vanishes only at h/(h + t), a maximum."""
    import sympy as sp

    p = sp.symbols("p", positive=True)
    h, t = sp.Integer(HEADS), sp.Integer(TAILS)
    log_p = sp.expand_log(sp.log(p**h * (1 - p) ** t), force=True)
    article_form = h * sp.log(p) + t * sp.log(1 - p)
    slope = sp.diff(article_form, p)
    roots = sp.solve(sp.Eq(slope, 0), p)
    curvature = sp.diff(article_form, p, 2)
    at_root = curvature.subs(p, roots[0]) if len(roots) == 1 else sp.nan
    passed = (same(log_p, article_form) and roots == [sp.Rational(HEADS, HEADS + TAILS)]
              and abs(float(roots[0]) - mle_closed_form()) < 1e-12 and bool(at_root < 0))
    return Verification(
        f"取对数得到 log P = {HEADS} log p + {TAILS} log(1 − p)；导数为零的点唯一，就是正面频率，且二阶导数为负（最大值）",
        passed,
        (latex(r"\log\left(p^{%s}(1 - p)^{%s}\right)" % (h, t), log_p),
         latex(r"\frac{d \log P}{dp}", sp.together(slope)),
         latex("p", roots[0] if roots else "无解"),
         latex(r"\left.\frac{d^2 \log P}{dp^2}\right|_{p = %s}" % sp.latex(roots[0]) if roots else "", at_root)
         + " < 0"),
    )


# --- Annotation (§3.2): p⁶(1 − p)⁴ is one ordered sequence; the event "6 正 4 反" is C(10, 6) of them ----
def ordered_sequences() -> int:
    """How many orders of the tosses give ``HEADS`` 正 ``TAILS`` 反: ``C(n, h)``."""
    return comb(HEADS + TAILS, HEADS)


def sequence_probability_at_estimate() -> float:
    """Probability of one particular order of the tosses at ``p̂``: the article's ``p⁶(1 − p)⁴``."""
    return float(coin_likelihood(mle_closed_form(), HEADS, TAILS))


def event_probability_at_estimate() -> float:
    """Probability of the event "6 正 4 反" in any order at ``p̂``: the binomial probability."""
    return ordered_sequences() * sequence_probability_at_estimate()


def verify_ordering_factor_changes_nothing() -> Verification:
    """§3.2 annotation: C(n, h) p^h (1 − p)^t has the same maximiser and likelihood ratios as p^h (1 − p)^t."""
    import sympy as sp

    p, q = sp.symbols("p q", positive=True)
    h, t = sp.Integer(HEADS), sp.Integer(TAILS)
    sequence = p**h * (1 - p) ** t
    event = sp.binomial(h + t, h) * sequence
    same_slope = same(sp.diff(sp.log(event), p), sp.diff(sp.log(sequence), p))
    ratio_event = sp.simplify(event / event.subs(p, q))
    ratio_sequence = sp.simplify(sequence / sequence.subs(p, q))
    return Verification(
        f"“{HEADS} 正 {TAILS} 反”不计顺序的概率是 C({HEADS + TAILS}, {HEADS}) p^{HEADS}(1 − p)^{TAILS}；"
        "这个常数倍不改变对数似然的导数，所以最大点不变，任意两个 p 的似然比也不变",
        same_slope and same(ratio_event, ratio_sequence) and sp.binomial(h + t, h) == ordered_sequences(),
        (latex(r"\binom{%s}{%s}" % (h + t, h), sp.binomial(h + t, h)),
         latex(r"\frac{d}{dp}\log\left[\tbinom{%s}{%s} p^{%s}(1 - p)^{%s}\right]" % (h + t, h, h, t),
               sp.together(sp.diff(sp.log(event), p))),
         latex(r"\frac{\binom{%s}{%s} p^{%s}(1 - p)^{%s}}{\binom{%s}{%s} q^{%s}(1 - q)^{%s}}" % (h + t, h, h, t, h + t, h, h, t),
               ratio_sequence)),
    )


def gradient_ascent_coin(heads: int, tails: int, rate: float = 0.5, steps: int = 200) -> float:
    """Maximise the coin's mean log-likelihood by gradient ascent on the log-odds ``θ``.

    ``p = σ(θ)`` keeps every step inside (0, 1); the gradient of
    ``(h log p + t log(1 − p)) / n`` with respect to ``θ`` is ``(h − n p) / n``.

    Examples
    --------
    >>> f"{gradient_ascent_coin(3, 1):.6f}"
    '0.750000'
    """
    n = heads + tails
    theta = 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-theta))
        theta += rate * (heads - n * p) / n
    return float(1 / (1 + np.exp(-theta)))


def gradient_estimate() -> float:
    """``p`` reached by gradient ascent from ``p = 0.5``."""
    return gradient_ascent_coin(HEADS, TAILS)


def verify_gradient_ascent_reaches_the_estimate() -> Verification:
    """Numerical cross-check: gradient ascent from a fair coin lands on h/(h + t)."""
    p_gd = gradient_estimate()
    gap = abs(p_gd - mle_closed_form())
    return Verification("梯度上升（从公平硬币出发，不用求导公式）落到同一个 p", gap < 1e-9,
                        (latex(r"p_{\text{GD}}", f"{p_gd:.9f}"), latex(r"|p_{\text{GD}} - \hat{p}|", scientific(gap))))


CHECKS = (verify_coin_maximum, verify_ordering_factor_changes_nothing, verify_gradient_ascent_reaches_the_estimate)


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


def coin_likelihood_alt() -> str:
    """Alt text of :func:`plot_coin_likelihood`."""
    p_hat = find_claim("maximum_likelihood.mle_closed_form").text()
    return (f"图 (a) 是似然 p^{HEADS}(1−p)^{TAILS}，图 (b) 是它的对数，横轴都是正面概率 p。两条曲线都在 p = {p_hat} 处达到最高点，"
            f"该处画有竖线；公平硬币 p = {find_claim('maximum_likelihood.fair_p').text()} 处的点明显更低。")


# --- Annotation (§3.2): how much more likely is 0.6, and what ten times the data does ------------
#: The same proportion with ten times the tosses: 60 正 40 反.
MORE_TOSSES_FACTOR = 10


def likelihood_ratio(heads: int, tails: int) -> float:
    """``L(p̂) / L(0.5)``: how many times likelier the data are under the estimate than under a fair coin.

    Examples
    --------
    >>> likelihood_ratio(5, 5)
    1.0
    """
    return float(np.exp(coin_log_likelihood(coin_mle(heads, tails), heads, tails)
                        - coin_log_likelihood(FAIR_P, heads, tails)))


def standard_error(heads: int, tails: int) -> float:
    """Width of the likelihood peak: ``sqrt(p̂(1 - p̂)/n)``, from the curvature of ``log L`` at ``p̂``.

    Examples
    --------
    >>> f"{standard_error(50, 50):.2f}"
    '0.05'
    """
    n = heads + tails
    p_hat = coin_mle(heads, tails)
    return float(np.sqrt(p_hat * (1 - p_hat) / n))


def more_heads() -> int:
    """Heads in the larger experiment."""
    return HEADS * MORE_TOSSES_FACTOR


def more_tails() -> int:
    """Tails in the larger experiment."""
    return TAILS * MORE_TOSSES_FACTOR


def ratio_to_fair() -> float:
    """``L(0.6) / L(0.5)`` for 6 正 4 反."""
    return likelihood_ratio(HEADS, TAILS)


def ratio_to_fair_more_tosses() -> float:
    """``L(0.6) / L(0.5)`` for 60 正 40 反: the ratio to the tenth power."""
    return likelihood_ratio(more_heads(), more_tails())


def peak_width() -> float:
    """Standard error of ``p̂`` with 10 tosses."""
    return standard_error(HEADS, TAILS)


def peak_width_more_tosses() -> float:
    """Standard error of ``p̂`` with 100 tosses: √10 times narrower."""
    return standard_error(more_heads(), more_tails())


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


def sharper_likelihood_alt() -> str:
    """Alt text of :func:`plot_sharper_likelihood`."""
    claim = lambda name: find_claim(f"maximum_likelihood.{name}").text()  # noqa: E731
    return (f"两条相对似然曲线 L(p)/L(p̂)，都在 p = {claim('mle_closed_form')} 处取最大值 1。{HEADS} 正 {TAILS} 反的曲线宽而矮胖，"
            f"公平硬币 p = {claim('fair_p')} 处仍有最大值的约 {1 / ratio_to_fair():.0%}；"
            f"{more_heads()} 正 {more_tails()} 反的曲线窄得多，p = {claim('fair_p')} 处只剩约 {1 / ratio_to_fair_more_tosses():.0%}。")


# --- Annotation (§3.4): the three emails are separable, so the likelihood has no maximum ---------
#: One weight per word (one-hot features, no intercept): p(垃圾 | word) = σ(w_word).
SEPARABLE_RATE = 1.0
SEPARABLE_STEPS_SHORT = 100
SEPARABLE_STEPS_LONG = 10_000
#: L2 penalty (λ/2)‖w‖² added to the mean cross-entropy.
L2_PENALTY = 0.1


def _email_labels() -> np.ndarray:
    from snippets.cross_entropy_from_likelihood import EMAILS

    return np.array([label for _, label in EMAILS], dtype=float)


def email_loss(weights: np.ndarray, penalty: float = 0.0) -> float:
    """Mean cross-entropy of the three emails with one weight per word, plus ``(λ/2)‖w‖²``.

    Examples
    --------
    >>> f"{email_loss(np.zeros(3)):.3f}"
    '0.693'
    """
    y = _email_labels()
    margin = np.where(y == 1, 1.0, -1.0) * weights
    return float(np.mean(np.logaddexp(0.0, -margin)) + 0.5 * penalty * weights @ weights)


def training_path(steps: int, penalty: float = 0.0, rate: float = SEPARABLE_RATE) -> np.ndarray:
    """Gradient descent on :func:`email_loss` from ``w = 0``: the weights after each of ``steps`` steps.

    Returns
    -------
    numpy.ndarray
        Shape ``(steps + 1, 3)``; row ``t`` holds the weights after ``t`` steps.

    Examples
    --------
    >>> training_path(0).tolist()
    [[0.0, 0.0, 0.0]]
    """
    return _descend(steps, penalty, rate, mean=True)


@functools.cache
def _descend(steps: int, penalty: float, rate: float, mean: bool) -> np.ndarray:
    """The path of gradient descent on the mean (or summed) cross-entropy plus ``(λ/2)‖w‖²``.

    Claims ask for the same path many times a build; it is computed once and handed out read-only.
    """
    y = _email_labels()
    scale = 1 / len(y) if mean else 1.0
    path = np.zeros((steps + 1, len(y)))
    for step in range(steps):
        weights = path[step]
        p = 1 / (1 + np.exp(-weights))
        path[step + 1] = weights - rate * (scale * (p - y) + penalty * weights)
    path.flags.writeable = False
    return path


def train_emails(steps: int, penalty: float = 0.0) -> np.ndarray:
    """The weights after ``steps`` steps of :func:`training_path`."""
    return training_path(steps, penalty)[-1]


def separable_loss_short() -> float:
    """Loss after ``SEPARABLE_STEPS_SHORT`` steps without penalty."""
    return email_loss(train_emails(SEPARABLE_STEPS_SHORT))


def separable_loss_long() -> float:
    """Loss after ``SEPARABLE_STEPS_LONG`` steps: smaller still, never 0."""
    return email_loss(train_emails(SEPARABLE_STEPS_LONG))


def separable_weight_short() -> float:
    """Largest |w| after ``SEPARABLE_STEPS_SHORT`` steps."""
    return float(np.max(np.abs(train_emails(SEPARABLE_STEPS_SHORT))))


def separable_weight_long() -> float:
    """Largest |w| after ``SEPARABLE_STEPS_LONG`` steps: still growing (like log t)."""
    return float(np.max(np.abs(train_emails(SEPARABLE_STEPS_LONG))))


def regularised_weight() -> float:
    """|w| at the L2-regularised optimum (gradient descent run to convergence)."""
    return float(np.max(np.abs(train_emails(SEPARABLE_STEPS_LONG, L2_PENALTY))))


def regularised_probability() -> float:
    """P(垃圾) the regularised model gives the 免费 email: confident, not certain."""
    return float(1 / (1 + np.exp(-regularised_weight())))


def sum_penalty_training_path(steps: int, penalty: float = L2_PENALTY, rate: float = SEPARABLE_RATE) -> np.ndarray:
    """As :func:`training_path`, but on the *summed* cross-entropy plus ``(λ/2)‖w‖²``.

    Another common convention: the same λ then weighs three times less against the data.
    """
    return _descend(steps, penalty, rate, mean=False)


def sum_penalty_weight() -> float:
    """|w| at the optimum when the penalty is added to the summed cross-entropy: ``w = σ(−w)/λ``."""
    return float(np.max(np.abs(sum_penalty_training_path(SEPARABLE_STEPS_LONG)[-1])))


def sum_penalty_probability() -> float:
    """P(垃圾) for the 免费 email under that convention."""
    return float(1 / (1 + np.exp(-sum_penalty_weight())))



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


def separable_training_alt() -> str:
    """Alt text of :func:`plot_separable_training`."""
    claim = lambda name: find_claim(f"maximum_likelihood.{name}").text()  # noqa: E731
    return (f"两幅图，横轴是梯度下降的步数（对数刻度）。不加正则时，交叉熵一路下降（{SEPARABLE_STEPS_LONG} 步后 {claim('separable_loss_long')}），"
            f"权重一路增大（{claim('separable_weight_long')}），没有停下来的迹象；加 L2 正则（λ = {L2_PENALTY:g}）时，"
            f"两条曲线很快走平，权重停在 {claim('regularised_weight')}。")


FIGURES = (
    FigureSpec("coin_likelihood", plot_coin_likelihood, coin_likelihood_alt),
    FigureSpec("sharper_likelihood", plot_sharper_likelihood, sharper_likelihood_alt),
    FigureSpec("separable_training", plot_separable_training, separable_training_alt),
)


CLAIMS = (
    Claim("toss_count", toss_count, 0, "§3.2", "扔硬币的总次数", article="10", input=True),
    Claim("heads", "HEADS", 0, "§3.2", "正面次数", article="6"),
    Claim("tails", "TAILS", 0, "§3.2", "反面次数", article="4"),
    Claim("fair_p", "FAIR_P", 1, "§3.2", "公平硬币的正面概率", article="0.5"),
    Claim("mle_closed_form", mle_closed_form, 1, "§3.2", "求导得到的 p", article="0.6"),
    Claim("mle_numerical", mle_numerical, 1, "§3.2", "数值搜索得到的 p", article="0.6"),
    Claim("gradient_estimate", gradient_estimate, 3, "§3.4", "梯度上升得到的 p", origin="annotation"),
    Claim("ratio_to_fair", ratio_to_fair, 2, "§3.2", "L(0.6) / L(0.5)，6 正 4 反", origin="annotation"),
    Claim("more_heads", more_heads, 0, "§3.2", "十倍数据的正面次数", origin="annotation"),
    Claim("more_tails", more_tails, 0, "§3.2", "十倍数据的反面次数", origin="annotation"),
    Claim("ratio_to_fair_more_tosses", ratio_to_fair_more_tosses, 2, "§3.2", "L(0.6) / L(0.5)，60 正 40 反",
          origin="annotation"),
    Claim("peak_width", peak_width, 3, "§3.2", "p̂ 的标准误，10 次", origin="annotation"),
    Claim("peak_width_more_tosses", peak_width_more_tosses, 3, "§3.2", "p̂ 的标准误，100 次", origin="annotation"),
    Claim("separable_steps_short", "SEPARABLE_STEPS_SHORT", 0, "§3.4", "梯度下降步数（少）", origin="annotation"),
    Claim("separable_steps_long", "SEPARABLE_STEPS_LONG", 0, "§3.4", "梯度下降步数（多）", origin="annotation"),
    Claim("separable_loss_short", separable_loss_short, 3, "§3.4", "三封邮件、无正则：少步数后的交叉熵",
          origin="annotation"),
    Claim("separable_loss_long", separable_loss_long, 4, "§3.4", "三封邮件、无正则：多步数后的交叉熵",
          origin="annotation"),
    Claim("separable_weight_short", separable_weight_short, 2, "§3.4", "无正则：少步数后的最大 |w|",
          origin="annotation"),
    Claim("separable_weight_long", separable_weight_long, 2, "§3.4", "无正则：多步数后的最大 |w|",
          origin="annotation"),
    Claim("separable_rate", "SEPARABLE_RATE", 0, "§3.4", "梯度下降的步长（学习率）", origin="annotation"),
    Claim("l2_penalty", "L2_PENALTY", 1, "§3.4", "L2 正则系数 λ", origin="annotation"),
    Claim("sum_penalty_weight", sum_penalty_weight, 3, "§3.4", "正则加在交叉熵之和上时最优的 |w|",
          origin="annotation"),
    Claim("sum_penalty_probability", sum_penalty_probability, 2, "§3.4", "正则加在交叉熵之和上时对“免费”邮件的 P(垃圾)",
          origin="annotation"),
    Claim("ordered_sequences", ordered_sequences, 0, "§3.2", "6 正 4 反的不同顺序数 C(10, 6)", origin="annotation"),
    Claim("sequence_probability_at_estimate", sequence_probability_at_estimate, 5, "§3.2",
          "p = 0.6 时某一个特定顺序的概率 p⁶(1 − p)⁴", origin="annotation"),
    Claim("event_probability_at_estimate", event_probability_at_estimate, 3, "§3.2",
          "p = 0.6 时不计顺序“6 正 4 反”的概率", origin="annotation"),
    Claim("regularised_weight", regularised_weight, 3, "§3.4", "L2 正则下最优的 |w|", origin="annotation"),
    Claim("regularised_probability", regularised_probability, 2, "§3.4", "L2 正则下对“免费”邮件的 P(垃圾)",
          origin="annotation"),
)
