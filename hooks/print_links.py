"""Give every link the absolute address of the published site, for print.

A printed page cannot be clicked, so ``print.css`` writes each link's address
after it.  The ``href`` of a built page is relative (``../ledger/#…``), which
means nothing on paper; this hook adds ``data-print-href`` with the address on
the published site (``site_url``), and the stylesheet prints that instead.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

LINK = re.compile(r'<a (?P<before>[^>]*?)href="(?P<href>[^"#][^"]*)"')


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    here = urljoin(config.site_url or "", page.url)

    def absolute(match: re.Match) -> str:
        address = urljoin(here, html.unescape(match["href"]))
        return f'{match[0]} data-print-href="{html.escape(address)}"'

    return LINK.sub(absolute, content)
