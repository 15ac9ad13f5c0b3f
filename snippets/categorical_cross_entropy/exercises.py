"""分类分布与交叉熵: the chapter's exercises (练习 5.1–5.5) and the numbers in them.

A new set of three logits, softmax'd and scored against a one-hot label, and the same logits shifted by a
constant — answered from the chapter's own ``softmax`` and the cross-entropy chapter's loss.
"""

from __future__ import annotations

from snippets.categorical_cross_entropy.model import softmax
from snippets.claim import Claim
from snippets.cross_entropy import categorical_cross_entropy, sigmoid
from snippets.exercises import Exercise
from snippets.words import Words

#: 练习 5.1–5.4: three logits, the first class the true one; then every logit raised by SHIFT.
LOGITS: tuple[float, ...] = (2.0, 1.0, 0.1)
TRUE_CLASS = 0
SHIFT = 10.0
#: 练习 5.5: two classes, logits (BINARY_LOGIT, 0).
BINARY_LOGIT = 1.5


def _one_hot() -> list[int]:
    return [1 if k == TRUE_CLASS else 0 for k in range(len(LOGITS))]


def first_logit() -> float:
    """练习 5.1: the true class's logit."""
    return LOGITS[0]


def second_logit() -> float:
    """练习 5.1: the second class's logit."""
    return LOGITS[1]


def third_logit() -> float:
    """练习 5.1: the third class's logit."""
    return LOGITS[2]


def true_class_probability() -> float:
    """练习 5.1: softmax's probability for the true class."""
    return softmax(LOGITS)[TRUE_CLASS]


def new_cross_entropy() -> float:
    """练习 5.2: the categorical cross-entropy of that softmax output against the one-hot label."""
    return categorical_cross_entropy(_one_hot(), softmax(LOGITS))


def shift() -> float:
    """练习 5.4: what every logit is raised by."""
    return SHIFT


def shifted_cross_entropy() -> float:
    """练习 5.4: the same loss once every logit is raised by SHIFT."""
    return categorical_cross_entropy(_one_hot(), softmax([z + SHIFT for z in LOGITS]))


def binary_logit() -> float:
    """练习 5.5: the first class's logit (the second's is 0)."""
    return BINARY_LOGIT


def binary_softmax() -> float:
    """练习 5.5: softmax's probability for the first of two classes with logits (z, 0)."""
    return softmax([BINARY_LOGIT, 0.0])[0]


def binary_sigmoid() -> float:
    """练习 5.5: σ(z) for the same z, from the cross-entropy chapter."""
    return float(sigmoid(BINARY_LOGIT))


_EXERCISE = {"origin": "exercise"}
EXERCISE_CLAIMS = (
    *(Claim(f"ex_logit_{k + 1}", source, 1, "练习 5.1",
            Words(zh=f"练习 5.1：第 {k + 1} 类的 logit", en=f"Exercise 5.1: logit of class {k + 1}"), input=True,
            **_EXERCISE)
      for k, source in enumerate((first_logit, second_logit, third_logit))),
    Claim("ex_true_class_probability", true_class_probability, 3, "练习 5.1",
          Words(zh="练习 5.1：真实类别的 softmax 概率", en="Exercise 5.1: softmax probability of the true class"), **_EXERCISE),
    Claim("ex_cross_entropy", new_cross_entropy, 3, "练习 5.2",
          Words(zh="练习 5.2：这一输出的交叉熵", en="Exercise 5.2: cross-entropy of this output"), **_EXERCISE),
    Claim("ex_shift", shift, 0, "练习 5.4",
          Words(zh="练习 5.4：每个 logit 加上的数", en="Exercise 5.4: the number added to every logit"),
          input=True, **_EXERCISE),
    Claim("ex_shifted_cross_entropy", shifted_cross_entropy, 3, "练习 5.4",
          Words(zh="练习 5.4：平移 logit 后的交叉熵", en="Exercise 5.4: cross-entropy after shifting the logits"), **_EXERCISE),
    Claim("ex_binary_logit", binary_logit, 1, "练习 5.5",
          Words(zh="练习 5.5：两类中第一类的 logit", en="Exercise 5.5: logit of the first of two classes"),
          input=True, **_EXERCISE),
    Claim("ex_binary_softmax", binary_softmax, 3, "练习 5.5",
          Words(zh="练习 5.5：两类 softmax 给第一类的概率",
                en="Exercise 5.5: probability two-class softmax gives the first class"),
          **_EXERCISE),
    Claim("ex_binary_sigmoid", binary_sigmoid, 3, "练习 5.5",
          Words(zh="练习 5.5：同一 z 的 sigmoid", en="Exercise 5.5: sigmoid of the same z"), **_EXERCISE),
)

EXERCISES = (
    Exercise("5.1", "numeric",
             Words(zh="softmax 给真实类别多少", en="How much softmax gives the true class"),
             answer="ex_true_class_probability"),
    Exercise("5.2", "numeric",
             Words(zh="这一输出的交叉熵", en="The cross-entropy of this output"), answer="ex_cross_entropy", unit="nats"),
    Exercise("5.3", "derivation",
             Words(zh="softmax 加交叉熵的梯度", en="The gradient of softmax plus cross-entropy"),
             check="verify_softmax_cross_entropy_gradient"),
    Exercise("5.4", "concept",
             Words(zh="logit 一起加一个数", en="One number added to every logit"),
             answer="ex_shifted_cross_entropy", unit="nats"),
    Exercise("5.5", "numeric", Words(zh="两类的 softmax", en="Softmax with two classes"), answer="ex_binary_softmax"),
)
