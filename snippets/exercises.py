"""Exercises: each chapter ends with a few, whose answers are claims the snippets compute.

A chapter lists its exercises in ``EXERCISES`` (its ``exercises`` part) and their numbers in
``EXERCISE_CLAIMS`` (claims of origin ``"exercise"``, which the chapter's ``claims`` part adds to
its ``CLAIMS``, so pages quote them as any other claim and the ledger lists them).  The page writes
each exercise's statement, hint and worked solution in prose; ``[[answer:module.claim]]`` under a
numeric exercise becomes the reader's self-check (``hooks/exercises.py``), and a derivation's
solution shows the SymPy check that proves it (``[[check:…]]``).

Examples
--------
>>> Exercise("1.2", "numeric", "拟合新表格", answer="ex_slope").anchor
'ex-1-2'
>>> Exercise("1.4", "derivation", "截距的公式", check="verify_intercept_formula").kind
'derivation'
"""

from __future__ import annotations

from dataclasses import dataclass

from snippets.words import Words

#: What an exercise asks for: a number, a derivation, or a short answer a number settles.
KINDS = ("numeric", "derivation", "concept")


@dataclass(frozen=True)
class Exercise:
    """One exercise of a chapter.

    Parameters
    ----------
    number : str
        ``"<chapter>.<n>"``, the chapter's place in the site's reading order, then the exercise's:
        its heading (练习 1.2) and its anchor (``#ex-1-2``), stable for teachers to cite.
    kind : {"numeric", "derivation", "concept"}
    title : Words
        A few words, for the heading and the exercise sheet, in each language.
    answer : str or None
        The claim (its name in the chapter) a numeric exercise's reader must find; the self-check
        compares at that claim's digits.  A concept exercise may name the number that settles it.
    unit : str
        The unit the answer is asked in (``"nats"``, ``"bits"``), or "" for a pure number.
    check : str or None
        The SymPy check (its name in the chapter's ``checks``) that proves a derivation's solution.
    """

    number: str
    kind: str
    title: Words
    answer: str | None = None
    unit: str = ""
    check: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"exercise {self.number}: kind must be one of {KINDS}, got {self.kind!r}")
        chapter, _, n = self.number.partition(".")
        if not (chapter.isdigit() and n.isdigit()):
            raise ValueError(f"exercise {self.number}: the number is <chapter>.<n>, e.g. 1.2")
        if self.kind == "numeric" and self.answer is None:
            raise ValueError(f"exercise {self.number}: a numeric exercise names its answer claim")
        if self.kind == "derivation" and self.check is None:
            raise ValueError(f"exercise {self.number}: a derivation names the check that proves it")

    @property
    def anchor(self) -> str:
        """The id of the exercise's heading: ``ex-1-2`` for 练习 1.2."""
        return "ex-" + self.number.replace(".", "-")
