"""最小二乘法: SymPy checks of the chapter's derivation steps (验证这一步).

Each ``verify_…()`` redoes one step of the article symbolically and returns a
:class:`~snippets.verification.Verification`; ``CHECKS`` lists them for the build.
"""

from __future__ import annotations

from snippets.least_squares.model import SALES, TEMPERATURE, fit_line, gradient_descent_line
from snippets.verification import Verification, latex, scientific
from snippets.words import Words


NORMAL_EQUATIONS_STATEMENT = Words(
    zh="令 ∂L/∂w = ∂L/∂b = 0，用有理数精确求解奶茶数据，得到唯一解，且是最小点",
    en="Setting ∂L/∂w = ∂L/∂b = 0 and solving exactly in rational numbers on the milk-tea data gives "
       "a unique solution, and it is a minimum")


def verify_normal_equations() -> Verification:
    """§1.3: setting ∂L/∂w = ∂L/∂b = 0 on the table gives the fit exactly, and it is a minimum."""
    import sympy as sp

    w, b = sp.symbols("w b", real=True)
    x = [sp.Rational(v) for v in TEMPERATURE]
    y = [sp.Rational(v) for v in SALES]
    loss = sp.Rational(1, len(x)) * sp.Add(*[(yi - (w * xi + b)) ** 2
                                             for xi, yi in zip(x, y, strict=True)])
    d_w, d_b = sp.expand(sp.diff(loss, w)), sp.expand(sp.diff(loss, b))
    solutions = sp.solve([d_w, d_b], [w, b], dict=True)
    hessian = sp.hessian(loss, (w, b))
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    unique = len(solutions) == 1
    w_exact, b_exact = (solutions[0][w], solutions[0][b]) if unique else (sp.nan, sp.nan)
    passed = (
        unique
        and w_exact.is_rational and b_exact.is_rational
        and abs(float(w_exact) - w_fit) < 1e-9 and abs(float(b_exact) - b_fit) < 1e-9
        and bool(hessian.is_positive_definite)
        and loss.subs({w: w_exact, b: b_exact}) == 0
    )
    return Verification(
        NORMAL_EQUATIONS_STATEMENT,
        passed,
        (
            latex(r"\frac{\partial L}{\partial w}", d_w), latex(r"\frac{\partial L}{\partial b}", d_b),
            latex(r"(w, b)", f"({sp.latex(w_exact)}, {sp.latex(b_exact)})"),
            latex(r"\nabla^2 L", hessian) + r" \succ 0",
            latex(r"L(w, b)", loss.subs({w: w_exact, b: b_exact})),
        ),
    )


UNBIASED_WITHOUT_NORMALITY_STATEMENT = Words(
    zh="把 y_i = wx_i + b + ε_i 代入正规方程的解：ŵ − w 与 b̂ − b 只是误差 ε_i 的线性组合，没有常数项；"
       "所以只要 E[ε_i] = 0，不论 ε_i 服从什么分布，E[ŵ] = w、E[b̂] = b",
    en="Substituting y_i = wx_i + b + ε_i into the solution of the normal equations: ŵ − w and b̂ − b "
       "are just linear combinations of the errors ε_i, with no constant term; so as long as "
       "E[ε_i] = 0, whatever distribution ε_i follows, E[ŵ] = w and E[b̂] = b")


def verify_unbiased_without_normality() -> Verification:
    """§1.3 annotation: the least-squares fit is unbiased for any zero-mean errors, normal or not."""
    import sympy as sp

    w, b = sp.symbols("w b", real=True)
    errors = sp.symbols(f"epsilon_1:{len(TEMPERATURE) + 1}", real=True)
    x = [sp.Rational(v) for v in TEMPERATURE]
    y = [w * xi + b + e for xi, e in zip(x, errors, strict=True)]
    x_bar, y_bar = sum(x) / len(x), sum(y) / len(y)
    w_hat = (sum((xi - x_bar) * (yi - y_bar) for xi, yi in zip(x, y, strict=True))
             / sum((xi - x_bar) ** 2 for xi in x))
    b_hat = y_bar - w_hat * x_bar
    w_error, b_error = sp.expand(w_hat - w), sp.expand(b_hat - b)
    at_zero_errors = {e: 0 for e in errors}

    def linear_in_errors(expr: sp.Expr) -> bool:
        polynomial = sp.Poly(expr, *errors)
        return polynomial.total_degree() == 1 and not expr.free_symbols & {w, b} and expr.subs(at_zero_errors) == 0

    return Verification(
        UNBIASED_WITHOUT_NORMALITY_STATEMENT,
        linear_in_errors(w_error) and linear_in_errors(b_error),
        (latex(r"\hat{w} - w", w_error), latex(r"\hat{b} - b", b_error),
         latex(r"E[\hat{w}] - w", w_error.subs(at_zero_errors)) + r" \quad (E[\epsilon_i] = 0)"),
    )


