"""Give every link the absolute address of the published site, for print.

A printed page cannot be clicked, so ``print.css`` writes each link's address
after it.  The ``href`` of a built page is relative (``../ledger/#…``), which
means nothing on paper; this hook adds ``data-print-href`` with the address on
the published site (``site_url``), and the stylesheet prints that instead.
The offline copy serves pages as ``least-squares.html``; its printed addresses are
still those of the published site, which serves ``least-squares/``.
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


def directory_url(path: str) -> str:
    """An offline copy's page address as the published site has it.

    >>> [directory_url(p) for p in ("index.html", "least-squares.html#eq-a", "notebooks/x.html", "offline.zip")]
    ['', 'least-squares/#eq-a', 'notebooks/x/', 'offline.zip']
    """
    path, hash_sign, fragment = path.partition("#")
    if path == "index.html" or path.endswith("/index.html"):
        path = path.removesuffix("index.html")
    elif path.endswith(".html"):
        path = path.removesuffix(".html") + "/"
    return path + hash_sign + fragment


def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    here = urljoin(config.site_url or "", page.url)
    site = config.site_url or ""

    def absolute(match: re.Match) -> str:
        address = urljoin(here, html.unescape(match["href"]))
        if not config.use_directory_urls and address.startswith(site):
            address = site + directory_url(address[len(site):])
        return f'{match[0]} data-print-href="{html.escape(address)}"'

    return LINK.sub(absolute, content)
