"""交叉熵: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.claim import find_claim, format_number
from snippets.cross_entropy.model import CAT_LABEL, WRONG_LOGIT
from snippets.verification import Verification, latex, same
from snippets.words import Words


GRADIENTS_AS_WRITTEN_STATEMENT = Words(
    zh="交叉熵对 z 的梯度是 p − y，平方误差 (p − y)² 对 z 的梯度是 2(p − y)·p(1 − p)；"
       "把 z = {z}、y = {y} 代入这两个式子，正好得到页面上的两个梯度和它们的比",
    en="The gradient of the cross-entropy with respect to z is p − y, and that of the squared error "
       "(p − y)² is 2(p − y)·p(1 − p); "
       "substituting z = {z}, y = {y} into these two formulas gives "
       "exactly the two gradients on the page and their ratio")


def verify_gradients_as_written() -> Verification:
    """§2.3 annotation: the two gradient formulas on the page, and the numbers they give at ``z = WRONG_LOGIT``."""
    import sympy as sp

    z, y = sp.symbols("z y", real=True)
    p = 1 / (1 + sp.exp(-z))
    cross_entropy = -(y * sp.log(p) + (1 - y) * sp.log(1 - p))
    squared_error = (p - y) ** 2
    d_cross_entropy, d_squared_error = sp.diff(cross_entropy, z), sp.diff(squared_error, z)
    page_cross_entropy, page_squared_error = p - y, 2 * (p - y) * p * (1 - p)  # as the page writes them
    at_wrong = {z: sp.Integer(int(WRONG_LOGIT)), y: CAT_LABEL}
    printed = {name: find_claim(f"cross_entropy.{name}") for name in
               ("wrong_cross_entropy_gradient", "wrong_squared_error_gradient", "gradient_ratio")}
    from_page = {
        "wrong_cross_entropy_gradient": float(page_cross_entropy.subs(at_wrong)),
        "wrong_squared_error_gradient": float(page_squared_error.subs(at_wrong)),
        "gradient_ratio": float((page_cross_entropy / page_squared_error).subs(at_wrong)),
    }
    numbers_match = all(format_number(from_page[name], claim.claim.digits) == claim.text()
                        for name, claim in printed.items())
    z_text, (ce_text, se_text, ratio_text) = find_claim("cross_entropy.wrong_logit").text(), (
        format_number(from_page[name], claim.claim.digits) for name, claim in printed.items())
    at = r"\Big|_{z = %s,\ y = %d}" % (z_text, CAT_LABEL)
    return Verification(
        GRADIENTS_AS_WRITTEN_STATEMENT.format(z=z_text.replace("-", "\u2212"), y=CAT_LABEL),
        same(d_cross_entropy, page_cross_entropy) and same(d_squared_error, page_squared_error) and numbers_match,
        (latex(r"\frac{\partial}{\partial z}\bigl(-[y \log p + (1 - y)\log(1 - p)]\bigr)", "p - y"),
         latex(r"\frac{\partial}{\partial z}(p - y)^2", r"2(p - y)\,p(1 - p)"),
         latex(r"(p - y)" + at, ce_text), latex(r"2(p - y)\,p(1 - p)" + at, se_text),
         latex(r"\frac{p - y}{2(p - y)\,p(1 - p)}" + at, ratio_text)),
    )


SIGMOID_CROSS_ENTROPY_GRADIENT_STATEMENT = Words(
    zh="p = σ(z) 时 dp/dz = p(1 − p)，∂CE/∂p = −y/p + (1 − y)/(1 − p)，两者相乘化简为 p − y；直接对 z 求导也是 p − y",
    en="With p = σ(z), dp/dz = p(1 − p) and ∂CE/∂p = −y/p + (1 − y)/(1 − p); their product simplifies "
       "to p − y, and differentiating directly with respect to z also gives p − y")


def verify_sigmoid_cross_entropy_gradient() -> Verification:
    """Exercise 2.3: with p = σ(z), the chain rule ∂CE/∂p · dp/dz collapses to p − y, for any label y."""
    import sympy as sp

    z, y, q = sp.symbols("z y p", real=True)
    sigma = 1 / (1 + sp.exp(-z))
    loss_in_p = -(y * sp.log(q) + (1 - y) * sp.log(1 - q))
    d_loss_d_p = sp.diff(loss_in_p, q)
    d_p_d_z = sp.diff(sigma, z)
    chain = sp.simplify((d_loss_d_p * d_p_d_z).subs(q, sigma))
    direct = sp.diff(loss_in_p.subs(q, sigma), z)
    passed = (same(d_p_d_z, sigma * (1 - sigma)) and same(chain, sigma - y) and same(direct, sigma - y))
    return Verification(
        SIGMOID_CROSS_ENTROPY_GRADIENT_STATEMENT,
        passed,
        (latex(r"\frac{dp}{dz}", r"p(1 - p)"),
         latex(r"\frac{\partial \mathrm{CE}}{\partial p}", sp.together(d_loss_d_p)),
         latex(r"\frac{\partial \mathrm{CE}}{\partial p}\cdot\frac{dp}{dz}", "p - y")),
    )


CHECKS = (verify_gradients_as_written, verify_sigmoid_cross_entropy_gradient)
