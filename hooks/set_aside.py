"""KaTeX's bulky HTML is set aside while hooks and plugins read a page, and put back when it is written.

KaTeX writes every formula for the eye as spans within spans (``<katex-html … data-search-exclude>``,
see ``hooks/katex.py``): half of a chapter's bytes.  Right after the formulas are typeset, each such
element is set aside and an empty placeholder left, and each formula's MathML is reduced to the text
search takes from it.  What reads the page afterwards reads a page half the size:

* Material's search parses each page tag by tag (its index is byte-identical: the HTML is excluded
  from it anyway, and the MathML gives the same text);
* mkdocs-print-site-plugin renames heading ids with a regular expression that scans from every ``<``
  to the end of its line — quadratic on a line of KaTeX spans: 88 s of the handout build, before.

``on_post_page`` puts every element back before a page is written; ``on_post_build`` does the same
for the handout's print page, which the plugin writes itself.  A placeholder left unfilled, or an
element not put back, stops the build.
"""

from __future__ import annotations

import re
from pathlib import Path
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

#: This build's elements set aside, in order: a placeholder names its index.
_kept: list[str] = []
#: The indices each page set aside, to check that its output puts back exactly those.
_by_page: dict[str, range] = {}


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


def on_pre_build(config: MkDocsConfig) -> None:
    _kept.clear()
    _by_page.clear()


@event_priority(8)  # right after katex.py and notebooks.py (10), before handout.py (5) and print-site (0)
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    first = len(_kept)

    def set_aside(match: re.Match) -> str:
        _kept.append(match[0])
        return f'<katex-html data-set-aside="{len(_kept) - 1}"></katex-html>'

    def text_only(match: re.Match) -> str:
        _kept.append(match[0])
        return f'<math data-set-aside="{len(_kept) - 1}">{searched_text(match[0])}</math>'

    html = MATHML.sub(text_only, EXCLUDED.sub(set_aside, html))
    _by_page[page.file.src_uri] = range(first, len(_kept))
    return html


def put_back(html: str, where: str) -> tuple[str, list[int]]:
    """``html`` with every placeholder filled, and the indices it held."""
    found: list[int] = []

    def fill(match: re.Match) -> str:
        index = int(match[1] or match[2])
        if index >= len(_kept):
            raise PluginError(f"{where}: a formula's placeholder names nothing set aside ({index})")
        found.append(index)
        return _kept[index]

    return PLACEHOLDER.sub(fill, html), found


@event_priority(100)  # first: every other hook sees the page whole
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    output, found = put_back(output, page.file.src_uri)
    if sorted(found) != list(_by_page.get(page.file.src_uri, [])):
        raise PluginError(f"{page.file.src_uri}: {len(_by_page.get(page.file.src_uri, []))} formulas set aside, "
                          f"{len(found)} put back")
    return output


@event_priority(-50)  # after print-site (0) has written this edition's print page, before mkdocs-static-i18n (-100) builds the next
def on_post_build(config: MkDocsConfig) -> None:
    plugin = config.plugins.get("print-site")
    if plugin is None or not plugin.config.get("enabled"):
        return
    path = Path(plugin.print_page.file.abs_dest_path)
    html, found = put_back(path.read_text(encoding="utf-8"), "print_page")
    if not found:
        raise PluginError("print_page: no formula put back; has print-site changed how it writes the page?")
    path.write_text(html, encoding="utf-8")
