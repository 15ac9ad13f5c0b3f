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
import html
import io
import warnings
from collections.abc import Callable
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure


FORMATS = ("svg", "png")


@dataclass(frozen=True)
class Scheme:
    """Colours of one palette: ink for text and axes, then data colours."""

    name: str
    ink: str
    muted: str
    accent: str
    second: str
    third: str
    background: str


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
        Returns the alt text: what the figure shows, in Chinese, with the
        numbers it marks.
    """

    name: str
    plot: Callable[[Scheme], Figure]
    alt: Callable[[], str]

    def _repr_html_(self) -> str:
        """Show the figure when a notebook cell ends with it."""
        return figure_html(self)


def figure_named(module, name: str) -> FigureSpec:
    """The figure called ``name`` in a chapter module's ``FIGURES``.

    Raises
    ------
    KeyError
        If the module has no such figure.
    """
    for spec in getattr(module, "FIGURES", ()):
        if spec.name == name:
            return spec
    raise KeyError(f"{module.__name__} has no figure {name!r}")


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
                  opaque: bool = False) -> bytes:
    """Draw ``plot`` in a scheme and return the figure as SVG or PNG bytes.

    SVG is transparent unless ``opaque``, so that it sits on the page's own
    background; PNG is for slides: 200 dpi on the scheme's opaque background.

    Raises
    ------
    ValueError
        If ``scheme`` or ``fmt`` is unknown.
    RuntimeError
        If matplotlib warns while drawing (for example a glyph missing from the font).
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, got {fmt!r}")
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {tuple(SCHEMES)}, got {scheme!r}")
    colours = SCHEMES[scheme]
    buffer = io.BytesIO()
    with matplotlib.rc_context(_style(colours)), warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            fig = plot(colours)
            if fmt == "svg":
                fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None},
                            facecolor=colours.background if opaque else "none")
            else:
                fig.savefig(buffer, format="png", dpi=200, facecolor=colours.background,
                            metadata={"Software": None})
        except Warning as warning:
            raise RuntimeError(f"matplotlib warned while drawing {plot.__name__}: {warning}") from warning
    return buffer.getvalue()


def figure_html(spec: FigureSpec) -> str:
    """An ``<img>`` holding the light figure inline (opaque, so it reads on any page) with its alt text.

    For notebooks: the image travels inside the ``.ipynb`` and keeps its alt text.
    """
    svg = render_figure(spec.plot, "light", "svg", opaque=True)
    source = "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")
    return f'<img alt="{html.escape(spec.alt())}" src="{source}" style="max-width: 100%">'
