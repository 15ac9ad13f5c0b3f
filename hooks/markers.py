"""Every marker on every page is read once, before any hook renders one (``sitekit/markers.py``).

A marker of a kind no hook renders (``[[figur:…]]``) stops the build with the page and the
line; each kind's own hook then reports an unknown name (a claim, a figure, a check …) the
same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit.markers import KINDS, markers, unknown

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


@event_priority(200)  # before every hook that renders a kind
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by or not page.file.src_uri.endswith(".md") or "[[" not in markdown:
        return markdown
    strays = unknown(markers(page.file.content_string))  # the file as written: its line numbers
    if strays:
        known = ", ".join(KINDS)
        raise PluginError("\n".join(f"{page.file.src_uri}:{m.line}: {m.text}: unknown marker kind {m.kind!r}; "
                                    f"known: {known}" for m in strays))
    return markdown
