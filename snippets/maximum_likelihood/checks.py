"""极大似然估计: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.maximum_likelihood.claims import gradient_estimate, ordered_sequences
from snippets.maximum_likelihood.model import HEADS, TAILS, mle_closed_form
from snippets.verification import Verification, latex, same, scientific
from snippets.words import Words


COIN_MAXIMUM_STATEMENT = Words(
    zh=f"取对数得到 log P = {HEADS} log p + {TAILS} log(1 − p)；导数为零的点唯一，就是正面频率，且二阶导数为负（最大值）",
    en=f"Taking the log gives log P = {HEADS} log p + {TAILS} log(1 − p); the derivative is zero at "
       "exactly one point, the frequency of heads, and the second derivative is negative there "
       "(a maximum)")


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
        COIN_MAXIMUM_STATEMENT,
        passed,
        (latex(r"\log\left(p^{%s}(1 - p)^{%s}\right)" % (h, t), log_p),
         latex(r"\frac{d \log P}{dp}", sp.together(slope)),
         latex("p", roots[0] if roots else r"\varnothing"),
         latex(r"\left.\frac{d^2 \log P}{dp^2}\right|_{p = %s}" % sp.latex(roots[0]) if roots else "", at_root)
         + " < 0"),
    )


ORDERING_FACTOR_CHANGES_NOTHING_STATEMENT = Words(
    zh=f"“{HEADS} 正 {TAILS} 反”不计顺序的概率是 C({HEADS + TAILS}, {HEADS}) p^{HEADS}(1 − p)^{TAILS}；"
       "这个常数倍不改变对数似然的导数，所以最大点不变，任意两个 p 的似然比也不变",
    en=f"The probability of “{HEADS} heads, {TAILS} tails” in any order is "
       f"C({HEADS + TAILS}, {HEADS}) p^{HEADS}(1 − p)^{TAILS}; this constant factor does not change the "
       "derivative of the log-likelihood, so the maximizer is unchanged, and so is the likelihood ratio "
       "of any two values of p")


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
        ORDERING_FACTOR_CHANGES_NOTHING_STATEMENT,
        same_slope and same(ratio_event, ratio_sequence) and sp.binomial(h + t, h) == ordered_sequences(),
        (latex(r"\binom{%s}{%s}" % (h + t, h), sp.binomial(h + t, h)),
         latex(r"\frac{d}{dp}\log\left[\tbinom{%s}{%s} p^{%s}(1 - p)^{%s}\right]" % (h + t, h, h, t),
               sp.together(sp.diff(sp.log(event), p))),
         latex(r"\frac{\binom{%s}{%s} p^{%s}(1 - p)^{%s}}{\binom{%s}{%s} q^{%s}(1 - q)^{%s}}"
               % (h + t, h, h, t, h + t, h, h, t), ratio_sequence)),
    )


GRADIENT_ASCENT_REACHES_THE_ESTIMATE_STATEMENT = Words(
    zh="梯度上升（从公平硬币出发，不用求导公式）落到同一个 p",
    en="Gradient ascent (starting from a fair coin, without the derivative formula) "
       "lands on the same p")


def verify_gradient_ascent_reaches_the_estimate() -> Verification:
    """Numerical cross-check: gradient ascent from a fair coin lands on h/(h + t)."""
    p_gd = gradient_estimate()
    gap = abs(p_gd - mle_closed_form())
    return Verification(GRADIENT_ASCENT_REACHES_THE_ESTIMATE_STATEMENT, gap < 1e-9,
                        (latex(r"p_{\text{GD}}", f"{p_gd:.9f}"), latex(r"|p_{\text{GD}} - \hat{p}|", scientific(gap))))


COIN_ESTIMATE_FOR_ANY_COUNTS_STATEMENT = Words(
    zh="对任意正的 h、t，h log p + t log(1 − p) 的导数只在 p = h/(h + t) 处为零，二阶导数在那里为负：最大值",
    en="For any positive h, t, the derivative of h log p + t log(1 − p) is zero only at p = h/(h + t), "
       "and the second derivative is negative there: a maximum")


def verify_coin_estimate_for_any_counts() -> Verification:
    """Exercise 3.3: for any h, t > 0, d/dp [h log p + t log(1 − p)] = 0 only at p = h/(h + t), and it is a
    maximum."""
    import sympy as sp

    p, h, t = sp.symbols("p h t", positive=True)
    log_likelihood = h * sp.log(p) + t * sp.log(1 - p)
    slope = sp.together(sp.diff(log_likelihood, p))
    roots = sp.solve(sp.Eq(sp.diff(log_likelihood, p), 0), p)
    curvature = sp.simplify(sp.diff(log_likelihood, p, 2).subs(p, h / (h + t)))
    passed = roots == [h / (h + t)] and bool(sp.simplify(curvature + (h + t) ** 3 / (h * t)) == 0)
    return Verification(
        COIN_ESTIMATE_FOR_ANY_COUNTS_STATEMENT,
        passed,
        (latex(r"\frac{d}{dp}\bigl[h\log p + t\log(1 - p)\bigr]", slope),
         latex("p", roots[0] if roots else r"\varnothing"),
         latex(r"\left.\frac{d^2}{dp^2}\right|_{p = h/(h + t)}", curvature) + " < 0"),
    )


CHECKS = (verify_coin_maximum, verify_ordering_factor_changes_nothing, verify_gradient_ascent_reaches_the_estimate,
          verify_coin_estimate_for_any_counts)
