"""Shared figure output: colour schemes, and repeatable SVG and PNG bytes.

Chapter modules draw each figure in a function ``plot_…(scheme) -> Figure``
with matplotlib's object API (``fig = Figure(); ax = fig.subplots()``) and
list it in their ``FIGURES``.  :func:`render_figure` runs such a function
inside the scheme's style and returns SVG or PNG bytes that are the same on
every run: a fixed ``svg.hashsalt``, no date metadata, text drawn as paths
(no font needed to view it).  Any matplotlib warning — a glyph missing from
the font above all — is an error.

Examples
--------
>>> from matplotlib.figure import Figure
>>> def plot_line(scheme):
...     fig = Figure(figsize=(2, 2))
...     ax = fig.subplots()
...     _ = ax.plot([0, 1], [0, 1], color=scheme.accent)
...     return fig
>>> render_figure(plot_line, "light", "svg") == render_figure(plot_line, "light", "svg")
True
"""

from __future__ import annotations

import base64
import dataclasses
import html
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from snippets.words import Words

if TYPE_CHECKING:  # matplotlib is imported when a figure is drawn, not when a page only needs numbers
    from types import ModuleType

    from matplotlib.figure import Figure


FORMATS = ("svg", "png")
#: Width of the phone variant of every figure, in inches.  A 390 px phone gives the text column
#: about 358 CSS px, so one point of a 3.4 in (245 pt) figure shows as about 1.46 CSS px.
NARROW_WIDTH = 3.4
#: No text in a figure is smaller than this, in points: 8 pt shows as about 11.7 CSS px on a phone.
SMALLEST_TEXT_PT = 8


@dataclass(frozen=True)
class Scheme:
    """Colours of one palette (ink for text and axes, then data colours), and the layout to draw.

    ``narrow`` asks for the phone variant: :func:`new_figure` then stacks the
    panels and draws them :data:`NARROW_WIDTH` inches wide.
    """

    name: str
    ink: str
    muted: str
    accent: str
    second: str
    third: str
    background: str
    narrow: bool = False


#: Light and dark palettes for Material's default and slate schemes.  Data
#: colours keep a contrast of at least 3:1 against their page background.
SCHEMES = {
    "light": Scheme("light", ink="#1b1b1f", muted="#6b6b76", accent="#3949ab", second="#c62828",
                    third="#2e7d32", background="#ffffff"),
    "dark": Scheme("dark", ink="#e3e3e8", muted="#a0a0ad", accent="#8c9eff", second="#ff8a65",
                   third="#81c784", background="#1e2129"),
}


@dataclass(frozen=True)
class FigureSpec:
    """A figure a page may show.

    Parameters
    ----------
    name : str
        Name inside its chapter module; pages use ``[[figure:module.name]]``.
    plot : callable
        ``plot(scheme)`` returns a :class:`~matplotlib.figure.Figure` drawn in
        that :class:`Scheme`.
    alt : callable
        Returns the alt text in each language (:class:`~snippets.words.Words`): what the figure
        shows, with the numbers it marks.
    """

    name: str
    plot: Callable[[Scheme], Figure]
    alt: Callable[[], Words]

    def __repr__(self) -> str:
        """Names the functions, not their addresses: a notebook's text output is the same on every run.

        >>> FigureSpec("curve", len, str)
        FigureSpec(name='curve', plot=len, alt=str)
        """
        return f"FigureSpec(name={self.name!r}, plot={self.plot.__name__}, alt={self.alt.__name__})"

    def _repr_html_(self) -> str:
        """Show the figure when a notebook cell ends with it."""
        return figure_html(self)


def figure_named(module: ModuleType, name: str) -> FigureSpec:
    """The figure called ``name`` in ``FIGURES`` of a chapter's figures module.

    >>> from snippets.least_squares import figures
    >>> figure_named(figures, "loss_contours").name
    'loss_contours'

    Raises
    ------
    KeyError
        If the module has no such figure.
    """
    for spec in getattr(module, "FIGURES", ()):
        if spec.name == name:
            return spec
    raise KeyError(f"{module.__name__} has no figure {name!r}")


