"""The marker language of the pages: ``[[kind]]`` or ``[[kind:argument]]``, read by one tokenizer.

:func:`markers` reads a page's Markdown once.  It skips fenced code (indented too, as in an
admonition), inline code and HTML comments — a marker there is an example, not a marker — says
whether each marker stands in math (``$…$`` or ``$$…$$``), on which line it is, whether it stands
alone on its line, and which inline formula it directly follows (``$w$ = [[claim:…]]``).

:func:`render` replaces every marker of a page by what the renderer of its kind returns, in one
pass.  A renderer is registered once per kind with :func:`renders`; it raises
:class:`MarkerError` for a bad argument and the page, line and marker are added to the message.
Adding a kind is one function and one ``@renders("kind")``.

Examples
--------
>>> page = "损失 [[claim:cross_entropy.loss]]。\\n`[[claim:x]]` 是例子。\\n$L = [[claim:ls.loss]]$\\n[[handout]]"
>>> [(m.kind, m.argument, m.line, m.in_math, m.alone) for m in markers(page)]
[('claim', 'cross_entropy.loss', 1, False, False), ('claim', 'ls.loss', 3, True, False), ('handout', None, 4, False, True)]
>>> unknown(markers("见 [[figur:ls.fit]]"), ["figure"])
[Marker(kind='figur', argument='ls.fit', text='[[figur:ls.fit]]', line=1, in_math=False, indent=None, alone=False, formula_before=None)]
>>> render("a [[x:1]] `[[x:2]]` $[[x:3]]$", lambda m: f"<{m.argument}{'$' if m.in_math else ''}>")
'a <1> `[[x:2]]` $<3$>$'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

_TOKEN = re.compile(
    r"(?P<fence>^[ \t]*(?P<ticks>`{3,}|~{3,})[^\n]*\n.*?^[ \t]*(?P=ticks)[ \t]*$)"
    r"|(?P<code>`+)(?:.+?)(?P=code)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<math>\$\$.+?\$\$|(?<!\\)\$(?P<inline>[^$\n]+?)(?<!\\)\$)"
    r"|(?P<marker>\[\[(?P<kind>[a-z][a-z-]*)(?::(?P<argument>[^\]\s]*))?\]\])",
    re.DOTALL | re.MULTILINE,
)
_MARKER = re.compile(r"\[\[(?P<kind>[a-z][a-z-]*)(?::(?P<argument>[^\]\s]*))?\]\]")
#: What may stand between an inline formula and the marker that completes it: ``$w$ = [[…]]``, ``$-\log 0.9 \approx$ [[…]]``.
_GAP = re.compile(r" ?= ?| ")


@dataclass(frozen=True)
class Marker:
    """One marker on a page: its kind, its argument (``None`` if it has none), where it stands.

    ``indent`` is the whitespace before the marker when it starts its line (``None`` otherwise);
    ``alone`` says nothing else is on the line; ``formula_before`` is ``(formula, gap)`` when the
    marker directly follows an inline formula, as in ``$w$ = [[claim:…]]``.
    """

    kind: str
    argument: str | None
    text: str
    line: int
    in_math: bool
    indent: str | None = None
    alone: bool = False
    formula_before: tuple[str, str] | None = None


class MarkerError(Exception):
    """What a renderer finds wrong with its marker; :func:`render` adds the page and the line."""


@dataclass(frozen=True)
class Joined:
    """A renderer's output set inside the formula before the marker, after its body.

    ``$w$ = [[claim:w]]`` with ``Joined(" = 2")`` becomes ``$w = 2$``: one formula, typeset as one.
    """

    text: str


#: One renderer per kind: ``renderer(marker, page, config, files) -> str | Joined``.
RENDERERS: dict[str, Callable[..., str | Joined]] = {}


def renders(kind: str) -> Callable[[Callable[..., str | Joined]], Callable[..., str | Joined]]:
    """Register the renderer of ``[[kind:…]]`` markers (a hook registers it when MkDocs loads the hook)."""

    def register(renderer: Callable[..., str | Joined]) -> Callable[..., str | Joined]:
        RENDERERS[kind] = renderer
        return renderer

    return register


def _tokens(source: str):
    """(token, marker match, token before it) for every marker: a marker token, or one inside math."""
    previous = None
    for token in _TOKEN.finditer(source):
        if token["marker"]:
            yield token, token, previous
        elif token["math"]:
            for match in _MARKER.finditer(token["math"]):
                yield token, match, None
        previous = token


def _marker(source: str, token: re.Match, match: re.Match, previous: re.Match | None) -> Marker:
    in_math = match is not token
    start = token.start() + match.start() if in_math else token.start()
    line_start = source.rfind("\n", 0, start) + 1
    line_end = source.find("\n", start)
    before = source[line_start:start]
    after = source[start + len(match[0]):len(source) if line_end < 0 else line_end]
    indent = before if not in_math and before.strip() == "" else None
    formula = None
    if previous is not None and previous["inline"] is not None and not in_math:
        gap = source[previous.end():start]
        if _GAP.fullmatch(gap):
            formula = (previous["inline"], gap)
    return Marker(match["kind"], match["argument"], match[0], source.count("\n", 0, start) + 1, in_math,
                  indent, indent is not None and after.strip() == "", formula)


def markers(source: str) -> list[Marker]:
    """Every marker of a page's Markdown outside code and comments, in order."""
    return [_marker(source, token, match, previous) for token, match, previous in _tokens(source)]