GRADIENT_DESCENT_REACHES_THE_FIT_STATEMENT = Words(
    zh="梯度下降（不用解析解）从 w = b = 0 出发，落到与正规方程相同的 w、b",
    en="Gradient descent (without the closed-form solution), starting from w = b = 0, lands on the "
       "same w, b as the normal equations")


def verify_gradient_descent_reaches_the_fit() -> Verification:
    """Numerical cross-check: gradient descent lands on the closed-form fit."""
    w_gd, b_gd = gradient_descent_line(TEMPERATURE, SALES)
    w_fit, b_fit = fit_line(TEMPERATURE, SALES)
    gap = max(abs(w_gd - w_fit), abs(b_gd - b_fit))
    return Verification(
        GRADIENT_DESCENT_REACHES_THE_FIT_STATEMENT,
        gap < 1e-6,
        (latex("(w, b)_{\\text{GD}}", f"({w_gd:.6f}, {b_gd:.6f})"),
         latex("(w, b)_{\\partial L = 0}", f"({w_fit:.6f}, {b_fit:.6f})"),
         latex(r"\max |\Delta|", scientific(gap))),
    )


INTERCEPT_THROUGH_THE_MEANS_STATEMENT = Words(
    zh="对任意 {n} 个点和任意斜率 w，令 ∂L/∂b = 0 解出 b = ȳ − w·x̄，所以直线经过 (x̄, ȳ)",
    en="For any {n} points and any slope w, setting ∂L/∂b = 0 gives b = ȳ − w·x̄, so the line "
       "passes through (x̄, ȳ)")


def verify_intercept_through_the_means() -> Verification:
    """Exercise 1.4: ∂L/∂b = 0 gives b = ȳ − w·x̄ for any sales and any slope — the line passes through
    (x̄, ȳ)."""
    import sympy as sp

    w, b = sp.symbols("w b", real=True)
    n = len(TEMPERATURE)
    x = sp.symbols(f"x_1:{n + 1}", real=True)
    y = sp.symbols(f"y_1:{n + 1}", real=True)
    loss = sp.Rational(1, n) * sp.Add(*[(yi - (w * xi + b)) ** 2
                                        for xi, yi in zip(x, y, strict=True)])
    d_b = sp.expand(sp.diff(loss, b))
    (b_star,) = sp.solve(sp.Eq(d_b, 0), b)
    x_bar, y_bar = sp.Add(*x) / n, sp.Add(*y) / n
    # shown with the means as symbols (short enough for a phone), after proving it equal to SymPy's own
    mean_x, mean_y = sp.symbols(r"\bar{x} \bar{y}", real=True)
    d_b_in_means = 2 * b + 2 * w * mean_x - 2 * mean_y
    same_derivative = sp.simplify(d_b - d_b_in_means.subs({mean_x: x_bar, mean_y: y_bar})) == 0
    through_means = sp.simplify(b_star - (y_bar - w * x_bar)) == 0
    convex = sp.diff(loss, b, 2) == 2
    return Verification(
        INTERCEPT_THROUGH_THE_MEANS_STATEMENT.format(n=n),
        bool(same_derivative and through_means and convex),
        (latex(r"\frac{\partial L}{\partial b}", d_b_in_means),
         latex(r"b - (\bar{y} - w\bar{x})", sp.simplify(b_star - (y_bar - w * x_bar))),
         latex(r"\frac{\partial^2 L}{\partial b^2}", sp.diff(loss, b, 2))),
    )


CHECKS = (verify_normal_equations, verify_unbiased_without_normality, verify_gradient_descent_reaches_the_fit,
          verify_intercept_through_the_means)
