"""总结与对比: SymPy checks of the chapter's exercises (练习 8.4).

Each ``verify_…()`` redoes one step symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.verification import Verification, latex
from snippets.words import Words


GAUSSIAN_CROSS_ENTROPY_STATEMENT = Words(
    zh="对任意 μ_P、μ_Q 和 σ > 0，方差相同的两个正态分布：H(P, Q) 比 H(P) 多出 (μ_P − μ_Q)²/(2σ²)，"
       "这就是 D_KL(P‖Q)",
    en="For any μ_P, μ_Q and σ > 0, two normal distributions with the same variance: H(P, Q) exceeds "
       "H(P) by (μ_P − μ_Q)²/(2σ²), which is D_KL(P‖Q)")


def verify_gaussian_cross_entropy() -> Verification:
    """Exercise 8.4: for P = N(μ_P, σ²) and Q = N(μ_Q, σ²), H(P, Q) = ½ log(2πeσ²) + (μ_P − μ_Q)²/(2σ²),
    H(P) = ½ log(2πeσ²), so D_KL(P‖Q) = (μ_P − μ_Q)²/(2σ²): half a squared error, in units of σ²."""
    import sympy as sp

    t, mu_p, mu_q = sp.symbols("t mu_P mu_Q", real=True)
    sigma = sp.symbols("sigma", positive=True)
    x = mu_p + sigma * t  # x ~ P, written through a standard normal t (dx = σ dt)
    density_p = sp.exp(-((x - mu_p) ** 2) / (2 * sigma**2)) / sp.sqrt(2 * sp.pi * sigma**2)

    def log_density(mu):  # log of a N(mu, σ²) density at x, written out
        return -sp.log(2 * sp.pi * sigma**2) / 2 - (x - mu) ** 2 / (2 * sigma**2)

    def expected(f):  # E_P[f] = ∫ p(x) f(x) dx
        return sp.simplify(sp.integrate(sp.expand(density_p * f * sigma), (t, -sp.oo, sp.oo)))

    normalised = expected(sp.Integer(1))
    cross = -expected(log_density(mu_q))
    own = -expected(log_density(mu_p))
    half_log = sp.log(2 * sp.pi * sp.E * sigma**2) / 2
    squared_error = (mu_p - mu_q) ** 2 / (2 * sigma**2)
    kl = sp.factor(sp.simplify(cross - own))
    passed = (normalised == 1
              and sp.simplify(sp.expand_log(own - half_log, force=True)) == 0
              and sp.simplify(kl - squared_error) == 0)
    return Verification(
        GAUSSIAN_CROSS_ENTROPY_STATEMENT,
        bool(passed),
        (latex(r"\int p(x)\,dx", normalised),
         latex(r"H(P) - \tfrac{1}{2}\log(2\pi e\sigma^2)", sp.simplify(sp.expand_log(own - half_log, force=True))),
         latex(r"H(P, Q) - H(P) = D_{\mathrm{KL}}(P \| Q)", kl)),
    )


CHECKS = (verify_gaussian_cross_entropy,)
