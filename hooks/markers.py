"""Every ``[[kind:…]]`` marker of a page rendered in one pass (``sitekit/markers.py``).

Each kind's renderer lives with the hook that owns its data (claims, figures, checks …) and
registers itself with ``@renders("kind")``; this hook reads each page's markers once, stops the
build on a kind no renderer knows, and hands every marker to its renderer.  A renderer's
``MarkerError`` becomes a build error naming the page, the line and the marker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit.markers import RENDERERS, Marker, MarkerError, markers, render, unknown

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


def first_line(markdown: str, page: Page) -> int:
    """The line of the page's file on which ``markdown`` starts: after the front matter MkDocs removed."""
    source = page.file.content_string
    return source.count("\n", 0, len(source) - len(markdown)) + 1 if source.endswith(markdown) else 1


@event_priority(200)  # before the hooks that work on rendered markers (equation numbers, the citation block)
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by or not page.file.src_uri.endswith(".md") or "[[" not in markdown:
        return markdown
    uri, offset = page.file.src_uri, first_line(markdown, page)
    strays = unknown(markers(markdown), RENDERERS)
    if strays:
        known = ", ".join(sorted(RENDERERS))
        raise PluginError("\n".join(f"{uri}:{m.line + offset - 1}: {m.text}: unknown marker kind {m.kind!r}; "
                                    f"known: {known}" for m in strays))

    def render_one(marker: Marker) -> str:
        try:
            return RENDERERS[marker.kind](marker, page, config, files)
        except MarkerError as error:
            raise PluginError(f"{uri}:{marker.line}: {marker.text}: {error}") from None

    try:
        return render(markdown, render_one, first_line=offset)
    except MarkerError as error:  # the tokenizer's own complaints carry "line N: marker: …"
        raise PluginError(f"{uri}:{str(error).removeprefix('line ')}") from None
