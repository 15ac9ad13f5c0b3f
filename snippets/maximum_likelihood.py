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

import numpy as np
import sympy as sp
from matplotlib.figure import Figure

from snippets.claim import Claim, find_claim
from snippets.figures import FigureSpec, Scheme
from snippets.verification import Verification, latex, same, scientific

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


CHECKS = (verify_coin_maximum, verify_gradient_ascent_reaches_the_estimate)


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
    fig = Figure(figsize=(7.2, 3.3))
    axes = fig.subplots(1, 2, sharex=True)
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
    return (f"左图是似然 p^{HEADS}(1−p)^{TAILS}，右图是它的对数，横轴都是正面概率 p。两条曲线都在 p = {p_hat} 处达到最高点，"
            f"该处画有竖线；公平硬币 p = {find_claim('maximum_likelihood.fair_p').text()} 处的点明显更低。")


FIGURES = (FigureSpec("coin_likelihood", plot_coin_likelihood, coin_likelihood_alt),)


CLAIMS = (
    Claim("toss_count", toss_count, 0, "§3.2", "扔硬币的总次数", article="10", input=True),
    Claim("heads", "HEADS", 0, "§3.2", "正面次数", article="6"),
    Claim("tails", "TAILS", 0, "§3.2", "反面次数", article="4"),
    Claim("fair_p", "FAIR_P", 1, "§3.2", "公平硬币的正面概率", article="0.5"),
    Claim("mle_closed_form", mle_closed_form, 1, "§3.2", "求导得到的 p", article="0.6"),
    Claim("mle_numerical", mle_numerical, 1, "§3.2", "数值搜索得到的 p", article="0.6"),
    Claim("gradient_estimate", gradient_estimate, 3, "§3.4", "梯度上升得到的 p", origin="annotation"),
)