def new_figure(scheme: Scheme, size: tuple[float, float], panels: int = 1, **subplot_kw: object):
    """A figure and its axes: ``panels`` side by side at ``size`` inches, or stacked for a phone.

    On a phone (``scheme.narrow``) each panel is :data:`NARROW_WIDTH` wide and keeps
    its wide shape (never flatter than 4 : 3), so text keeps its size in points
    while the figure is drawn at the width it is shown.  Several panels are
    tagged (a), (b), … so that a caption names them whatever their layout.

    Returns
    -------
    (Figure, Axes) for one panel, (Figure, array of Axes) for several.

    Examples
    --------
    >>> fig, axes = new_figure(SCHEMES["light"], (7.2, 3.3), panels=2)
    >>> [float(round(v, 2)) for v in fig.get_size_inches()], axes.shape
    ([7.2, 3.3], (2,))
    >>> fig, axes = new_figure(dataclasses.replace(SCHEMES["light"], narrow=True), (7.2, 3.3), panels=2)
    >>> [float(round(v, 2)) for v in fig.get_size_inches()], axes.shape
    ([3.4, 6.23], (2,))
    """
    from matplotlib.figure import Figure

    width, height = size
    if scheme.narrow:
        panel_height = NARROW_WIDTH * max(height / (width / panels), 0.75)
        fig = Figure(figsize=(NARROW_WIDTH, panel_height * panels))
        grid = (panels, 1)
    else:
        fig = Figure(figsize=size)
        grid = (1, panels)
    if panels == 1:
        return fig, fig.subplots(**subplot_kw)
    axes = fig.subplots(*grid, **subplot_kw)
    for letter, ax in zip("abcdefgh", axes, strict=False):  # side by side or stacked: captions say (a), (b)
        ax.set_title(f"({letter})", loc="left", fontsize=10)
    return fig, axes


def smallest_text(fig: Figure) -> float:
    """The size in points of the smallest visible text in ``fig`` (tick labels, legends, annotations)."""
    from matplotlib.text import Text

    fig.canvas.draw()  # tick labels exist once the figure is laid out
    sizes = [text.get_fontsize() for text in fig.findobj(Text)
             if text.get_visible() and text.get_text().strip()]
    return float(np.min(sizes)) if sizes else float("inf")


def _style(scheme: Scheme) -> dict[str, object]:
    """rcParams for a scheme: repeatable output, transparent background, the scheme's ink."""
    ink = {key: scheme.ink for key in ("text.color", "axes.labelcolor", "axes.edgecolor",
                                       "xtick.color", "ytick.color", "legend.labelcolor")}
    return ink | {
        "svg.hashsalt": "likelihood-cross-entropy",
        "svg.fonttype": "path",
        "font.family": "DejaVu Sans",
        "font.size": 10,
        "mathtext.fontset": "dejavusans",
        "axes.unicode_minus": True,
        "axes.facecolor": "none",
        "figure.facecolor": "none",
        "savefig.facecolor": "none",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "figure.constrained_layout.use": True,
        "path.simplify": True,
    }


def render_figure(plot: Callable[[Scheme], Figure], scheme: str = "light", fmt: str = "svg",
                  opaque: bool = False, narrow: bool = False) -> bytes:
    """Draw ``plot`` in a scheme and return the figure as SVG or PNG bytes.

    SVG is transparent unless ``opaque``, so that it sits on the page's own
    background; PNG is for slides: 200 dpi on the scheme's opaque background.
    ``narrow`` draws the phone variant.

    Raises
    ------
    ValueError
        If ``scheme`` or ``fmt`` is unknown, or a text is smaller than :data:`SMALLEST_TEXT_PT`.
    RuntimeError
        If matplotlib warns while drawing (for example a glyph missing from the font).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {tuple(SCHEMES)}, got {scheme!r}")
    import matplotlib

    colours = dataclasses.replace(SCHEMES[scheme], narrow=narrow)
    buffer = io.BytesIO()
    with matplotlib.rc_context(_style(colours)), warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            fig = plot(colours)
            if (smallest := smallest_text(fig)) < SMALLEST_TEXT_PT:
                raise ValueError(f"{plot.__name__} draws text at {smallest:g} pt; the smallest allowed is "
                                 f"{SMALLEST_TEXT_PT} pt (legible on a phone)")
            if fmt == "svg":
                fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None},
                            facecolor=colours.background if opaque else "none")
            else:
                fig.savefig(buffer, format="png", dpi=200, facecolor=colours.background,
                            metadata={"Software": None})
        except Warning as warning:
            raise RuntimeError(f"matplotlib warned while drawing {plot.__name__}: {warning}") from warning
    return buffer.getvalue()


def figure_html(spec: FigureSpec, language: str = "zh") -> str:
    """An ``<img>`` holding the light figure inline (opaque, so it reads on any page) with its alt text.

    For notebooks: the image travels inside the ``.ipynb`` and keeps its alt text (in ``language``).
    """
    svg = render_figure(spec.plot, "light", "svg", opaque=True)
    source = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    return f'<img alt="{html.escape(spec.alt()[language])}" src="{source}" style="max-width: 100%">'
