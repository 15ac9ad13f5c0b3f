"""Publish each snippet module's source as a page, so every number links to its code.

The ledger links a claim to ``source/<module>/#L-<line>``; the pages are
generated at build time from ``snippets/*.py`` (nothing is written into
``docs/``), so they always show the code that computed the numbers.  The code
is highlighted here with Pygments and embedded as raw HTML, because MkDocs
only sees line anchors that stand in the page's raw HTML (a fenced block's
anchors are invisible to its link validation).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from pygments import highlight
from pygments.formatters import HtmlFormatter
from pygments.lexers import PythonLexer

from sitekit.cache import JsonStore, cache_root, digest, versions

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

log = logging.getLogger("mkdocs.plugins.snippet_source")

SOURCE_DIR = "source"
#: Anchor prefix of each line: ``#L-42``.
LINE_ANCHOR = "L"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    snippets = Path(config.config_file_path).parent / "snippets"
    modules = sorted(snippets.glob("*.py"))
    if not modules:
        raise PluginError(f"no snippet modules found in {snippets}")
    # Highlighting every module takes a second; cached on the module's text and Pygments' version.
    store = JsonStore(cache_root(snippets.parent) / "source-html.json")
    for path in modules:
        key = digest(versions("pygments"), LINE_ANCHOR, path.read_bytes())
        code = store.get(key)
        if code is None:
            formatter = HtmlFormatter(
                cssclass="highlight", linenos="table", lineanchors=LINE_ANCHOR, anchorlinenos=True, wrapcode=True
            )
            code = highlight(path.read_text(encoding="utf-8"), PythonLexer(), formatter)
            store.put(key, code)
        page = (
            f"---\ndescription: 构建本站时运行的代码 snippets/{path.name} 的原文，带行号。\n"
            "search:\n  exclude: true\n---\n\n"  # code pages would outrank the chapters
            f"# snippets/{path.name}\n\n"
            "构建本站时运行的代码原文。[数字核对](../ledger.md)中的每个数字都链接到算出它的那一行。\n\n"
            f'<div class="language-python snippet-source">{code}</div>\n'
        )
        files.append(File.generated(config, f"{SOURCE_DIR}/{path.stem}.md", content=page))
    store.save()
    return files
