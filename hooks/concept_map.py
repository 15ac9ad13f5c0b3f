"""``[[concept-map]]`` on the home page: how the ideas derive from one another, as a diagram.

One inline SVG drawn at build time from the boxes and arrows below: every box is a link
to its chapter, colours come from the theme (so light and dark need no second drawing),
and the text is real text at 12–14 px, searchable and read by screen readers.  The
relations on the arrows are stated exactly: the normal negative log-likelihood is the
sum of squares scaled by 1/(2σ²) plus a constant, not "proportional" to it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import TYPE_CHECKING

from snippets.words import Words
from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

WIDTH, HEIGHT = 360, 352


@dataclass(frozen=True)
class Box:
    key: str
    lines: Words  # one line of the box per line of text
    page: str  # the chapter it links to (source path)
    x: int
    y: int
    w: int = 164
    h: int = 48


@dataclass(frozen=True)
class Arrow:
    start: str
    end: str
    label: Words | None = None  # one line of the label per line of text


BOXES = (
    Box("mle", Words(zh="极大似然估计\n让观测数据最可能出现", en="Maximum likelihood\ndata made most probable"),
        "maximum-likelihood.md", 98, 4),
    Box("normal", Words(zh="误差 ε ~ 正态分布\nN(0, σ²)", en="error ε ~ normal\nN(0, σ²)"), "normal-least-squares.md", 4, 100),
    Box("bernoulli", Words(zh="标签 y ~ 伯努利\n或分类分布", en="label y ~ Bernoulli\nor categorical"),
        "categorical-cross-entropy.md", 192, 100),
    Box("ls", Words(zh="最小二乘法", en="Least squares"), "least-squares.md", 4, 216),
    Box("ce", Words(zh="交叉熵", en="Cross-entropy"), "cross-entropy.md", 192, 216),
    Box("info", Words(zh="信息论\nH(P,Q) = H(P) + KL(P‖Q)", en="Information theory\nH(P,Q) = H(P) + KL(P‖Q)"),
        "cross-entropy-from-information.md", 192, 300),
)
ARROWS = (
    Arrow("mle", "normal"),
    Arrow("mle", "bernoulli"),
    Arrow("normal", "ls", Words(zh="−log L = 常数\n+ 平方和 / (2σ²)", en="−log L = const.\n+ Σ squares / (2σ²)")),
    Arrow("bernoulli", "ce", Words(zh="−log L =\n交叉熵之和", en="−log L = Σ\ncross-entropy")),
    Arrow("info", "ce"),
)
#: The diagram's name for screen readers.
LABEL = Words(zh="三个概念怎样互相推出", en="How the three ideas derive from one another")


def _url(page: Page, target: str, files: Files) -> str:
    """The link from the page being built to a chapter page (directory URLs or, offline, ``.html``)."""
    return files.get_file_from_path(target).url_relative_to(page.file)


def concept_map(page: Page, files: Files) -> str:
    language = language_of(page.file.src_uri)
    boxes = {box.key: box for box in BOXES}
    parts = [f'<svg class="concept-map" viewBox="0 0 {WIDTH} {HEIGHT}" role="group" '
             f'aria-label="{LABEL[language]}" xmlns="http://www.w3.org/2000/svg">',
             '<defs><marker id="concept-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" '
             'markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L8,4 L0,8 z"/></marker></defs>']
    for arrow in ARROWS:
        a, b = boxes[arrow.start], boxes[arrow.end]
        x1, x2 = a.x + a.w / 2, b.x + b.w / 2
        y1, y2 = (a.y + a.h, b.y) if b.y > a.y else (a.y, b.y + b.h)
        parts.append(f'<line class="concept-map__arrow" x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2 - 2 if y2 > y1 else y2 + 2:g}" '
                     'marker-end="url(#concept-arrow)"/>')
        for i, line in enumerate(arrow.label[language].split("\n") if arrow.label else ()):
            parts.append(f'<text class="concept-map__relation" x="{x1 + 6:g}" y="{(y1 + y2) / 2 - 4 + 14 * i:g}">'
                         f"{html.escape(line)}</text>")
    for box in BOXES:
        parts.append(f'<a href="{_url(page, box.page, files)}"><rect class="concept-map__box" x="{box.x}" y="{box.y}" '
                     f'width="{box.w}" height="{box.h}" rx="6"/>')
        lines = box.lines[language].split("\n")
        top = box.y + box.h / 2 - 8 * (len(lines) - 1) + 5
        for i, line in enumerate(lines):
            cls = "concept-map__title" if i == 0 else "concept-map__note"
            parts.append(f'<text class="{cls}" x="{box.x + box.w / 2:g}" y="{top + 17 * i:g}" '
                         f'text-anchor="middle">{html.escape(line)}</text>')
        parts.append("</a>")
    parts.append("</svg>")
    return "".join(parts)


@renders("concept-map")
def render_concept_map(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[concept-map]]`` on a line of its own: the diagram, every box a link to its chapter."""
    if marker.argument is not None:
        raise MarkerError(f"[[{marker.kind}]] takes no argument")
    if not marker.alone:
        raise MarkerError("the concept map stands on a line of its own")
    missing = [box.page for box in BOXES if files.get_file_from_path(box.page) is None]
    if missing:
        raise MarkerError(f"links to pages that do not exist: {missing}")
    return concept_map(page, files)
