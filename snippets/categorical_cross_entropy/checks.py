"""分类分布与交叉熵: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.categorical_cross_entropy.model import DOG_ONE_HOT
from snippets.verification import Verification, latex, same
from snippets.words import Words


BERNOULLI_LOG_PROBABILITY_STATEMENT = Words(
    zh="伯努利分布的概率取对数，展开后正是 y log p + (1 − y) log(1 − p)；代入两种标签各剩一项",
    en="The log of the Bernoulli probability expands to exactly y log p + (1 − y) log(1 − p); "
       "substituting either label leaves one term")


def verify_bernoulli_log_probability() -> Verification:
    """Continuing §2.2–2.3: log[p^y (1 − p)^(1 − y)] = y log p + (1 − y) log(1 − p); y = 1 gives log p,
    y = 0 gives log(1 − p)."""
    import sympy as sp

    p = sp.symbols("p", positive=True)
    y = sp.symbols("y", real=True)
    log_prob = sp.expand_log(sp.log(p**y * (1 - p) ** (1 - y)), force=True)
    article_form = y * sp.log(p) + (1 - y) * sp.log(1 - p)
    cases = [sp.simplify(article_form.subs(y, label)) for label in (1, 0)]
    return Verification(
        BERNOULLI_LOG_PROBABILITY_STATEMENT,
        same(log_prob, article_form) and cases == [sp.log(p), sp.log(1 - p)],
        (latex(r"\log\left[p^{y}(1 - p)^{1 - y}\right]", log_prob),
         latex(r"\left.\cdot\right|_{y = 1}", cases[0]), latex(r"\left.\cdot\right|_{y = 0}", cases[1])),
    )


CATEGORICAL_LOG_PROBABILITY_STATEMENT = Words(
    zh="K = {k} 时，∏ p_k^(y_k) 取对数等于 Σ y_k log p_k；代入 one-hot 标签只剩真实类别一项",
    en="For K = {k}, the log of ∏ p_k^(y_k) equals Σ y_k log p_k; substituting a one-hot label "
       "leaves only the true class's term")


def verify_categorical_log_probability() -> Verification:
    """Continuing §2.4: with one-hot y over K classes, log Π p_k^{y_k} = Σ y_k log p_k = log p_(true class)."""
    import sympy as sp

    k = len(DOG_ONE_HOT)
    p = sp.symbols(f"p_1:{k + 1}", positive=True)
    y = sp.symbols(f"y_1:{k + 1}", real=True)
    log_prob = sp.expand_log(sp.log(sp.Mul(*[pk**yk for pk, yk in zip(p, y, strict=True)])), force=True)
    article_form = sp.Add(*[yk * sp.log(pk) for pk, yk in zip(p, y, strict=True)])
    one_hot = {yk: label for yk, label in zip(y, DOG_ONE_HOT, strict=True)}
    true_class = DOG_ONE_HOT.index(1)
    return Verification(
        CATEGORICAL_LOG_PROBABILITY_STATEMENT.format(k=k),
        same(log_prob, article_form) and article_form.subs(one_hot) == sp.log(p[true_class]),
        (latex(r"\log \prod_{k=1}^{%d} p_k^{y_k}" % k, log_prob),
         latex(r"\left.\cdot\right|_{y = %s}" % list(DOG_ONE_HOT), article_form.subs(one_hot))),
    )


LOSS_IS_MEAN_NEGATIVE_LOG_LIKELIHOOD_STATEMENT = Words(
    zh="n = {n} 个样本时，伯努利似然取负对数再除以 n，恰为原文的 J(θ)",
    en="For n = {n} examples, the negative log of the Bernoulli likelihood, divided by n, "
       "is exactly the article's J(θ)")


def verify_loss_is_mean_negative_log_likelihood() -> Verification:
    """Continuing §2.3: J(θ) = −(1/n) log L(θ) for the Bernoulli likelihood (n = 3 symbolic examples)."""
    import sympy as sp

    n = 3
    p = sp.symbols(f"p_1:{n + 1}", positive=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    likelihood = sp.Mul(*[pi**yi * (1 - pi) ** (1 - yi) for pi, yi in zip(p, y, strict=True)])
    loss = -sp.Rational(1, n) * sp.Add(*[yi * sp.log(pi) + (1 - yi) * sp.log(1 - pi)
                                         for pi, yi in zip(p, y, strict=True)])
    gap = sp.simplify(sp.expand_log(-sp.log(likelihood) / n - loss, force=True))
    return Verification(
        LOSS_IS_MEAN_NEGATIVE_LOG_LIKELIHOOD_STATEMENT.format(n=n),
        gap == 0,
        (latex(r"-\tfrac{1}{n}\log L(\theta) - J(\theta)", gap),),
    )


SOFTMAX_CROSS_ENTROPY_GRADIENT_STATEMENT = Words(
    zh="三个类别、任一 one-hot 标签：交叉熵对每个 logit z_k 的偏导数都是 p_k − y_k",
    en="Three classes, any one-hot label: the partial derivative of the cross-entropy with respect "
       "to each logit z_k is p_k − y_k")


def verify_softmax_cross_entropy_gradient() -> Verification:
    """Exercise 5.3: for three logits and any one-hot label, ∂/∂z_k of −Σ y_j log softmax(z)_j is p_k − y_k."""
    import sympy as sp

    z = sp.symbols("z_1:4", real=True)
    exps = [sp.exp(v) for v in z]
    p = [e / sp.Add(*exps) for e in exps]
    gaps = []
    for true_class in range(3):
        y = [1 if k == true_class else 0 for k in range(3)]
        loss = -sp.Add(*[yk * sp.log(pk) for yk, pk in zip(y, p, strict=True)])
        gaps += [sp.simplify(sp.diff(loss, z[k]) - (p[k] - y[k])) for k in range(3)]
    return Verification(
        SOFTMAX_CROSS_ENTROPY_GRADIENT_STATEMENT,
        all(gap == 0 for gap in gaps),
        (latex(r"\frac{\partial L}{\partial z_k} - (p_k - y_k)", r"0 \quad (k = 1, 2, 3)"),),
    )


CHECKS = (verify_bernoulli_log_probability, verify_categorical_log_probability,
          verify_loss_is_mean_negative_log_likelihood, verify_softmax_cross_entropy_gradient)
