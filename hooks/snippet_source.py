"""Publish each snippet module's source as a page, so every number links to its code.

The ledger links a claim to the line of its code: ``source/claim/#L-40`` for a shared module,
``source/least_squares/#claims-L-40`` for a chapter, whose parts share one page, a section each.  The
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

#: Anchor of each line: ``#L-42`` on a shared module's page, ``#claims-L-42`` on a chapter's page.
ANCHOR = re.compile(r'<a id="((?:[a-z]+-)?L-[0-9]+)"')
#: The parts of a chapter package in the order its page shows them.
PART_ORDER = ("__init__.py", "model.py", "claims.py", "figures.py", "explorables.py", "exercises.py", "checks.py")
#: What each part holds, said once above its code.
PART_ROLES = {"__init__.py": "章节的命名空间：汇总 model 与 claims 的名字", "model.py": "数据与数学",
              "claims.py": "页面引用的数字（CLAIMS、TABLES）", "figures.py": "图（FIGURES）",
              "explorables.py": "读者可以拖动的图（EXPLORABLES），在浏览器里计算",
              "checks.py": "推导步骤的 SymPy 核对（CHECKS）"}

#: The highlighted code of each source page, by page and file, until the page is rendered.
_code: dict[str, dict[str, str]] = {}


def _placeholder(relative: str) -> str:
    return f'<div class="language-python snippet-source" data-snippet-source="{relative}"></div>'


def _highlighted(path: Path, lines: str, store: JsonStore) -> str:
    """The file's code as a table of numbered lines, each anchored ``#<lines>-<n>`` (cached)."""
    key = digest(versions("pygments"), lines, path.read_bytes())
    code = store.get(key)
    if code is None:
        formatter = HtmlFormatter(
            cssclass="highlight", linenos="table", lineanchors=lines, anchorlinenos=True, wrapcode=True
        )
        code = highlight(path.read_text(encoding="utf-8"), PythonLexer(), formatter)
        store.put(key, code)
    return code


def _escaped(text: str) -> str:
    return text.replace("_", r"\_")  # so that __init__ is not set in bold


def on_files(files: Files, config: MkDocsConfig) -> Files:
    from snippets.code_location import code_page

    snippets = Path(config.config_file_path).parent / "snippets"
    paths = sorted(snippets.rglob("*.py"))
    if not paths:
        raise PluginError(f"no snippet modules found in {snippets}")
    pages: dict[str, list[tuple[Path, str]]] = {}
    for path in paths:
        uri, lines = code_page(f"snippets/{path.relative_to(snippets).as_posix()}")
        pages.setdefault(uri, []).append((path, lines))
    # Highlighting every module takes a second; cached on the module's text and Pygments' version.
    store = JsonStore(cache_root(snippets.parent) / "source-html.json")
    _code.clear()
    for uri, parts in pages.items():
        ledger = posixpath.relpath("ledger.md", posixpath.dirname(uri))
        folder = parts[0][0].parent if len(parts) > 1 or parts[0][0].parent != snippets else None
        shown = f"snippets/{folder.name}/" if folder else f"snippets/{parts[0][0].name}"
        body = [f"---\ndescription: 构建本站时运行的代码 {shown} 的原文，带行号。\n"
                "search:\n  exclude: true\n---\n",  # code pages would outrank the chapters
                f"# {_escaped(shown)}\n",
                f"构建本站时运行的代码原文。[数字核对]({ledger})中的每个数字都链接到算出它的那一行。\n"]
        _code[uri] = {}
        for path, lines in sorted(parts, key=lambda part: PART_ORDER.index(part[0].name) if folder else 0):
            relative = path.relative_to(snippets).as_posix()
            _code[uri][relative] = _highlighted(path, lines, store)
            if folder:
                body.append(f"## {_escaped(path.name)} {{#{path.stem.strip('_')}}}\n\n"
                            f"{PART_ROLES.get(path.name, '')}。\n")
            body.append(f"{_placeholder(relative)}\n")
        files.append(File.generated(config, uri, content="\n".join(body)))
    store.save()
    return files


@event_priority(50)  # before the hooks that read a page's HTML
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    codes = _code.get(page.file.src_uri)
    if codes is None:
        return html
    for relative, code in codes.items():
        if _placeholder(relative) not in html:
            raise PluginError(f"{page.file.src_uri}: the placeholder of {relative} did not survive Markdown")
        page.present_anchor_ids = (page.present_anchor_ids or set()) | set(ANCHOR.findall(code))
        html = html.replace(_placeholder(relative), f'<div class="language-python snippet-source">{code}</div>')
    return html
