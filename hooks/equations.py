r"""Number the labelled display equations of each page and resolve references to them.

KaTeX has no ``\label``/``\eqref``.  A display block ``$$ … \label{name} … $$``
(optionally wrapped in ``\begin{equation}…\end{equation}``) gets the next
number of its page as ``\tag{n}`` and a stable anchor ``id="eq-name"`` derived
from its label, not its position.  In prose, ``[[eq:name]]`` becomes a link
"(n)" to an equation of the same page and ``[[eq:page.md#name]]`` to one of
another page.  An unknown or duplicate label stops the build with page and line.
"""

from __future__ import annotations

import logging
import re
import textwrap
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit.languages import in_language, language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.equations")

DISPLAY = re.compile(r"^(?P<indent>[ \t]*)\$\$[ \t]*\n(?P<body>.*?)\n(?P=indent)\$\$[ \t]*$", re.MULTILINE | re.DOTALL)
LABEL = re.compile(r"\\label\{(?P<name>[a-z][a-z-]*)\}")
ENVIRONMENT = re.compile(r"\\(?:begin|end)\{equation\}")

#: Equation numbers by page and label, collected before pages render.
_numbers: dict[str, dict[str, int]] = {}


def _line(source: str, text: str) -> int:
    return next((n for n, line in enumerate(source.splitlines(), 1) if text in line), 1)


def number_equations(uri: str, markdown: str) -> dict[str, int]:
    """Labels of a page's display equations, numbered in order of appearance."""
    numbers: dict[str, int] = {}
    for block in DISPLAY.finditer(markdown):
        for label in LABEL.finditer(block["body"]):
            if label["name"] in numbers:
                raise PluginError(f"{uri}:{_line(markdown, label[0])}: equation label {label['name']!r} used twice")
            numbers[label["name"]] = len(numbers) + 1
    return numbers


@event_priority(110)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    _numbers.clear()
    for file in files.documentation_pages():
        if file.src_uri.endswith(".md") and not file.generated_by:
            _numbers[file.src_uri] = number_equations(file.src_uri, file.content_string)
    return files


@renders("eq")
def render_reference(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[eq:name]]`` → a link "(n)" to an equation of this page; ``[[eq:page.md#name]]`` of another."""
    target = marker.argument or ""
    page_uri, _, name = target.rpartition("#") if "#" in target else ("", "", target)
    # Another page's equation, in the edition of the page that refers to it (least-squares.en.md).
    target_uri = in_language(page_uri, language_of(page.file.src_uri)) if page_uri else page.file.src_uri
    table = _numbers.get(target_uri)
    if table is None or name not in table:
        known = ", ".join(sorted(table or {})) or "none"
        raise MarkerError(f"unknown equation; labels on {target_uri}: {known}")
    return f"[({table[name]})]({page_uri}#eq-{name})"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Number the labelled display equations (after hooks/markers.py has put the claims into them)."""
    numbers = _numbers.get(page.file.src_uri, {})
    if not numbers:
        return markdown

    def display(match: re.Match) -> str:
        label = LABEL.search(match["body"])
        if label is None:
            return match[0]
        name = label["name"]
        body = ENVIRONMENT.sub("", LABEL.sub("", match["body"])).strip()
        block = f'<div class="equation" id="eq-{name}" markdown>\n\n$$\n{body} \\tag{{{numbers[name]}}}\n$$\n\n</div>'
        return textwrap.indent(block, match["indent"])

    return DISPLAY.sub(display, markdown)
