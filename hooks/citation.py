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

from sitekit.languages import language_of
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
    date = dt.datetime.fromtimestamp(int(epoch), dt.UTC).date().isoformat() if epoch else None
    _build.update(version=version, date=date)
    from snippets import ARTICLE_DATE, ARTICLE_TITLE, ARTICLE_URL

    # For templates: the handout's cover (handout/cover.tpl) prints the same version and date.
    config.extra["build"] = dict(version=version or "未记录", date=date or "未记录", article_title=ARTICLE_TITLE,
                                 article_date=ARTICLE_DATE, article_url=ARTICLE_URL)


#: The citation block's words, in each language; {version}, {date}, {chapter} … are filled in per page.
CITATION = {
    "zh": {"heading": "引用本页", "unrecorded": "未记录", "article": "原文", "title": "《{article}》",
           "reference": "{site}. 《{chapter}》. 版本 {version}（构建于 {date}）. {url}. 依据博客文章《{article}》（{article_date}），{article_url}。",
           "note": "构建于 {date}；依据博客文章《{article}》（{article_date}），\\url{{{article_url}}}",
           "separator": "："},
    "en": {"heading": "Cite this page", "unrecorded": "unrecorded", "article": "the article",
           "title": "《{article}》 (“{article_en}” in English)",
           "reference": "{site}. “{chapter}”. Version {version} (built {date}). {url}. After the blog post 《{article}》 "
                        "(“{article_en}”, {article_date}, in Chinese), {article_url}.",
           "note": "Built {date}; after the blog post 《{article}》 (“{article_en}”, {article_date}, in Chinese), "
                   "\\url{{{article_url}}}",
           "separator": ": "},
}


@renders("article")
def render_article(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[article]]`` → ``[原文](URL)`` (English: "the article"); ``[[article:title]]`` → ``[《title》](URL)``."""
    from snippets import ARTICLE_TITLE, ARTICLE_TITLE_EN, ARTICLE_URL

    if marker.argument not in (None, "title"):
        raise MarkerError("unknown; write [[article]] or [[article:title]]")
    language = language_of(page.file.src_uri)
    words = CITATION[language]
    title = words["title"].format(article=ARTICLE_TITLE, article_en=ARTICLE_TITLE_EN)
    text = words["article"] if marker.argument is None else title
    return f"[{text}]({ARTICLE_URL}){{ .article-link }}"


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by or not page.file.src_uri.endswith(".md"):
        return markdown
    from snippets import ARTICLE_DATE, ARTICLE_TITLE, ARTICLE_TITLE_EN, ARTICLE_URL, SITE_TITLE

    language = language_of(page.file.src_uri)
    words = CITATION[language]
    url = page.canonical_url or page.abs_url
    heading = re.search(r"^# (.+?)(?:\s*\{[^}]*\})?\s*$", markdown, re.MULTILINE)
    chapter = heading[1] if heading else (page.title or page.file.name)
    name = Path(page.file.src_uri).stem.removesuffix(f".{language}")
    key = "site-" + (name if name != "index" else "home") + ("" if language == "zh" else f"-{language}")
    version, date = _build["version"] or words["unrecorded"], _build["date"] or words["unrecorded"]
    year = date[:4] if date[:4].isdigit() else "n.d."
    filled = dict(site=SITE_TITLE[language], chapter=chapter, version=version, date=date, url=url,
                  article=ARTICLE_TITLE, article_en=ARTICLE_TITLE_EN, article_date=ARTICLE_DATE, article_url=ARTICLE_URL)
    reference = words["reference"].format(**filled)
    note = words["note"].format(**filled)
    bibtex = textwrap.dedent(f"""\
        @misc{{{key},
          title        = {{{SITE_TITLE[language]}{words['separator']}{chapter}}},
          howpublished = {{\\url{{{url}}}}},
          year         = {{{year}}},
          version      = {{{version}}},
          note         = {{{note}}}
        }}""")
    block = (f'\n\n??? quote "{words["heading"]}"\n\n    {reference}\n\n    ```bibtex\n'
             + textwrap.indent(bibtex, "    ") + "\n    ```\n")
    return markdown.rstrip() + block
