"""交叉熵: the chapter's exercises (练习 2.1–2.5) and the numbers in them.

New inputs beside the article's — a quarter's probability, two distributions to swap, a wrong logit — and the
functions that answer each exercise from the chapter's own model.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.cross_entropy.model import (binary_cross_entropy, binary_cross_entropy_bits, cross_entropy_between,
                                         cross_entropy_gradient, sigmoid, squared_error_gradient)
from snippets.exercises import Exercise
from snippets.words import Words

#: 练习 2.1–2.2: the model gives the true class this probability.
QUARTER = 0.25
#: 练习 2.4: a confident prediction and a fair guess, over two classes.
SWAP_P: tuple[float, float] = (0.8, 0.2)
SWAP_Q: tuple[float, float] = (0.5, 0.5)
#: 练习 2.5: the logit of a cat picture (label 1) that the model gets wrong.
WRONG_LOGIT_NEW = -3.0


def quarter() -> float:
    """练习 2.1: the probability the model gives the true class."""
    return QUARTER


def quarter_loss_nats() -> float:
    """练习 2.1: −log 0.25, in nats (natural logarithm)."""
    return binary_cross_entropy(1, QUARTER)


def quarter_loss_bits() -> float:
    """练习 2.2: the same loss in bits (logarithm to base 2)."""
    return binary_cross_entropy_bits(1, QUARTER)


def swap_p_first() -> float:
    """练习 2.4: P's first probability."""
    return SWAP_P[0]


def swap_p_second() -> float:
    """练习 2.4: P's second probability."""
    return SWAP_P[1]


def swap_q_first() -> float:
    """练习 2.4: Q's first probability (a fair guess: both the same)."""
    return SWAP_Q[0]


def cross_entropy_p_q() -> float:
    """练习 2.4: H(P, Q) = −Σ P log Q."""
    return cross_entropy_between(SWAP_P, SWAP_Q)


def cross_entropy_q_p() -> float:
    """练习 2.4: H(Q, P) = −Σ Q log P: the arguments swapped."""
    return cross_entropy_between(SWAP_Q, SWAP_P)


def wrong_logit_new() -> float:
    """练习 2.5: the logit z of the cat picture."""
    return WRONG_LOGIT_NEW


def wrong_logit_probability() -> float:
    """练习 2.5: σ(z), the cat's predicted probability."""
    return float(sigmoid(WRONG_LOGIT_NEW))


def wrong_logit_gradient() -> float:
    """练习 2.5: ∂CE/∂z = σ(z) − y there, for y = 1."""
    return float(cross_entropy_gradient(WRONG_LOGIT_NEW, 1))


def wrong_logit_squared_error_gradient() -> float:
    """练习 2.5: ∂(σ(z) − y)²/∂z there, for comparison: 2(σ(z) − y) σ(z)(1 − σ(z))."""
    return float(squared_error_gradient(WRONG_LOGIT_NEW, 1))


def wrong_logit_gradient_ratio() -> float:
    """练习 2.5: how many times larger the cross-entropy's gradient is there than the squared error's."""
    return wrong_logit_gradient() / wrong_logit_squared_error_gradient()


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_quarter", quarter, 2, "练习 2.1",
          Words(zh="练习 2.1：模型给真实类别的概率", en="Exercise 2.1: probability the model gives the true class"),
          input=True, **_EXERCISE),
    Claim("ex_quarter_loss_nats", quarter_loss_nats, 3, "练习 2.1",
          Words(zh="练习 2.1：−log 0.25（nats）", en="Exercise 2.1: −log 0.25 (nats)"), **_EXERCISE),
    Claim("ex_quarter_loss_bits", quarter_loss_bits, 3, "练习 2.2",
          Words(zh="练习 2.2：同一损失（bits）", en="Exercise 2.2: the same loss (bits)"), **_EXERCISE),
    Claim("ex_swap_p_first", swap_p_first, 1, "练习 2.4",
          Words(zh="练习 2.4：P 的第一个概率", en="Exercise 2.4: P's first probability"), input=True, **_EXERCISE),
    Claim("ex_swap_p_second", swap_p_second, 1, "练习 2.4",
          Words(zh="练习 2.4：P 的第二个概率", en="Exercise 2.4: P's second probability"), input=True, **_EXERCISE),
    Claim("ex_swap_q_first", swap_q_first, 1, "练习 2.4",
          Words(zh="练习 2.4：Q 的两个概率（相等）", en="Exercise 2.4: Q's two probabilities (equal)"), input=True, **_EXERCISE),
    Claim("ex_cross_entropy_p_q", cross_entropy_p_q, 3, "练习 2.4",
          Words(zh="练习 2.4：H(P, Q)", en="Exercise 2.4: H(P, Q)"), **_EXERCISE),
    Claim("ex_cross_entropy_q_p", cross_entropy_q_p, 3, "练习 2.4",
          Words(zh="练习 2.4：H(Q, P)，两个分布对调", en="Exercise 2.4: H(Q, P), the two distributions swapped"), **_EXERCISE),
    Claim("ex_wrong_logit", wrong_logit_new, 0, "练习 2.5",
          Words(zh="练习 2.5：猫图片的 logit", en="Exercise 2.5: logit of the cat picture"), input=True, **_EXERCISE),
    Claim("ex_wrong_logit_probability", wrong_logit_probability, 3, "练习 2.5",
          Words(zh="练习 2.5：σ(z)，猫的预测概率", en="Exercise 2.5: σ(z), the predicted probability of cat"), **_EXERCISE),
    Claim("ex_wrong_logit_gradient", wrong_logit_gradient, 3, "练习 2.5",
          Words(zh="练习 2.5：交叉熵对 z 的梯度", en="Exercise 2.5: gradient of the cross-entropy with respect to z"),
          **_EXERCISE),
    Claim("ex_wrong_logit_squared_error_gradient", wrong_logit_squared_error_gradient, 3, "练习 2.5",
          Words(zh="练习 2.5：平方误差对 z 的梯度（对照）",
                en="Exercise 2.5: gradient of the squared error with respect to z (for comparison)"),
          **_EXERCISE),
    Claim("ex_wrong_logit_gradient_ratio", wrong_logit_gradient_ratio, 1, "练习 2.5",
          Words(zh="练习 2.5：两个梯度之比（交叉熵 / 平方误差）",
                en="Exercise 2.5: ratio of the two gradients (cross-entropy / squared error)"),
          **_EXERCISE),
)

EXERCISES = (
    Exercise("2.1", "numeric",
             Words(zh="四分之一的概率", en="A quarter of the probability"), answer="ex_quarter_loss_nats", unit="nats"),
    Exercise("2.2", "numeric", Words(zh="换成比特", en="In bits instead"), answer="ex_quarter_loss_bits", unit="bits"),
    Exercise("2.3", "derivation",
             Words(zh="sigmoid 加交叉熵的梯度", en="The gradient of sigmoid plus cross-entropy"),
             check="verify_sigmoid_cross_entropy_gradient"),
    Exercise("2.4", "concept",
             Words(zh="交叉熵对称吗", en="Is cross-entropy symmetric?"), answer="ex_cross_entropy_q_p", unit="nats"),
    Exercise("2.5", "numeric",
             Words(zh="错得厉害时的梯度", en="The gradient when badly wrong"), answer="ex_wrong_logit_gradient"),
)
