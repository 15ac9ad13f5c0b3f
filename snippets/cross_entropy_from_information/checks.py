"""从信息论推导交叉熵: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

import numpy as np

from snippets.cross_entropy_from_information.model import (
    TRAINING_SEED, TRAINING_SIZE, kl_divergence, make_training_data, train_logistic_regression,
    true_distribution,
)
from snippets.verification import Verification, latex, same, scientific
from snippets.words import Words


CROSS_ENTROPY_DECOMPOSITION_STATEMENT = Words(
    zh="对 K = {k} 个结果上的任意分布 P、Q，交叉熵等于熵加 KL 散度",
    en="For any distributions P, Q over K = {k} outcomes, the cross-entropy equals the entropy plus "
       "the KL divergence")


def verify_cross_entropy_decomposition() -> Verification:
    """§2.2: H(P, Q) = H(P) + D_KL(P‖Q) for any two distributions over K = 3 outcomes."""
    import sympy as sp

    k = 3
    p = sp.symbols(f"P_1:{k + 1}", positive=True)
    q = sp.symbols(f"Q_1:{k + 1}", positive=True)
    h_pq = -sp.Add(*[pi * sp.log(qi) for pi, qi in zip(p, q, strict=True)])
    h_p = -sp.Add(*[pi * sp.log(pi) for pi in p])
    kl = sp.Add(*[pi * sp.log(pi / qi) for pi, qi in zip(p, q, strict=True)])
    gap = sp.simplify(sp.expand_log(h_pq - (h_p + kl), force=True))
    return Verification(
        CROSS_ENTROPY_DECOMPOSITION_STATEMENT.format(k=k),
        gap == 0,
        (latex(r"H(P, Q) - \left[H(P) + D_{KL}(P \| Q)\right]", gap),),
    )


ONE_HOT_CROSS_ENTROPY_STATEMENT = Words(
    zh="真实分布是 one-hot 时，H(P) = 0，交叉熵只剩真实标签那一项，合起来就是 −[y log p + (1 − y) log(1 − p)]",
    en="When the true distribution is one-hot, H(P) = 0 and the cross-entropy keeps only the true "
       "label's term; taken together, that is −[y log p + (1 − y) log(1 − p)]")


def verify_one_hot_cross_entropy() -> Verification:
    """§2.3: for a one-hot P (label y), H(P) = 0 and H(P, Q) = −[y log p + (1 − y) log(1 − p)]."""
    import sympy as sp

    p = sp.symbols("p", positive=True)
    found = []
    for y in (1, 0):
        true = true_distribution(y)
        predicted = (1 - p, p)
        # 0 · log 0 counts as 0: only outcomes with P(y) > 0 contribute.
        h_p = -sp.Add(*[sp.Integer(int(t)) * sp.log(sp.Integer(int(t))) for t in true if t > 0])
        h_pq = -sp.Add(*[sp.Integer(int(t)) * sp.log(q) for t, q in zip(true, predicted, strict=True) if t > 0])
        article_form = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
        found.append((y, h_p, h_pq, same(h_pq, article_form)))
    return Verification(
        ONE_HOT_CROSS_ENTROPY_STATEMENT,
        all(h_p == 0 and ok for _, h_p, _, ok in found),
        tuple(f"y = {y}:\\quad H(P) = {sp.latex(h_p)},\\quad H(P, Q) = {sp.latex(h_pq)}"
              for y, h_p, h_pq, _ in found),
    )


KL_IS_NEVER_NEGATIVE_STATEMENT = Words(
    zh="伯努利情形：D_KL 对 q 的导数在 q < p 时为负、q > p 时为正，q = p 处取值 0，所以处处 ≥ 0；"
       "再在随机抽取的分布上数值核对",
    en="Bernoulli case: the derivative of D_KL with respect to q is negative for q < p and positive "
       "for q > p, and D_KL is 0 at q = p, so it is ≥ 0 everywhere; then checked numerically on "
       "randomly drawn distributions")


def verify_kl_is_never_negative() -> Verification:
    """§2.2: D_KL ≥ 0 — symbolically for Bernoulli P, Q; numerically on many random distributions."""
    import sympy as sp

    p, q = sp.symbols("p q", positive=True)
    kl = p * sp.log(p / q) + (1 - p) * sp.log((1 - p) / (1 - q))
    slope = sp.simplify(sp.diff(kl, q))
    slope_form = (q - p) / (q * (1 - q))
    at_minimum = sp.simplify(kl.subs(q, p))
    symbolic = sp.simplify(slope - slope_form) == 0 and at_minimum == 0
    rng = np.random.default_rng(0)
    smallest, count = np.inf, 0
    for size in range(2, 7):
        for _ in range(500):
            first, second = rng.dirichlet(np.ones(size)), rng.dirichlet(np.ones(size))
            smallest, count = min(smallest, kl_divergence(first, second)), count + 1
    return Verification(
        KL_IS_NEVER_NEGATIVE_STATEMENT,
        symbolic and smallest >= -1e-12,
        (latex(r"\frac{\partial D_{KL}}{\partial q}", slope_form), latex(r"D_{KL}\big|_{q = p}", at_minimum),
         latex(r"\min_{%d\ (P,\,Q)} D_{KL}" % count, f"{scientific(smallest, 2)} \\ge 0")),
    )


BOTH_ROUTES_GIVE_THE_SAME_LOSS_STATEMENT = Words(
    zh="信息论给出的 (1/n) Σ H(P_i, Q_i) 与极大似然给出的 −(1/n) log L(θ) 是同一个式子",
    en="The (1/n) Σ H(P_i, Q_i) of information theory and the −(1/n) log L(θ) of maximum likelihood "
       "are the same expression")


def verify_both_routes_give_the_same_loss() -> Verification:
    """§2.3 step 3: (1/n) Σ H(P_i, Q_i) is the likelihood's J(θ), term by term (n = 3 symbolic examples)."""
    import sympy as sp

    n = 3
    p = sp.symbols(f"p_1:{n + 1}", positive=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    information = sp.Rational(1, n) * sp.Add(*[-((1 - yi) * sp.log(1 - pi) + yi * sp.log(pi))
                                               for pi, yi in zip(p, y, strict=True)])
    likelihood = -sp.Rational(1, n) * sp.expand_log(
        sp.log(sp.Mul(*[pi**yi * (1 - pi) ** (1 - yi) for pi, yi in zip(p, y, strict=True)])), force=True)
    gap = sp.simplify(information - likelihood)
    return Verification(
        BOTH_ROUTES_GIVE_THE_SAME_LOSS_STATEMENT,
        gap == 0,
        (latex(r"\tfrac{1}{n}\sum_i H(P_i, Q_i) - \left(-\tfrac{1}{n}\log L(\theta)\right)", gap),),
    )


TRAINING_LOSSES_AGREE_STATEMENT = Words(
    zh=f"在 {TRAINING_SIZE} 个随机生成（种子 {TRAINING_SEED}）的样本上用梯度下降训练逻辑回归："
       "每一步的负对数似然与交叉熵都是同一个数",
    en=f"Training logistic regression by gradient descent on {TRAINING_SIZE} randomly generated "
       f"examples (seed {TRAINING_SEED}): at every step the negative log-likelihood and the "
       "cross-entropy are the same number")


def verify_training_losses_agree() -> Verification:
    """Numerical cross-check: training logistic regression, the two losses are the same number at every step."""
    history = train_logistic_regression(*make_training_data())
    gap = float(np.max(np.abs(history["likelihood"] - history["information"])))
    return Verification(
        TRAINING_LOSSES_AGREE_STATEMENT,
        gap < 1e-12 and history["likelihood"][-1] < history["likelihood"][0],
        (latex(r"\max_t \left|J_{-\log L}(t) - J_{H(P,Q)}(t)\right|", scientific(gap)),
         latex(r"J(0) \to J(%d)" % (len(history["likelihood"]) - 1),
               f"{history['likelihood'][0]:.3f} \\to {history['likelihood'][-1]:.3f}", r"\colon")),
    )


MINIMISING_OVER_Q_IS_MINIMISING_KL_STATEMENT = Words(
    zh="三个结果的任意 P、Q：H(P, Q) − D_KL(P‖Q) = H(P)，与 Q 无关；两者对每个 q_k 的偏导数相同，最小点也相同",
    en="Any P, Q over three outcomes: H(P, Q) − D_KL(P‖Q) = H(P), which does not depend on Q; the two "
       "have the same partial derivative with respect to each q_k, and the same minimizer")


def verify_minimising_over_q_is_minimising_kl() -> Verification:
    """Exercise 7.4: H(P, Q) − D_KL(P‖Q) does not depend on Q (it is H(P)), so both have the same gradient in Q."""
    import sympy as sp

    p = sp.symbols("p_1:4", positive=True)
    q = sp.symbols("q_1:4", positive=True)
    cross = -sp.Add(*[pk * sp.log(qk) for pk, qk in zip(p, q, strict=True)])
    kl = sp.Add(*[pk * sp.log(pk / qk) for pk, qk in zip(p, q, strict=True)])
    own = -sp.Add(*[pk * sp.log(pk) for pk in p])
    difference = sp.expand_log(cross - kl, force=True)
    gaps = [sp.simplify(sp.diff(cross, qk) - sp.diff(kl, qk)) for qk in q]
    passed = sp.simplify(difference - own) == 0 and all(gap == 0 for gap in gaps)
    return Verification(
        MINIMISING_OVER_Q_IS_MINIMISING_KL_STATEMENT,
        bool(passed),
        (latex(r"H(P, Q) - D_{\mathrm{KL}}(P \| Q)", "H(P)"), latex("H(P)", own),
         latex(r"\frac{\partial (H - D_{\mathrm{KL}})}{\partial q_k}", r"0 \quad (k = 1, 2, 3)")),
    )


CHECKS = (verify_cross_entropy_decomposition, verify_one_hot_cross_entropy, verify_kl_is_never_negative,
          verify_both_routes_give_the_same_loss, verify_training_losses_agree,
          verify_minimising_over_q_is_minimising_kl)
