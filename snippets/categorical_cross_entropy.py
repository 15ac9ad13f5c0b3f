"""分类分布与交叉熵 (article part two, §2): Bernoulli and categorical likelihoods.

For a label ``y ∈ {0, 1}`` with predicted ``p = P(y = 1)``, the Bernoulli
probability is ``p^y (1 - p)^(1 - y)``; for a one-hot ``y`` over K classes the
categorical probability is ``Π_k p_k^{y_k}``.  Their negative mean logarithm
over a data set is the cross-entropy loss ``J(θ)``.

Examples
--------
>>> bernoulli_probability(1, 0.8), bernoulli_probability(0, 0.3)
(0.8, 0.7)
>>> categorical_probability(DOG_ONE_HOT, (0.2, 0.7, 0.1))
0.7
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from snippets.verification import Verification, latex, same

#: The article's one-hot example ``[0, 1, 0]`` (§2.4): the second of three classes.
DOG_ONE_HOT: tuple[int, ...] = (0, 1, 0)


def bernoulli_probability(y: int, p: float) -> float:
    """``p^y (1 - p)^(1 - y)``: ``p`` when ``y = 1``, ``1 - p`` when ``y = 0``.

    Raises
    ------
    ValueError
        If ``y`` is not 0 or 1, or ``p`` is not a probability.
    """
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    if not 0.0 <= p <= 1.0:
        raise ValueError(f"p must be a probability, got {p}")
    return p**y * (1 - p) ** (1 - y)


def categorical_probability(y: Sequence[int], p: Sequence[float]) -> float:
    """``Π_k p_k^{y_k}`` for a one-hot ``y``: the probability of the true class.

    Raises
    ------
    ValueError
        If ``y`` is not one-hot or the lengths differ.
    """
    y_arr, p_arr = np.asarray(y), np.asarray(p, dtype=float)
    if y_arr.shape != p_arr.shape:
        raise ValueError(f"y and p differ in shape: {y_arr.shape} vs {p_arr.shape}")
    if set(y_arr.tolist()) - {0, 1} or y_arr.sum() != 1:
        raise ValueError(f"y must be one-hot, got {y_arr.tolist()}")
    return float(np.prod(p_arr**y_arr))


def bernoulli_log_likelihood(y: Sequence[int], p: Sequence[float]) -> float:
    """``log L = Σ_i [y_i log p_i + (1 - y_i) log(1 - p_i)]`` over a data set.

    Examples
    --------
    >>> f"{bernoulli_log_likelihood([1, 0], [0.8, 0.3]):.3f}"
    '-0.580'
    """
    return float(sum(np.log(bernoulli_probability(int(yi), float(pi))) for yi, pi in zip(y, p, strict=True)))


def mean_cross_entropy(y: Sequence[int], p: Sequence[float]) -> float:
    """``J(θ) = -(1/n) log L``: the binary cross-entropy averaged over the data.

    Examples
    --------
    >>> f"{mean_cross_entropy([1, 0], [0.8, 0.3]):.3f}"
    '0.290'
    """
    return -bernoulli_log_likelihood(y, p) / len(y)


def verify_bernoulli_log_probability() -> Verification:
    """续 §2.2–2.3: log[p^y (1 − p)^(1 − y)] = y log p + (1 − y) log(1 − p); y = 1 gives log p, y = 0 gives log(1 − p)."""
    import sympy as sp

    p = sp.symbols("p", positive=True)
    y = sp.symbols("y", real=True)
    log_prob = sp.expand_log(sp.log(p**y * (1 - p) ** (1 - y)), force=True)
    article_form = y * sp.log(p) + (1 - y) * sp.log(1 - p)
    cases = [sp.simplify(article_form.subs(y, label)) for label in (1, 0)]
    return Verification(
        "伯努利分布的概率取对数，展开后正是 y log p + (1 − y) log(1 − p)；代入两种标签各剩一项",
        same(log_prob, article_form) and cases == [sp.log(p), sp.log(1 - p)],
        (latex(r"\log\left[p^{y}(1 - p)^{1 - y}\right]", log_prob),
         latex(r"\left.\cdot\right|_{y = 1}", cases[0]), latex(r"\left.\cdot\right|_{y = 0}", cases[1])),
    )


def verify_categorical_log_probability() -> Verification:
    """续 §2.4: with one-hot y over K classes, log Π p_k^{y_k} = Σ y_k log p_k = log p_(true class)."""
    import sympy as sp

    k = len(DOG_ONE_HOT)
    p = sp.symbols(f"p_1:{k + 1}", positive=True)
    y = sp.symbols(f"y_1:{k + 1}", real=True)
    log_prob = sp.expand_log(sp.log(sp.Mul(*[pk**yk for pk, yk in zip(p, y, strict=True)])), force=True)
    article_form = sp.Add(*[yk * sp.log(pk) for pk, yk in zip(p, y, strict=True)])
    one_hot = {yk: label for yk, label in zip(y, DOG_ONE_HOT, strict=True)}
    true_class = DOG_ONE_HOT.index(1)
    return Verification(
        f"K = {k} 时，∏ p_k^(y_k) 取对数等于 Σ y_k log p_k；代入 one-hot 标签只剩真实类别一项",
        same(log_prob, article_form) and article_form.subs(one_hot) == sp.log(p[true_class]),
        (latex(r"\log \prod_{k=1}^{%d} p_k^{y_k}" % k, log_prob),
         latex(r"\left.\cdot\right|_{y = %s}" % list(DOG_ONE_HOT), article_form.subs(one_hot))),
    )


def verify_loss_is_mean_negative_log_likelihood() -> Verification:
    """续 §2.3: J(θ) = −(1/n) log L(θ) for the Bernoulli likelihood (n = 3 symbolic examples)."""
    import sympy as sp

    n = 3
    p = sp.symbols(f"p_1:{n + 1}", positive=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    likelihood = sp.Mul(*[pi**yi * (1 - pi) ** (1 - yi) for pi, yi in zip(p, y, strict=True)])
    loss = -sp.Rational(1, n) * sp.Add(*[yi * sp.log(pi) + (1 - yi) * sp.log(1 - pi)
                                         for pi, yi in zip(p, y, strict=True)])
    gap = sp.simplify(sp.expand_log(-sp.log(likelihood) / n - loss, force=True))
    return Verification(
        f"n = {n} 个样本时，伯努利似然取负对数再除以 n，恰为原文的 J(θ)",
        gap == 0,
        (latex(r"-\tfrac{1}{n}\log L(\theta) - J(\theta)", gap),),
    )


CHECKS = (verify_bernoulli_log_probability, verify_categorical_log_probability,
          verify_loss_is_mean_negative_log_likelihood)


CLAIMS = ()
