"""Named numbers that pages quote, and the registry that finds them.

A *claim* is one number the site prints: an input the article gives (the
temperature table, ``p = 0.9``) or a result it derives (``-log 0.9 ≈ 0.105``).
Pages name claims as ``[[claim:module.name]]``; the build hook asks this
module for the value and its printed form, and the tests compare the printed
form with the article.

Examples
--------
>>> from snippets.claim import find_claim
>>> find_claim("cross_entropy.cat_confident_loss").text()
'0.105'
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import math
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from snippets import CHAPTER_MODULES
from snippets.words import Words
from snippets.code_location import assigning_module, module_path, source_lines

#: Where a claim's number comes from.
ORIGINS = ("article", "annotation", "exercise")


@dataclass(frozen=True)
class Claim:
    """A number a page may quote.

    Parameters
    ----------
    name : str
        Name inside its chapter module; pages use ``module.name``.
    source : callable or str
        A function of no arguments that computes the value (a derived
        result), or the name of a module-level constant (an input the
        article gives).
    digits : int
        Decimals printed, the article's own precision for this number.
    section : str
        Where the article has the number, e.g. ``"§2.2"``.
    summary : Words
        What the number is, in a few words of each language.
    article : str or None
        The number exactly as the article prints it (``"0.105"``), or None
        when the article does not print it (an annotation of ours).
    origin : {"article", "annotation", "exercise"}
        ``"annotation"`` marks numbers our verified annotations add, ``"exercise"`` the numbers of
        the chapters' exercises (their inputs and answers, :mod:`snippets.exercises`).
    input : bool
        True for data the article gives that a function merely looks up
        (the first day's temperature); a constant ``source`` is always input.
    """

    name: str
    source: Callable[[], float] | str
    digits: int
    section: str
    summary: Words
    article: str | None = None
    origin: str = "article"
    input: bool = False

    def __post_init__(self) -> None:
        if self.origin not in ORIGINS:
            raise ValueError(f"claim {self.name!r}: origin must be one of {ORIGINS}, got {self.origin!r}")
        if not isinstance(self.summary, Words):
            raise TypeError(f"claim {self.name!r}: the summary is Words(zh=…, en=…), got {self.summary!r}")
        if self.digits < 0:
            raise ValueError(f"claim {self.name!r}: digits must be >= 0, got {self.digits}")


@dataclass(frozen=True)
class Table:
    """A table of the article's data, rendered from the snippet that holds it.

    Parameters
    ----------
    name : str
        Name inside its chapter module; pages use ``[[table:module.name]]``.
    build : callable
        Returns ``(headers, rows)``: column titles (Markdown allowed) and rows
        of cells already formatted as text, each a ``str`` when it has no words
        (a number, a formula) or :class:`~snippets.words.Words` when it does.
    section : str
        Where the article has the table.
    """

    name: str
    build: Callable[[], tuple[Sequence[str | Words], Sequence[Sequence[str | Words]]]]
    section: str


def format_number(value: float, digits: int) -> str:
    """Print a value with a fixed number of decimals, as the article would.

    Parameters
    ----------
    value : float
        The number.
    digits : int
        Decimals to keep.

    Returns
    -------
    str
        The value rounded by Python's formatting (correctly rounded from the
        binary value); a value that rounds to zero prints as ``0``, never
        ``-0``.

    Raises
    ------
    ValueError
        If ``value`` is not finite.

    Examples
    --------
    >>> format_number(0.10536051565782628, 3)
    '0.105'
    >>> format_number(-1e-12, 0)
    '0'
    """
    if not math.isfinite(value):
        raise ValueError(f"cannot print a non-finite value: {value!r}")
    text = f"{value:.{digits}f}"
    if text.lstrip("-").strip("0.") == "":
        text = text.lstrip("-")
    return text


@dataclass(frozen=True)
class BoundClaim:
    """A claim together with the chapter module that defines it."""

    module: ModuleType
    claim: Claim

    @property
    def name(self) -> str:
        """Qualified name as pages write it, e.g. ``cross_entropy.cat_confident_loss``."""
        return f"{self.module.__name__.removeprefix('snippets.')}.{self.claim.name}"

    @property
    def is_input(self) -> bool:
        """True for an input the article gives, False for a derived result."""
        return self.claim.input or isinstance(self.claim.source, str)

    def value(self) -> float:
        """Compute (or look up) the number; exceptions propagate."""
        source = self.claim.source
        if isinstance(source, str):
            return float(getattr(self.module, source))
        return float(source())

    def text(self) -> str:
        """The number printed at the article's precision."""
        return format_number(self.value(), self.claim.digits)

    def defining_module(self) -> ModuleType:
        """The module whose code holds the function or constant: one of the chapter's parts
        (``snippets.least_squares.claims``), or a module it imports it from (the emails of
        :mod:`snippets.emails`, shared by two chapters)."""
        source = self.claim.source
        if not isinstance(source, str):
            return importlib.import_module(source.__module__)
        return assigning_module(self.module, source)

    def computed_by(self) -> str:
        """Which function or constant produces the number, for tooltips."""
        source = self.claim.source
        label = source if isinstance(source, str) else f"{source.__name__}()"
        return f"{module_path(self.defining_module())} · {label}"

    def source_line(self) -> int:
        """Line of :meth:`defining_module` where the function or constant is defined."""
        source = self.claim.source
        if isinstance(source, str):
            module = self.defining_module()
            for number, line in enumerate(source_lines(module), start=1):
                if line.startswith((f"{source} =", f"{source}:")):
                    return number
            raise LookupError(f"{self.name}: constant {source} not found in {module.__file__}")
        return inspect.getsourcelines(source)[1]

    def source_path(self) -> Path:
        """Path of the file that defines the number's function or constant."""
        return Path(inspect.getfile(self.defining_module()))


