"""The handout: the site as one printable page, and the PDF next to the site.

``make pdf`` builds with ``HANDOUT=true``, which turns on mkdocs-print-site-plugin
(configured in ``mkdocs.yml``); ``handout/print_pdf.py`` then prints its page with
Chromium.  This hook does the things the plugin leaves to us:

* In the handout build, ``toc.integrate`` is turned off: the plugin copies its
  table of contents from the page's contents sidebar, which that feature removes.

* In the handout build, a nav section whose pages the plugin excludes (the
  notebooks, the source code) is dropped before the plugin reads the nav, so the
  handout has no empty "Notebook" and "源码" parts.
* The links and anchors the plugin would break: links to the pages the handout
  leaves out point to the published site; links to the home page name
  ``index.html`` (the plugin turns ``../`` into ``#.``); and the ids it does not
  make unique (it renames those of headings only) get the page's key, as it would:
  ``#eq-…`` and ``#fig-…`` anchors, code line anchors.
* ``[[handout]]`` on a page becomes the download links of its language's PDFs.  A build with
  ``HANDOUT_DIR=dist`` (the Pages workflow, after ``make pdf``) publishes what ``make pdf`` wrote there
  (:mod:`sitekit.handouts`): per language the handout ``handout.<language>.pdf``, the exercise sheet
  ``exercises.<language>.pdf`` and the solutions ``solutions.<language>.pdf``; a missing file stops the
  build.  The course edition (``SOLUTIONS=false``) publishes no solutions.  Without ``HANDOUT_DIR``
  (``make serve``) the marker says how to make the PDFs, and inside the handout itself it vanishes.
"""

from __future__ import annotations

import os
import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitekit import handouts, solutions
from sitekit.languages import LANGUAGES, language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page

def _published(config: MkDocsConfig) -> tuple[str, ...]:
    """The editions this build publishes: the course edition leaves the solutions out."""
    return handouts.editions(solutions.shown(config.extra))


def _print_site(config: MkDocsConfig):
    plugin = config.plugins.get("print-site")
    return plugin if plugin is not None and plugin.config.get("enabled") else None


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # The plugin copies the handout's table of contents from the page's own contents sidebar,
    # which toc.integrate (the web's layout, margin notes on the right) folds into the navigation.
    if _print_site(config) is not None and "toc.integrate" in config.theme["features"]:
        config.theme["features"].remove("toc.integrate")
    return config


@event_priority(10)  # before print-site (0) saves the nav as the handout's reading order
def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    plugin = _print_site(config)
    if plugin is None:
        return nav
    from mkdocs_print_site_plugin.exclude import exclude

    patterns = plugin.config["exclude"]

    def excluded(item) -> bool:
        if item.is_page:
            return exclude(item.file.src_path, patterns)
        return item.is_section and all(excluded(child) for child in item.children)

    nav.items[:] = [item for item in nav.items if not excluded(item)]
    return nav


_HREF = re.compile(r'href="([^"#:]+)(#[^"]*)?"')
_ID = re.compile(r'<(?!(?:h[1-6]|sup|li)\b)(\w+)(\s[^>]*?)?\sid="([^"]+)"')


@event_priority(5)  # after katex.py (10), before print-site (0) keeps the page and rewrites its links
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    plugin = _print_site(config)
    if plugin is None:
        return html
    from mkdocs_print_site_plugin.exclude import exclude
    from mkdocs_print_site_plugin.urls import get_page_key

    left_out = {file.url for file in files.documentation_pages()
                if exclude(file.src_path, plugin.config["exclude"])}
    up = "../" * page.url.count("/")

    def link(match: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname("/" + page.url), match[1])).lstrip("/")
        target += "/" if target and match[1].endswith("/") else ""
        fragment = match[2] or ""
        if target in left_out:
            return f'href="{config.site_url}{target}{fragment}"'
        if target == "":
            return f'href="{up}index.html{fragment}"'
        return match[0]

    key = get_page_key(page.url)
    html = _HREF.sub(link, html)
    return _ID.sub(lambda m: f'<{m[1]}{m[2] or ""} id="{key}-{m[3]}"', html)


def _check_edition(path: Path, folder: str, config: MkDocsConfig) -> None:
    """A PDF printed from the other edition of the site stops the build (the full handout's 数字核对 lists answers)."""
    from pypdf import PdfReader

    printed = (PdfReader(path).metadata or {}).get(solutions.EDITION_KEY)
    wanted = solutions.edition_name(solutions.shown(config.extra))
    if printed != wanted:
        how = "SOLUTIONS=false make pdf" if wanted == "course" else "make pdf"
        raise PluginError(f"HANDOUT_DIR={folder}: {path.name} was printed from the {printed or 'unknown'} edition of "
                          f"the site, this build is the {wanted} edition; print it with '{how}'")


def on_files(files: Files, config: MkDocsConfig) -> Files:
    folder = os.environ.get("HANDOUT_DIR")
    if folder:
        path = Path(folder).resolve()
        if not path.is_dir():
            raise PluginError(f"HANDOUT_DIR={folder}: no such folder; run 'make pdf' first")
        published = [handouts.pdf_name(edition, language) for language in LANGUAGES for edition in _published(config)]
        for name in published:
            if not (path / name).is_file():
                raise PluginError(f"HANDOUT_DIR={folder}: no {name} in it; 'make pdf' writes it there")
        for name in published:
            _check_edition(path / name, folder, config)
            files.append(File.generated(config, name, abs_src_path=str(path / name)))
    return files


@renders("handout")
def render_handout_link(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[handout]]``: the PDF's download link; how to make it when it is not published; nothing inside it."""
    if marker.argument is not None:
        raise MarkerError(f"[[{marker.kind}]] takes no argument")
    if _print_site(config) is not None:
        return ""
    language = language_of(page.file.src_uri)
    words = WORDS[language]
    if files.get_file_from_path(handouts.pdf_name("handout", language)) is not None:
        up = "../" * page.file.src_uri.count("/")
        return " · ".join(f"[{words[edition]}]({up}{handouts.pdf_name(edition, language)}){{ .handout-link download }}"
                          for edition in _published(config))
    named = [words[f"{edition} named"] for edition in _published(config)]
    return words["absent"].format(words["list"](named))


#: What the marker says, in each language: the links' words, and how to make the PDFs when there are none.
WORDS = {
    "zh": {"handout": "下载讲义（PDF，A4）", "exercises": "练习册（不含解答）", "solutions": "解答册",
           "handout named": "讲义（PDF，A4）", "exercises named": "练习册（不含解答）", "solutions named": "解答册",
           "list": lambda items: items[0] + "和" + "、".join(items[1:]),
           "absent": "{}随网站发布；本地用 `make pdf` 生成。"},
    "en": {"handout": "Download the handout (PDF, A4)", "exercises": "Exercise sheet (no solutions)",
           "solutions": "Solutions", "handout named": "The handout (PDF, A4)",
           "exercises named": "the exercise sheet (no solutions)", "solutions named": "the solutions",
           "list": lambda items: ", ".join(items[:-1]) + " and " + items[-1],
           "absent": "{} are published with the site; `make pdf` makes them locally."},
}
