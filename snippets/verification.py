"""The outcome of checking one derivation step by computer algebra or computation.

Each chapter module lists its checks in ``CHECKS``: functions of no arguments
that redo a step of the article with SymPy (or with numbers, for a numerical
cross-check) and return a :class:`Verification`.  Pages show a check with
``[[check:module.function]]``; the build fails if a check does not pass.

Examples
--------
>>> import sympy as sp
>>> x = sp.symbols("x", positive=True)
>>> same(sp.log(x**2), 2 * sp.log(x))
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from snippets.words import Words

if TYPE_CHECKING:  # SymPy is imported when a check runs, not when a page only needs numbers
    import sympy as sp


@dataclass(frozen=True)
class Verification:
    """What a check found.

    Parameters
    ----------
    statement : Words
        The step being checked, as the page states it, in each language.
    passed : bool
        Whether every part of the step held.
    evidence : tuple of str
        What the computation produced, one LaTeX formula each (shown on the page).
    """

    statement: Words
    passed: bool
    evidence: tuple[str, ...]

    def _repr_latex_(self) -> str:
        """Show the evidence and the verdict when a notebook cell ends with a check."""
        verdict = r"\text{结论：%s}" % ("通过" if self.passed else "未通过")
        lines = " \\\\[4pt] ".join((*self.evidence, verdict))
        return f"$$\\begin{{gathered}} {lines} \\end{{gathered}}$$"


def same(left: sp.Expr, right: sp.Expr) -> bool:
    """Whether two expressions are identical once logarithms are expanded and simplified.

    Logarithms of products and powers are split (``force=True``): the checks
    declare their symbols positive where the article's probabilities are.
    """
    import sympy as sp

    difference = sp.expand_log(sp.expand(left - right), force=True)
    return sp.simplify(difference) == 0


def latex(left: sp.Expr | str, right: sp.Expr | str, relation: str = "=") -> str:
    """``left relation right`` as LaTeX, each side from SymPy unless already a string."""
    import sympy as sp

    def side(value: sp.Expr | str) -> str:
        return value if isinstance(value, str) else sp.latex(value)

    return f"{side(left)} {relation} {side(right)}"



def scientific(value: float, digits: int = 1) -> str:
    r"""A small number in LaTeX scientific notation, e.g. ``1.1 \times 10^{-16}``.

    Examples
    --------
    >>> scientific(1.1e-16)
    '1.1 \\times 10^{-16}'
    >>> scientific(0.0)
    '0'
    """
    if value == 0:
        return "0"
    mantissa, exponent = f"{value:.{digits}e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"