def chapter_modules() -> list[ModuleType]:
    """Import the chapter modules in reading order (those imported already come straight from ``sys.modules``)."""
    loaded = sys.modules
    return [loaded.get(f"snippets.{name}") or importlib.import_module(f"snippets.{name}") for name in CHAPTER_MODULES]


def chapter_parts(part: str) -> dict[str, ModuleType]:
    """Each chapter's ``part`` module (``"figures"``, ``"checks"``) by chapter name, in reading order.

    A chapter package imports only its model and claims; the build imports its figures and checks
    here, so that a page's numbers never wait on matplotlib or SymPy code they do not use.
    """
    found = {}
    for name in CHAPTER_MODULES:
        qualified = f"snippets.{name}.{part}"
        if qualified in sys.modules or importlib.util.find_spec(qualified) is not None:
            found[name] = sys.modules.get(qualified) or importlib.import_module(qualified)
    return found


def all_claims() -> dict[str, BoundClaim]:
    """Every claim of every chapter module, keyed by qualified name.

    Raises
    ------
    ValueError
        If two claims share a qualified name.
    """
    global _registry
    modules = tuple(chapter_modules())
    if _registry is None or _registry[0] != modules:  # built once per set of imported modules
        found: dict[str, BoundClaim] = {}
        for module in modules:
            for claim in getattr(module, "CLAIMS", ()):
                bound = BoundClaim(module, claim)
                if bound.name in found:
                    raise ValueError(f"claim {bound.name} is defined twice")
                found[bound.name] = bound
        _registry = (modules, found)
    return dict(_registry[1])


#: The claims of the chapter modules as last imported (a claim's value may look others up, hundreds
#: of times a build); a re-import (``mkdocs serve`` after an edit) gives new modules, and a new registry.
_registry: tuple[tuple[ModuleType, ...], dict[str, BoundClaim]] | None = None


def all_tables() -> dict[str, tuple[ModuleType, Table]]:
    """Every data table of every chapter module, keyed by qualified name."""
    found: dict[str, tuple[ModuleType, Table]] = {}
    for module in chapter_modules():
        for table in getattr(module, "TABLES", ()):
            found[f"{module.__name__.removeprefix('snippets.')}.{table.name}"] = (module, table)
    return found


def find_claim(name: str) -> BoundClaim:
    """Look a claim up by qualified name.

    Raises
    ------
    KeyError
        With the closest known names, if ``name`` is unknown.
    """
    all_claims()  # (re)builds the registry when the modules were imported anew
    claims = _registry[1]
    try:
        return claims[name]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name, claims, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise KeyError(f"unknown claim {name!r}{hint}") from None
