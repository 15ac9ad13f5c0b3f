"""总结与对比: the chapter's exercises (练习 8.1–8.4) and the numbers in them.

Each puts two chapters' ideas on one new input: a new email scored by both routes, three residuals'
Gaussian negative log-likelihood, and the smallest cross-entropy a soft label allows.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.cross_entropy_from_information.model import entropy, predicted_distribution
from snippets.exercises import Exercise
from snippets.summary.model import best_prediction, both_routes, gaussian_negative_log_likelihood
from snippets.words import Words

#: 练习 8.1: a new email, not spam (y = 0), to which the model gives the spam probability NEW_P.
NEW_LABEL = 0
NEW_P = 0.1
#: 练习 8.2: three residuals y − ŷ, under errors with the variance RESIDUAL_VARIANCE.
RESIDUALS: tuple[float, ...] = (1.0, -2.0, 1.0)
RESIDUAL_VARIANCE = 1.0
#: 练习 8.3: the share of readers who call an email spam (a soft label).
SPAM_SHARE = 0.7


def new_label() -> int:
    """练习 8.1: the new email's label."""
    return NEW_LABEL


def new_p() -> float:
    """练习 8.1: the model's spam probability for it."""
    return NEW_P


def loss_from_likelihood() -> float:
    """练习 8.1: minus the email's log-likelihood term."""
    return both_routes(NEW_LABEL, NEW_P)[0]


def loss_from_information() -> float:
    """练习 8.1: the email's cross-entropy H(P, Q)."""
    return both_routes(NEW_LABEL, NEW_P)[1]


def first_residual() -> float:
    """练习 8.2: the first residual."""
    return RESIDUALS[0]


def second_residual() -> float:
    """练习 8.2: the second residual."""
    return RESIDUALS[1]


def third_residual() -> float:
    """练习 8.2: the third residual."""
    return RESIDUALS[2]


def residual_variance() -> float:
    """练习 8.2: the errors' variance σ²."""
    return RESIDUAL_VARIANCE


def residual_squares() -> float:
    """练习 8.2: the residuals' sum of squares S."""
    return float(sum(r * r for r in RESIDUALS))


def residual_negative_log_likelihood() -> float:
    """练习 8.2: −log L of the residuals under N(0, σ²)."""
    return gaussian_negative_log_likelihood(RESIDUALS, RESIDUAL_VARIANCE)


def spam_share() -> float:
    """练习 8.3: the soft label's spam share."""
    return SPAM_SHARE


def soft_label_entropy() -> float:
    """练习 8.3: H(P) of the soft label."""
    return entropy(predicted_distribution(SPAM_SHARE))


def best_q() -> float:
    """练习 8.3: the predicted spam probability that makes the cross-entropy smallest (searched)."""
    return best_prediction(SPAM_SHARE)[0]


def minimum_cross_entropy() -> float:
    """练习 8.3: the smallest cross-entropy reached there."""
    return best_prediction(SPAM_SHARE)[1]


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_new_label", new_label, 0, "练习 8.1",
          Words(zh="练习 8.1：新邮件的标签（正常）", en="Exercise 8.1: the new email's label (not spam)"), input=True, **_EXERCISE),
    Claim("ex_new_p", new_p, 1, "练习 8.1",
          Words(zh="练习 8.1：模型给它的垃圾概率", en="Exercise 8.1: the spam probability the model gives it"),
          input=True, **_EXERCISE),
    Claim("ex_loss_from_likelihood", loss_from_likelihood, 3, "练习 8.1",
          Words(zh="练习 8.1：对数似然贡献的相反数", en="Exercise 8.1: the negative of the log-likelihood contribution"),
          **_EXERCISE),
    Claim("ex_loss_from_information", loss_from_information, 3, "练习 8.1",
          Words(zh="练习 8.1：交叉熵 H(P, Q)", en="Exercise 8.1: cross-entropy H(P, Q)"), **_EXERCISE),
    *(Claim(f"ex_residual_{k + 1}", source, 0, "练习 8.2",
            Words(zh=f"练习 8.2：第 {k + 1} 个残差", en=f"Exercise 8.2: residual number {k + 1}"), input=True,
            **_EXERCISE)
      for k, source in enumerate((first_residual, second_residual, third_residual))),
    Claim("ex_residual_variance", residual_variance, 0, "练习 8.2",
          Words(zh="练习 8.2：误差的方差 σ²", en="Exercise 8.2: variance σ² of the errors"), input=True, **_EXERCISE),
    Claim("ex_residual_squares", residual_squares, 0, "练习 8.2",
          Words(zh="练习 8.2：残差平方和 S", en="Exercise 8.2: sum of squared residuals S"), **_EXERCISE),
    Claim("ex_residual_negative_log_likelihood", residual_negative_log_likelihood, 3, "练习 8.2",
          Words(zh="练习 8.2：三个残差在正态误差下的 −log L", en="Exercise 8.2: −log L of the three residuals under normal errors"),
          **_EXERCISE),
    Claim("ex_spam_share", spam_share, 1, "练习 8.3",
          Words(zh="练习 8.3：认为它是垃圾邮件的读者比例", en="Exercise 8.3: share of readers who consider it spam"),
          input=True, **_EXERCISE),
    Claim("ex_soft_label_entropy", soft_label_entropy, 3, "练习 8.3",
          Words(zh="练习 8.3：这个不确定标签的熵 H(P)", en="Exercise 8.3: entropy H(P) of this uncertain label"), **_EXERCISE),
    Claim("ex_best_q", best_q, 2, "练习 8.3",
          Words(zh="练习 8.3：让交叉熵最小的预测概率（搜索得到）",
                en="Exercise 8.3: the predicted probability that minimizes the cross-entropy (found by search)"),
          **_EXERCISE),
    Claim("ex_minimum_cross_entropy", minimum_cross_entropy, 3, "练习 8.3",
          Words(zh="练习 8.3：交叉熵能达到的最小值", en="Exercise 8.3: the smallest value the cross-entropy can reach"),
          **_EXERCISE),
)

EXERCISES = (
    Exercise("8.1", "numeric",
             Words(zh="一封邮件，两条路线", en="One email, two routes"), answer="ex_loss_from_likelihood", unit="nats"),
    Exercise("8.2", "numeric",
             Words(zh="平方和与负对数似然", en="Sum of squares and negative log-likelihood"),
             answer="ex_residual_negative_log_likelihood"),
    Exercise("8.3", "concept",
             Words(zh="交叉熵能降到零吗", en="Can the cross-entropy fall to zero?"),
             answer="ex_minimum_cross_entropy", unit="nats"),
    Exercise("8.4", "derivation",
             Words(zh="最小二乘也是交叉熵", en="Least squares is a cross-entropy too"), check="verify_gaussian_cross_entropy"),
)
