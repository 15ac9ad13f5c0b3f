"""极大似然估计: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.maximum_likelihood.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

from math import comb

import numpy as np

from snippets.claim import Claim
from snippets.maximum_likelihood.exercises import EXERCISE_CLAIMS
from snippets.maximum_likelihood.model import (
    HEADS, L2_PENALTY, MORE_TOSSES_FACTOR, SEPARABLE_STEPS_LONG, SEPARABLE_STEPS_SHORT, TAILS,
    coin_likelihood, email_loss, gradient_ascent_coin, likelihood_ratio, maximise_coin_likelihood,
    mle_closed_form, standard_error, sum_penalty_training_path, train_emails,
)
from snippets.words import Words


def toss_count() -> int:
    """Number of tosses, heads plus tails."""
    return HEADS + TAILS


def mle_numerical() -> float:
    """The same ``p`` found by searching the log-likelihood numerically."""
    return maximise_coin_likelihood(HEADS, TAILS)


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


def gradient_estimate() -> float:
    """``p`` reached by gradient ascent from ``p = 0.5``."""
    return gradient_ascent_coin(HEADS, TAILS)


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


def sum_penalty_weight() -> float:
    """|w| at the optimum when the penalty is added to the summed cross-entropy: ``w = σ(−w)/λ``."""
    return float(np.max(np.abs(sum_penalty_training_path(SEPARABLE_STEPS_LONG)[-1])))


def sum_penalty_probability() -> float:
    """P(垃圾) for the 免费 email under that convention."""
    return float(1 / (1 + np.exp(-sum_penalty_weight())))


CLAIMS = (
    Claim("toss_count", toss_count, 0, "§3.2",
          Words(zh="扔硬币的总次数", en="Total number of coin tosses"), article="10", input=True),
    Claim("heads", "HEADS", 0, "§3.2", Words(zh="正面次数", en="Number of heads"), article="6"),
    Claim("tails", "TAILS", 0, "§3.2", Words(zh="反面次数", en="Number of tails"), article="4"),
    Claim("fair_p", "FAIR_P", 1, "§3.2",
          Words(zh="公平硬币的正面概率", en="Probability of heads for a fair coin"), article="0.5"),
    Claim("mle_closed_form", mle_closed_form, 1, "§3.2",
          Words(zh="求导得到的 p", en="p found by differentiating"), article="0.6"),
    Claim("mle_numerical", mle_numerical, 1, "§3.2",
          Words(zh="数值搜索得到的 p", en="p found by numerical search"), article="0.6"),
    Claim("gradient_estimate", gradient_estimate, 3, "§3.4",
          Words(zh="梯度上升得到的 p", en="p found by gradient ascent"), origin="annotation"),
    Claim("ratio_to_fair", ratio_to_fair, 2, "§3.2",
          Words(zh="L(0.6) / L(0.5)，6 正 4 反", en="L(0.6) / L(0.5) for 6 heads, 4 tails"), origin="annotation"),
    Claim("more_heads", more_heads, 0, "§3.2",
          Words(zh="十倍数据的正面次数", en="Heads in ten times the data"), origin="annotation"),
    Claim("more_tails", more_tails, 0, "§3.2",
          Words(zh="十倍数据的反面次数", en="Tails in ten times the data"), origin="annotation"),
    Claim("ratio_to_fair_more_tosses", ratio_to_fair_more_tosses, 2, "§3.2",
          Words(zh="L(0.6) / L(0.5)，60 正 40 反", en="L(0.6) / L(0.5) for 60 heads, 40 tails"), origin="annotation"),
    Claim("peak_width", peak_width, 3, "§3.2",
          Words(zh="p̂ 的标准误，10 次", en="Standard error of p̂, 10 tosses"), origin="annotation"),
    Claim("peak_width_more_tosses", peak_width_more_tosses, 3, "§3.2",
          Words(zh="p̂ 的标准误，100 次", en="Standard error of p̂, 100 tosses"), origin="annotation"),
    Claim("separable_steps_short", "SEPARABLE_STEPS_SHORT", 0, "§3.4",
          Words(zh="梯度下降步数（少）", en="Gradient descent steps (few)"), origin="annotation"),
    Claim("separable_steps_long", "SEPARABLE_STEPS_LONG", 0, "§3.4",
          Words(zh="梯度下降步数（多）", en="Gradient descent steps (many)"), origin="annotation"),
    Claim("separable_loss_short", separable_loss_short, 3, "§3.4",
          Words(zh="三封邮件、无正则：少步数后的交叉熵", en="Three emails, no regularization: cross-entropy after few steps"),
          origin="annotation"),
    Claim("separable_loss_long", separable_loss_long, 4, "§3.4",
          Words(zh="三封邮件、无正则：多步数后的交叉熵", en="Three emails, no regularization: cross-entropy after many steps"),
          origin="annotation"),
    Claim("separable_weight_short", separable_weight_short, 2, "§3.4",
          Words(zh="无正则：少步数后的最大 |w|", en="No regularization: largest |w| after few steps"), origin="annotation"),
    Claim("separable_weight_long", separable_weight_long, 2, "§3.4",
          Words(zh="无正则：多步数后的最大 |w|", en="No regularization: largest |w| after many steps"), origin="annotation"),
    Claim("separable_rate", "SEPARABLE_RATE", 0, "§3.4",
          Words(zh="梯度下降的步长（学习率）", en="Gradient descent step size (learning rate)"), origin="annotation"),
    Claim("l2_penalty", "L2_PENALTY", 1, "§3.4",
          Words(zh="L2 正则系数 λ", en="L2 regularization coefficient λ"), origin="annotation"),
    Claim("sum_penalty_weight", sum_penalty_weight, 3, "§3.4",
          Words(zh="正则加在交叉熵之和上时最优的 |w|", en="Optimal |w| with the regularization added to the sum of cross-entropies"),
          origin="annotation"),
    Claim("sum_penalty_probability", sum_penalty_probability, 2, "§3.4",
          Words(zh="正则加在交叉熵之和上时对“免费”邮件的 P(垃圾)",
                en="P(spam) for the “free” email with the regularization added to the sum of cross-entropies"),
          origin="annotation"),
    Claim("ordered_sequences", ordered_sequences, 0, "§3.2",
          Words(zh="6 正 4 反的不同顺序数 C(10, 6)", en="Number of different orders of 6 heads, 4 tails: C(10, 6)"),
          origin="annotation"),
    Claim("sequence_probability_at_estimate", sequence_probability_at_estimate, 5, "§3.2",
          Words(zh="p = 0.6 时某一个特定顺序的概率 p⁶(1 − p)⁴", en="Probability of one particular order at p = 0.6, p⁶(1 − p)⁴"),
          origin="annotation"),
    Claim("event_probability_at_estimate", event_probability_at_estimate, 3, "§3.2",
          Words(zh="p = 0.6 时不计顺序“6 正 4 反”的概率", en="Probability of “6 heads, 4 tails” in any order at p = 0.6"),
          origin="annotation"),
    Claim("regularised_weight", regularised_weight, 3, "§3.4",
          Words(zh="L2 正则下最优的 |w|", en="Optimal |w| under L2 regularization"), origin="annotation"),
    Claim("regularised_probability", regularised_probability, 2, "§3.4",
          Words(zh="L2 正则下对“免费”邮件的 P(垃圾)", en="P(spam) for the “free” email under L2 regularization"),
          origin="annotation"),
    *EXERCISE_CLAIMS,
)
