"""Material's search reads each page without KaTeX's HTML, which it would skip anyway.

KaTeX writes every formula for the eye as spans within spans (``<katex-html … data-search-exclude>``,
see ``hooks/katex.py``): half of a chapter's bytes, all of it excluded from the index, yet parsed
tag by tag by the search plugin on every build.  Last among the ``on_page_content`` hooks (after
print-site has copied the page for the handout), each such element is set aside and an empty
placeholder left; search indexes the page exactly as before, and ``on_post_page`` puts every
element back before the page is written.  A placeholder that cannot be filled stops the build.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

#: KaTeX's HTML for the eye, which search skips; its MathML, whose text search indexes.
EXCLUDED = re.compile(r'<katex-html class="katex-html" aria-hidden="true" data-search-exclude>.*?</katex-html>',
                      re.DOTALL)
MATHML = re.compile(r'<math xmlns="http://www.w3.org/1998/Math/MathML"[^>]*>.*?</math>', re.DOTALL)
#: What search reads instead: nothing for KaTeX's HTML, the MathML's text (TeX annotation left out) for its MathML.
PLACEHOLDER = re.compile(r'<katex-html data-set-aside="([0-9]+)"></katex-html>|<math data-set-aside="([0-9]+)">[^<]*</math>')
ANNOTATION = re.compile(r'<annotation encoding="application/x-tex" data-search-exclude>.*?</annotation>', re.DOTALL)
TAG = re.compile(r"<[^>]*>")

#: The elements set aside, by page, until the page is written.
_aside: dict[str, list[str]] = {}


def searched_text(mathml: str) -> str:
    """The text search takes from a MathML element, as one string: a text node of white space alone
    counts as one space, as the search plugin reads it (a thin space ``\\,`` is a space).

    >>> searched_text('<math><mi>p</mi><mtext>\u2009</mtext><mo>−</mo><annotation encoding="application/x-tex" '
    ...               'data-search-exclude>p \\\\, -</annotation></math>')
    'p −'
    """
    out = ""
    for piece in TAG.split(ANNOTATION.sub("", mathml)):
        if not piece:
            continue
        if piece.isspace():
            out += "" if out.endswith(" ") else " "
        else:
            out += piece
    return out


@event_priority(-100)  # last: print-site (0) and the link hooks have the whole page
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    kept: list[str] = []

    def set_aside(match: re.Match) -> str:
        kept.append(match[0])
        return f'<katex-html data-set-aside="{len(kept) - 1}"></katex-html>'

    def text_only(match: re.Match) -> str:
        kept.append(match[0])
        return f'<math data-set-aside="{len(kept) - 1}">{searched_text(match[0])}</math>'

    html = MATHML.sub(text_only, EXCLUDED.sub(set_aside, html))
    if kept:
        _aside[page.file.src_uri] = kept
    return html


@event_priority(100)  # first: every other hook sees the page whole
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    kept = _aside.pop(page.file.src_uri, [])
    filled = 0

    def put_back(match: re.Match) -> str:
        nonlocal filled
        filled += 1
        return kept[int(match[1] or match[2])]

    output = PLACEHOLDER.sub(put_back, output)
    if filled != len(kept):
        raise PluginError(f"{page.file.src_uri}: {len(kept)} formulas set aside for search, {filled} put back")
    return output