def unknown(found: list[Marker], kinds) -> list[Marker]:
    """The markers whose kind is not among ``kinds``."""
    return [marker for marker in found if marker.kind not in kinds]


def render(source: str, render_one: Callable[[Marker], str | Joined], *, first_line: int = 1) -> str:
    """``source`` with every marker outside code replaced by ``render_one(marker)``, in one pass.

    ``first_line`` is the line of the page on which ``source`` starts (after front matter), so
    that markers carry the line an author sees in the file.  A renderer that returns
    :class:`Joined` sets its text inside the formula before it: ``$w$ = [[…]]`` → ``$w = 2$``.
    """
    out: list[str] = []
    position = 0
    formula: tuple[int, str] | None = None  # the last inline formula: where its output starts, its rendered body

    def one(token: re.Match, match: re.Match, previous: re.Match | None) -> str | Joined:
        marker = _marker(source, token, match, previous)
        return render_one(replace(marker, line=marker.line + first_line - 1) if first_line != 1 else marker)

    previous = None
    for token in _TOKEN.finditer(source):
        if token["marker"]:
            out.append(source[position:token.start()])
            rendered = one(token, token, previous)
            if isinstance(rendered, Joined):
                if formula is None or previous is None or previous["inline"] is None:
                    raise MarkerError(f"line {token_line(source, token, first_line)}: {token[0]}: "
                                      "no formula directly before the marker to join")
                start, body = formula
                del out[start:]
                rendered = f"${body.rstrip()}{rendered.text}$"
            out.append(rendered)
            position = token.end()
        elif token["math"]:
            pieces, cursor = [], 0
            for match in _MARKER.finditer(token["math"]):
                try:
                    pieces += [token["math"][cursor:match.start()], _text(one(token, match, None))]
                except MarkerError as error:
                    if str(error).startswith("a marker inside"):
                        raise MarkerError(f"line {token_line(source, token, first_line)}: {match[0]}: {error}") from None
                    raise
                cursor = match.end()
            rendered = "".join(pieces) + token["math"][cursor:]
            out.append(source[position:token.start()])
            formula = (len(out), rendered[1:-1]) if token["inline"] is not None else None
            out.append(rendered)
            position = token.end()
        previous = token
    out.append(source[position:])
    return "".join(out)


def _text(rendered: str | Joined) -> str:
    if isinstance(rendered, Joined):
        raise MarkerError("a marker inside a formula cannot join another formula")
    return rendered


def token_line(source: str, token: re.Match, first_line: int) -> int:
    """The page line on which ``token`` starts."""
    return source.count("\n", 0, token.start()) + first_line
