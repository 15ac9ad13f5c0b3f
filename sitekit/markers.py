"""The marker language of the pages: ``[[kind]]`` or ``[[kind:argument]]``, read by one tokenizer.

:func:`markers` reads a page's Markdown once.  It skips fenced code, inline code and
HTML comments (a marker there is an example, not a marker), says whether each marker
stands in math (``$…$`` or ``$$…$$``) and on which line of the page it is.  Every kind
the site knows is listed in :data:`KINDS` with the hook that renders it; a marker of
another kind is an error that names the page and the line.

Examples
--------
>>> page = "损失 [[claim:cross_entropy.loss]]。\\n`[[claim:x]]` 是例子。\\n$L = [[claim:ls.loss]]$\\n[[handout]]"
>>> [(m.kind, m.argument, m.line, m.in_math) for m in markers(page)]
[('claim', 'cross_entropy.loss', 1, False), ('claim', 'ls.loss', 3, True), ('handout', None, 4, False)]
>>> unknown(markers("见 [[figur:ls.fit]]"))
[Marker(kind='figur', argument='ls.fit', text='[[figur:ls.fit]]', line=1, in_math=False)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Every marker kind, with the hook that renders it.
KINDS = {
    "claim": "hooks/claims.py: a computed number",
    "table": "hooks/claims.py: a data table from the snippets",
    "figure": "hooks/figures.py: a figure drawn at build time",
    "check": "hooks/checks.py: a derivation step checked by SymPy",
    "eq": "hooks/equations.py: a link to a numbered equation",
    "article": "hooks/citation.py: a link to the article the site follows",
    "handout": "hooks/handout.py: the handout's download link",
    "offline-copy": "hooks/offline.py: the offline copy's download link",
    "concept-map": "hooks/concept_map.py: the home page's diagram",
}

_TOKEN = re.compile(
    r"(?P<fence>^[ \t]*(?P<ticks>`{3,}|~{3,})[^\n]*\n.*?^[ \t]*(?P=ticks)[ \t]*$)"
    r"|(?P<code>`+)(?:.+?)(?P=code)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<math>\$\$.+?\$\$|(?<!\\)\$[^$\n]+?(?<!\\)\$)"
    r"|(?P<marker>\[\[(?P<kind>[a-z][a-z-]*)(?::(?P<argument>[^\]\s]*))?\]\])",
    re.DOTALL | re.MULTILINE,
)
_MARKER = re.compile(r"\[\[(?P<kind>[a-z][a-z-]*)(?::(?P<argument>[^\]\s]*))?\]\]")


@dataclass(frozen=True)
class Marker:
    """One marker on a page: its kind, its argument (``None`` if it has none), where it stands."""

    kind: str
    argument: str | None
    text: str
    line: int
    in_math: bool


def markers(source: str) -> list[Marker]:
    """Every marker of a page's Markdown outside code and comments, in order."""
    found = []

    def add(match: re.Match, offset: int, in_math: bool) -> None:
        line = source.count("\n", 0, offset + match.start()) + 1
        found.append(Marker(match["kind"], match["argument"], match[0], line, in_math))

    for token in _TOKEN.finditer(source):
        if token["marker"]:
            add(token, 0, in_math=False)
        elif token["math"]:
            for match in _MARKER.finditer(token["math"]):
                add(match, token.start(), in_math=True)
    return found


def unknown(found: list[Marker]) -> list[Marker]:
    """The markers whose kind no hook renders."""
    return [marker for marker in found if marker.kind not in KINDS]
