"""Publish each snippet module's source as a page, so every number links to its code.

The ledger links a claim to ``source/<file>/#L-<line>`` (``source/least_squares/claims/#L-40``); the
pages are generated at build time from ``snippets/**/*.py`` (nothing is written into
``docs/``), so they always show the code that computed the numbers.  The code
is highlighted here with Pygments (cached) and put into the page after Markdown has run: a
placeholder goes through Markdown, the code replaces it in ``on_page_content`` — parsing
thousands of spans as raw HTML cost most of a rebuild's Markdown time — and its line anchors
are added to the page's anchors, so that MkDocs still validates links to ``#L-42``.
"""

from __future__ import annotations

import logging
import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from sitekit.cache import JsonStore, cache_root, digest, versions

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.snippet_source")

SOURCE_DIR = "source"
#: Anchor prefix of each line: ``#L-42``.
LINE_ANCHOR = "L"
ANCHOR = re.compile(r'<a id="(L-[0-9]+)"')

#: The highlighted code of each source page, by page, until the page is rendered.
_code: dict[str, str] = {}


def _placeholder(relative: str) -> str:
    return f'<div class="language-python snippet-source" data-snippet-source="{relative}"></div>'


def on_files(files: Files, config: MkDocsConfig) -> Files:
    snippets = Path(config.config_file_path).parent / "snippets"
    modules = sorted(snippets.rglob("*.py"))
    if not modules:
        raise PluginError(f"no snippet modules found in {snippets}")
    # Highlighting every module takes a second; cached on the module's text and Pygments' version.
    store = JsonStore(cache_root(snippets.parent) / "source-html.json")
    _code.clear()
    for path in modules:
        relative = path.relative_to(snippets).as_posix()  # least_squares/claims.py
        uri = f"{SOURCE_DIR}/{relative.removesuffix('.py')}.md"
        ledger = posixpath.relpath("ledger.md", posixpath.dirname(uri))
        heading = relative.replace("_", r"\_")  # so that __init__ is not set in bold
        key = digest(versions("pygments"), LINE_ANCHOR, path.read_bytes())
        code = store.get(key)
        if code is None:
            formatter = HtmlFormatter(
                cssclass="highlight", linenos="table", lineanchors=LINE_ANCHOR, anchorlinenos=True, wrapcode=True
            )
            code = highlight(path.read_text(encoding="utf-8"), PythonLexer(), formatter)
            store.put(key, code)
        page = (
            f"---\ndescription: 构建本站时运行的代码 snippets/{relative} 的原文，带行号。\n"
            "search:\n  exclude: true\n---\n\n"  # code pages would outrank the chapters
            f"# snippets/{heading}\n\n"
            f"构建本站时运行的代码原文。[数字核对]({ledger})中的每个数字都链接到算出它的那一行。\n\n"
            f"{_placeholder(relative)}\n"
        )
        _code[uri] = code
        files.append(File.generated(config, uri, content=page))
    store.save()
    return files


@event_priority(50)  # before the hooks that read a page's HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    code = _code.get(page.file.src_uri)
    if code is None:
        return html
    relative = page.file.src_uri.removeprefix(f"{SOURCE_DIR}/").removesuffix(".md") + ".py"
    if _placeholder(relative) not in html:
        raise PluginError(f"{page.file.src_uri}: the code's placeholder did not survive Markdown")
    page.present_anchor_ids = (page.present_anchor_ids or set()) | set(ANCHOR.findall(code))
    return html.replace(_placeholder(relative), f'<div class="language-python snippet-source">{code}</div>')
