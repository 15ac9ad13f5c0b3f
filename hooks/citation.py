"""Citing: a collapsed "引用本页" block on every chapter, and links to the article the site follows.

Generated, never typed per page: the title and URL come from the page, the
version and date from git (the date honours ``SOURCE_DATE_EPOCH``), and the
article the site follows from ``snippets``.  A build outside a git checkout
cites the version as "未记录".

Where a page names the article, ``[[article]]`` becomes the link "原文" and
``[[article:title]]`` the linked title 《…》, both to ``snippets.ARTICLE_URL``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

_build: dict[str, str] = {}


def _git(root: Path, *args: str) -> str | None:
    try:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, timeout=10, check=True)
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None


def on_config(config: MkDocsConfig) -> None:
    root = Path(config.config_file_path).parent
    inside = _git(root, "rev-parse", "--show-toplevel")
    version = _git(root, "describe", "--tags", "--always") if inside and Path(inside) == root else None
    epoch = os.environ.get("SOURCE_DATE_EPOCH") or (_git(root, "log", "-1", "--format=%ct") if version else None)
    date = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat() if epoch else "未记录"
    _build.update(version=version or "未记录", date=date)
    from snippets import ARTICLE_DATE, ARTICLE_TITLE, ARTICLE_URL

    # For templates: the handout's cover (handout/cover.tpl) prints the same version and date.
    config.extra["build"] = dict(_build, article_title=ARTICLE_TITLE, article_date=ARTICLE_DATE,
                                   article_url=ARTICLE_URL)


@renders("article")
def render_article(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[article]]`` → ``[原文](URL)``; ``[[article:title]]`` → ``[《title》](URL)``."""
    from snippets import ARTICLE_TITLE, ARTICLE_URL

    if marker.argument not in (None, "title"):
        raise MarkerError("unknown; write [[article]] or [[article:title]]")
    text = "原文" if marker.argument is None else f"《{ARTICLE_TITLE}》"
    return f"[{text}]({ARTICLE_URL}){{ .article-link }}"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown
    from snippets import ARTICLE_DATE, ARTICLE_TITLE, ARTICLE_URL, SITE_TITLE

    url = page.canonical_url or page.abs_url
    heading = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", markdown, re.MULTILINE)
    chapter = heading[1] if heading else (page.title or page.file.name)
    key = "site-" + (Path(page.file.src_uri).stem if page.file.src_uri != "index.md" else "home")
    year = _build["date"][:4] if _build["date"][:4].isdigit() else "n.d."
    reference = (f"{SITE_TITLE}. 《{chapter}》. 版本 {_build['version']}（构建于 {_build['date']}）. {url}. "
                 f"依据博客文章《{ARTICLE_TITLE}》（{ARTICLE_DATE}），{ARTICLE_URL}。")
    bibtex = textwrap.dedent(f"""\
        @misc{{{key},
          title        = {{{SITE_TITLE}：{chapter}}},
          howpublished = {{\\url{{{url}}}}},
          year         = {{{year}}},
          version      = {{{_build['version']}}},
          note         = {{构建于 {_build['date']}；依据博客文章《{ARTICLE_TITLE}》（{ARTICLE_DATE}），\\url{{{ARTICLE_URL}}}}}
        }}""")
    block = (f'\n\n??? quote "引用本页"\n\n    {reference}\n\n    ```bibtex\n'
             + textwrap.indent(bibtex, "    ") + "\n    ```\n")
    return markdown.rstrip() + block
