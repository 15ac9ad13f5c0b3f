"""A collapsed "引用本页" block on every chapter: a formatted reference and BibTeX.

Generated, never typed per page: the title and URL come from the page, the
version and date from git (the date honours ``SOURCE_DATE_EPOCH``), and the
article the site follows from ``snippets``.  A build outside a git checkout
cites the version as "未记录".
"""

from __future__ import annotations

import datetime as dt
import os
import re
import subprocess
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

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
    from snippets import ARTICLE_DATE, ARTICLE_TITLE

    # For templates: the handout's cover (handout/cover.tpl) prints the same version and date.
    config.extra["build"] = dict(_build, article_title=ARTICLE_TITLE, article_date=ARTICLE_DATE)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown
    from snippets import ARTICLE_DATE, ARTICLE_TITLE, SITE_TITLE

    url = page.canonical_url or page.abs_url
    heading = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", markdown, re.MULTILINE)
    chapter = heading[1] if heading else (page.title or page.file.name)
    key = "site-" + (Path(page.file.src_uri).stem if page.file.src_uri != "index.md" else "home")
    year = _build["date"][:4] if _build["date"][:4].isdigit() else "n.d."
    reference = (f"{SITE_TITLE}. 《{chapter}》. 版本 {_build['version']}（构建于 {_build['date']}）. {url}. "
                 f"依据博客文章《{ARTICLE_TITLE}》（{ARTICLE_DATE}）。")
    bibtex = textwrap.dedent(f"""\
        @misc{{{key},
          title        = {{{SITE_TITLE}：{chapter}}},
          howpublished = {{\\url{{{url}}}}},
          year         = {{{year}}},
          version      = {{{_build['version']}}},
          note         = {{构建于 {_build['date']}；依据博客文章《{ARTICLE_TITLE}》（{ARTICLE_DATE}）}}
        }}""")
    block = (f'\n\n??? quote "引用本页"\n\n    {reference}\n\n    ```bibtex\n'
             + textwrap.indent(bibtex, "    ") + "\n    ```\n")
    return markdown.rstrip() + block
