"""从极大似然推导交叉熵: the chapter's exercises (练习 6.1–6.4) and the numbers in them.

The article gives no prediction for its third email (“中奖”); the exercises assume one, say so, and score
all three emails — their likelihood, its negative log and the mean cross-entropy — from the chapter's own
functions and the shared emails.
"""

from __future__ import annotations

import math

from snippets.categorical_cross_entropy.model import bernoulli_log_likelihood, mean_cross_entropy
from snippets.claim import Claim
from snippets.cross_entropy_from_likelihood.model import log_likelihood_contribution
from snippets.emails import EMAILS, P_FREE, P_MEETING, label_of
from snippets.exercises import Exercise
from snippets.words import Words

#: 练习 6.1–6.4: the prediction we assume for the third email, “中奖”.
P_PRIZE = 0.6
PRIZE_WORD = "中奖"


def prize_prediction() -> float:
    """练习 6.1: the spam probability assumed for the “中奖” email."""
    return P_PRIZE


def prize_label() -> int:
    """练习 6.1: that email's label, from the article's table."""
    return label_of(PRIZE_WORD)


def _labels_and_predictions() -> tuple[list[int], list[float]]:
    predictions = {"免费": P_FREE, "会议": P_MEETING, PRIZE_WORD: P_PRIZE}
    return [label for _, label in EMAILS], [predictions[word] for word, _ in EMAILS]


def prize_contribution() -> float:
    """练习 6.1: the “中奖” email's term of log L."""
    return log_likelihood_contribution(prize_label(), P_PRIZE)


def three_email_mean_cross_entropy() -> float:
    """练习 6.2: J, the mean cross-entropy over the three emails."""
    return mean_cross_entropy(*_labels_and_predictions())


def three_email_likelihood() -> float:
    """练习 6.4: L, the probability the model gives the three labels together."""
    return math.exp(bernoulli_log_likelihood(*_labels_and_predictions()))


def three_email_negative_log_likelihood() -> float:
    """练习 6.4: −log L, which is n·J."""
    return -bernoulli_log_likelihood(*_labels_and_predictions())


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_prize_prediction", prize_prediction, 1, "练习 6.1",
          Words(zh="练习 6.1：假设模型给“中奖”邮件的垃圾概率",
                en="Exercise 6.1: the spam probability the model is assumed to give the “prize” email"),
          input=True, **_EXERCISE),
    Claim("ex_prize_label", prize_label, 0, "练习 6.1",
          Words(zh="练习 6.1：“中奖”邮件的标签", en="Exercise 6.1: label of the “prize” email"), input=True, **_EXERCISE),
    Claim("ex_prize_contribution", prize_contribution, 3, "练习 6.1",
          Words(zh="练习 6.1：“中奖”邮件对 log L 的贡献", en="Exercise 6.1: the “prize” email's contribution to log L"),
          **_EXERCISE),
    Claim("ex_mean_cross_entropy", three_email_mean_cross_entropy, 3, "练习 6.2",
          Words(zh="练习 6.2：三封邮件的平均交叉熵 J", en="Exercise 6.2: mean cross-entropy J of the three emails"), **_EXERCISE),
    Claim("ex_likelihood", three_email_likelihood, 3, "练习 6.4",
          Words(zh="练习 6.4：三封邮件的似然 L", en="Exercise 6.4: likelihood L of the three emails"), **_EXERCISE),
    Claim("ex_negative_log_likelihood", three_email_negative_log_likelihood, 3, "练习 6.4",
          Words(zh="练习 6.4：−log L，即 n·J", en="Exercise 6.4: −log L, that is, n·J"), **_EXERCISE),
)

EXERCISES = (
    Exercise("6.1", "numeric", Words(zh="第三封邮件", en="The third email"), answer="ex_prize_contribution"),
    Exercise("6.2", "numeric",
             Words(zh="三封邮件的平均交叉熵", en="The mean cross-entropy of three emails"),
             answer="ex_mean_cross_entropy", unit="nats"),
    Exercise("6.3", "derivation",
             Words(zh="逻辑回归的梯度", en="The gradient of logistic regression"), check="verify_logistic_gradient"),
    Exercise("6.4", "concept", Words(zh="似然本身有多大", en="How large is the likelihood itself?"), answer="ex_likelihood"),
)
