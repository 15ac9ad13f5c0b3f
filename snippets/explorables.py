"""Explorables: figures the reader moves, declared here and computed in the browser.

A chapter lists its explorables in ``EXPLORABLES`` (its ``explorables`` part).  Each names the
controls the reader moves — sliders and choices, each starting at the article's value — and the
readouts the browser computes from them, each tied to the claim it equals at the start.  The
build writes the controls as plain HTML (``hooks/explorables.py``), so the page does not shift
when the script starts; ``docs/javascripts/explorables/<script>`` draws and computes with the
functions of ``math.js``, which ``tests/test_explorable_math.py`` proves equal to the snippets.

Examples
--------
>>> spec = Explorable("curve", "demo.js", "看看", (Slider("p", "p", 0.01, 0.99, 0.01, 0.9),),
...                   (Readout("loss", "损失", "cross_entropy.cat_confident_loss"),))
>>> spec.start()
{'p': 0.9}
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from snippets.words import Words

MINUS = "\N{MINUS SIGN}"
SUPERSCRIPT = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def _rounded(value: float, decimals: int) -> Decimal:
    """``value`` rounded to ``decimals`` decimals as JavaScript rounds (``toFixed``): the exact binary value,
    a tie away from zero — not Python's tie to even."""
    return Decimal(value).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def _scientific(value: float, decimals: int) -> str:
    """``m × 10ᵏ`` as JavaScript's ``toExponential(decimals)`` gives m and k."""
    exact = Decimal(value)
    exponent = exact.adjusted()
    step = Decimal(1).scaleb(-decimals)
    mantissa = exact.scaleb(-exponent).quantize(step, rounding=ROUND_HALF_UP)
    if abs(mantissa) >= 10:  # 9.996 → 10.00: one more power of ten
        exponent += 1
        mantissa = exact.scaleb(-exponent).quantize(step, rounding=ROUND_HALF_UP)
    return f"{mantissa}".replace("-", MINUS) + " × 10" + str(exponent).translate(SUPERSCRIPT)


def printed(value: float, digits: int) -> str:
    """A readout as the reader sees it (``formatReadout`` in ``math.js``, proven equal): ``digits`` decimals
    as the claims print them, a true minus sign and never "−0"; from a million up, and for a number too
    small to show at those digits but not zero, ``m × 10ᵏ``; ∞ for an infinite divergence, "—" where
    there is no number.

    >>> printed(0.10536051565782628, 3), printed(-2.5, 1), printed(-1e-12, 3), printed(0.0, 3)
    ('0.105', '−2.5', '−1.0 × 10⁻¹²', '0.000')
    >>> printed(1.2398e9, 2), printed(float("inf"), 3), printed(0.125, 2)
    ('1.24 × 10⁹', '∞', '0.13')
    """
    if value == float("inf"):
        return "\N{INFINITY}"
    if value == float("-inf"):
        return MINUS + "\N{INFINITY}"
    if value != value:
        return "\N{EM DASH}"
    if abs(value) >= 1e6:
        return _scientific(value, 2)
    text = f"{_rounded(value, digits)}"
    if text.lstrip("-").strip("0.") == "":
        return text.lstrip("-") if value == 0 else _scientific(value, 1)
    return text.replace("-", MINUS)


@dataclass(frozen=True)
class Slider:
    """A number the reader moves along ``[low, high]`` in steps of ``step``, from ``start``."""

    name: str
    label: Words
    low: float
    high: float
    step: float
    start: float

    def __post_init__(self) -> None:
        if not self.low <= self.start <= self.high:
            raise ValueError(f"slider {self.name}: start {self.start} is outside [{self.low}, {self.high}]")


@dataclass(frozen=True)
class Choice:
    """One of a few values (each with its label), from ``start``."""

    name: str
    label: Words
    options: tuple[tuple[float, Words], ...]
    start: float

    def __post_init__(self) -> None:
        if self.start not in [value for value, _ in self.options]:
            raise ValueError(f"choice {self.name}: start {self.start} is not an option")


@dataclass(frozen=True)
class Readout:
    """A number the browser computes; at the start it equals the claim ``claim``.

    It is printed with the claim's digits, or with ``digits`` where a moving number needs more
    (at the start it still rounds to the claim's printed value).  A readout the article states no
    number for (an infinite divergence at the start, say) has no claim: it gives its ``digits`` and
    ``at_start``, the snippets' function for its value at the start.  Either way the build prints the
    start's number into the page, and the browser, once it starts, must print the same.
    """

    name: str
    label: Words
    claim: str | None
    unit: str | Words = ""
    digits: int | None = None
    at_start: Callable[[], float] | None = None

    def __post_init__(self) -> None:
        if self.claim is None and (self.digits is None or self.at_start is None):
            raise ValueError(f"readout {self.name}: without a claim it needs its digits and its value at the start")
        if self.claim is not None and self.at_start is not None:
            raise ValueError(f"readout {self.name}: its claim is its value at the start")


@dataclass(frozen=True)
class Explorable:
    """An explorable a page may show with ``[[explorable:module.name]]`` after the figure it extends.

    Parameters
    ----------
    name : str
        Name inside its chapter.
    script : str
        The module in ``docs/javascripts/explorables/`` that draws it.
    prompt : Words
        One line that says what to move and what to watch, in each language.
    controls : tuple of Slider or Choice
        What the reader moves.
    readouts : tuple of Readout
        What the browser computes and shows.
    data : mapping
        The article's data the script computes from (the 奶茶 table, say), as JSON.
    """

    name: str
    script: str
    prompt: Words
    controls: tuple[Slider | Choice, ...]
    readouts: tuple[Readout, ...]
    data: Mapping[str, object] = field(default_factory=dict)

    def start(self) -> dict[str, float]:
        """The controls' values at the start: the article's example."""
        return {control.name: control.start for control in self.controls}
