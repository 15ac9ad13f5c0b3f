"""从极大似然推导交叉熵: SymPy checks of the chapter's exercises (验证这一步).

Each ``verify_…()`` redoes one step symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.verification import Verification, latex
from snippets.words import Words


LOGISTIC_GRADIENT_STATEMENT = Words(
    zh="{n} 个任意样本、p_i = σ(w x_i + b)：平均交叉熵 J 对 w 的偏导数是 (1/n) Σ (p_i − y_i) x_i，"
       "对 b 的是 (1/n) Σ (p_i − y_i)",
    en="Any {n} examples, p_i = σ(w x_i + b): the partial derivative of the mean cross-entropy J "
       "with respect to w is (1/n) Σ (p_i − y_i) x_i, and with respect to b it is (1/n) Σ (p_i − y_i)")


def verify_logistic_gradient() -> Verification:
    """Exercise 6.3: for p_i = σ(w x_i + b) and J the mean cross-entropy over three examples of any value,
    ∂J/∂w = (1/n) Σ (p_i − y_i) x_i and ∂J/∂b = (1/n) Σ (p_i − y_i)."""
    import sympy as sp

    n = 3
    w, b = sp.symbols("w b", real=True)
    x = sp.symbols(f"x_1:{n + 1}", real=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    p = [1 / (1 + sp.exp(-(w * xi + b))) for xi in x]
    loss = sp.Rational(1, n) * sp.Add(*[-(yi * sp.log(pi) + (1 - yi) * sp.log(1 - pi))
                                        for yi, pi in zip(y, p, strict=True)])
    claimed_w = sp.Rational(1, n) * sp.Add(*[(pi - yi) * xi for xi, yi, pi in zip(x, y, p, strict=True)])
    claimed_b = sp.Rational(1, n) * sp.Add(*[(pi - yi) for yi, pi in zip(y, p, strict=True)])
    gap_w = sp.simplify(sp.diff(loss, w) - claimed_w)
    gap_b = sp.simplify(sp.diff(loss, b) - claimed_b)
    return Verification(
        LOGISTIC_GRADIENT_STATEMENT.format(n=n),
        gap_w == 0 and gap_b == 0,
        (latex(r"\frac{\partial J}{\partial w} - \frac{1}{n}\sum_i (p_i - y_i)\,x_i", gap_w),
         latex(r"\frac{\partial J}{\partial b} - \frac{1}{n}\sum_i (p_i - y_i)", gap_b)),
    )


CHECKS = (verify_logistic_gradient,)
