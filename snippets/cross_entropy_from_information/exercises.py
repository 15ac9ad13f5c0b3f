"""从信息论推导交叉熵: the chapter's exercises (练习 7.1–7.4) and the numbers in them.

Two new distributions over three outcomes: the entropy of one, and the KL divergence both ways — not
the same number, so the order matters — answered from the chapter's own model.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.cross_entropy_from_information.model import cross_entropy, entropy, kl_divergence
from snippets.exercises import Exercise
from snippets.words import Words

#: 练习 7.1–7.4: a true distribution P and a model's Q over three outcomes.
P_NEW: tuple[float, ...] = (0.5, 0.25, 0.25)
Q_NEW: tuple[float, ...] = (0.8, 0.1, 0.1)


def p_first() -> float:
    """练习 7.1: P's first probability."""
    return P_NEW[0]


def p_other() -> float:
    """练习 7.1: P's second and third probabilities (equal)."""
    return P_NEW[1]


def q_first() -> float:
    """练习 7.2: Q's first probability."""
    return Q_NEW[0]


def q_other() -> float:
    """练习 7.2: Q's second and third probabilities (equal)."""
    return Q_NEW[1]


def new_entropy() -> float:
    """练习 7.1: H(P), in nats."""
    return entropy(P_NEW)


def new_kl() -> float:
    """练习 7.2: D_KL(P‖Q)."""
    return kl_divergence(P_NEW, Q_NEW)


def new_kl_reverse() -> float:
    """练习 7.3: D_KL(Q‖P), the other way round."""
    return kl_divergence(Q_NEW, P_NEW)


def new_cross_entropy() -> float:
    """练习 7.2: H(P, Q) = H(P) + D_KL(P‖Q)."""
    return cross_entropy(P_NEW, Q_NEW)


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    Claim("ex_p_first", p_first, 2, "练习 7.1",
          Words(zh="练习 7.1：P 的第一个概率", en="Exercise 7.1: P's first probability"), input=True, **_EXERCISE),
    Claim("ex_p_other", p_other, 2, "练习 7.1",
          Words(zh="练习 7.1：P 的另外两个概率（相等）", en="Exercise 7.1: P's other two probabilities (equal)"),
          input=True, **_EXERCISE),
    Claim("ex_q_first", q_first, 1, "练习 7.2",
          Words(zh="练习 7.2：Q 的第一个概率", en="Exercise 7.2: Q's first probability"), input=True, **_EXERCISE),
    Claim("ex_q_other", q_other, 1, "练习 7.2",
          Words(zh="练习 7.2：Q 的另外两个概率（相等）", en="Exercise 7.2: Q's other two probabilities (equal)"),
          input=True, **_EXERCISE),
    Claim("ex_entropy", new_entropy, 3, "练习 7.1", Words(zh="练习 7.1：H(P)", en="Exercise 7.1: H(P)"), **_EXERCISE),
    Claim("ex_kl", new_kl, 3, "练习 7.2", Words(zh="练习 7.2：D_KL(P‖Q)", en="Exercise 7.2: D_KL(P‖Q)"), **_EXERCISE),
    Claim("ex_cross_entropy", new_cross_entropy, 3, "练习 7.2",
          Words(zh="练习 7.2：H(P, Q)", en="Exercise 7.2: H(P, Q)"), **_EXERCISE),
    Claim("ex_kl_reverse", new_kl_reverse, 3, "练习 7.3",
          Words(zh="练习 7.3：D_KL(Q‖P)", en="Exercise 7.3: D_KL(Q‖P)"), **_EXERCISE),
)

EXERCISES = (
    Exercise("7.1", "numeric",
             Words(zh="三种结果的熵", en="The entropy of three outcomes"), answer="ex_entropy", unit="nats"),
    Exercise("7.2", "numeric", Words(zh="KL 散度", en="KL divergence"), answer="ex_kl", unit="nats"),
    Exercise("7.3", "concept",
             Words(zh="反过来算一次", en="Computed the other way round"), answer="ex_kl_reverse", unit="nats"),
    Exercise("7.4", "derivation",
             Words(zh="最小化交叉熵就是最小化 KL", en="Minimizing cross-entropy is minimizing KL"),
             check="verify_minimising_over_q_is_minimising_kl"),
)
