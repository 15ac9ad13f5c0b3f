"""The English edition beside the Chinese one: generated pages per language, a search index each.

mkdocs-static-i18n builds the site once per language (Chinese at ``/``, then English at ``/en/``) and,
in ``on_files``, rebuilds every file from its path in ``docs/`` — which files that hooks generate do
not have (ultrabug/mkdocs-static-i18n#263).  So this hook lifts the generated files out just before the
plugin runs and puts them back right after it:

- a generated file that is not a page (a figure, KaTeX's fonts, a notebook's zip) is the same for
  both languages and stays where it is, at the root;
- a generated page of the language being built (数字核对 / the Number ledger, which hooks/claims.py
  writes in that language) moves to that language's folder;
- a generated page of code (``source/…``, the notebooks) is shared: the Chinese build publishes it and
  the English build links to that copy without building it again.

The plugin would also merge both languages' search entries into one index.  Each language gets its
own: ``search/search_index.json`` (Chinese, segmented by jieba) and ``en/search/search_index.json``
(English), and an English page's ``__config.base`` names ``/en/``, so that Material's search loads the
English index and resolves its results there.  Also here: the language links go to each edition's home and
one sitemap per edition gives every page's ``hreflang`` alternates; the one 404 page stays the Chinese build's
(in both languages); the handout's print page is one per language.
"""

from __future__ import annotations

import gzip
import json
import logging
import posixpath
import re
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, InclusionLevel

from sitekit.handouts import print_page
from sitekit.languages import DEFAULT, LANGUAGES, building, language_of, neutral, url_prefix

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.languages")

#: Generated pages of code, published once (by the Chinese build) and linked from both editions.
SHARED_PAGES = ("source/", "notebooks/")

#: The generated files taken out of this build's files while mkdocs-static-i18n rebuilds the rest.
_lifted: list[File] = []


def _move(file: File, dest_uri: str) -> None:
    """Serve ``file`` at ``dest_uri``: its address and its path in the site follow (MkDocs caches both)."""
    file.dest_uri = dest_uri
    for cached in ("url", "abs_dest_path"):
        file.__dict__.pop(cached, None)


def _generated(file: File, docs: Path) -> bool:
    """Whether mkdocs-static-i18n cannot rebuild ``file`` from a path in ``docs/`` (a notebook page's
    source is the executed copy in the cache)."""
    return file.generated_by is not None or (
        file.abs_src_path is not None and file.is_documentation_page() and not Path(file.abs_src_path).is_relative_to(docs))


@event_priority(-99)  # just before mkdocs-static-i18n (-100)
def _lift(files: Files, config: MkDocsConfig) -> Files:
    docs = Path(config.docs_dir)
    _lifted[:] = [file for file in files if _generated(file, docs)]
    for file in _lifted:
        files.remove(file)
    return files


@event_priority(-101)  # just after mkdocs-static-i18n (-100)
def _restore(files: Files, config: MkDocsConfig) -> Files:
    language = building(config)
    for file in _lifted:
        if file.is_documentation_page() and language_of(file.src_uri) not in (DEFAULT, language):
            continue  # a page written for another edition (x.en.md in the Chinese build): not this build's
        if file.is_documentation_page():
            shared = file.src_uri.startswith(SHARED_PAGES)
            if shared and language != DEFAULT:
                file.inclusion = InclusionLevel.EXCLUDED  # linked to, built by the Chinese edition
            elif not shared:
                _move(file, url_prefix(language) + file.dest_uri)
            file.locale = DEFAULT if shared else language
            file.locale_alternate_of = language
            file.norm_src_uri = file.src_uri
            file.alternates = {file.locale: file}  # what the plugin reads; the language links go home (on_page_context)
        files.append(file)
    return files


on_files = CombinedEvent(_lift, _restore)


#: The print page's title and its table of contents' (mkdocs.yml gives the Chinese), in each language.
PRINT_PAGE = {"zh": {"title": "讲义", "contents": "目录"}, "en": {"title": "Handout", "contents": "Contents"}}


@event_priority(-110)  # after mkdocs-static-i18n (-100) has set the language and print-site (0) its print page
def on_config(config: MkDocsConfig) -> None:
    # The handout's print page (make pdf) is one page per edition.
    plugin = config.plugins.get("print-site")
    if plugin is not None and plugin.config.get("enabled"):
        words = PRINT_PAGE[building(config)]
        plugin.print_page.title = words["title"]
        plugin.config["toc_title"] = words["contents"]
        # mkdocs-print-site-plugin writes every link and image of its page as if the page sat one folder below
        # the root: the English one does too, beside the Chinese (print_page/, print_page_en/).
        _move(plugin.print_file, print_page(building(config)) + "index.html")
        plugin.print_page._set_canonical_url(config.site_url)


def on_pre_build(config: MkDocsConfig) -> None:
    _pages[building(config)].clear()


#: The Chinese build's 404 page, written back once the English build has written its own over it.
_not_found: list[str] = []


def on_post_template(output: str, template_name: str, config: MkDocsConfig) -> str:
    # GitHub Pages serves the one 404.html at the root for every missing address, in either edition: the
    # Chinese build's, in both languages (overrides/404.html).  The English build renders one too (print-site
    # takes its page context from it) and writes it to the same place; on_post_build puts the Chinese back.
    if template_name == "404.html" and building(config) == DEFAULT:
        _not_found[:] = [output]
    return output


#: Material's page configuration, whose "base" tells its search where the index and the results are.
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')


@event_priority(40)  # after mkdocs-static-i18n (50) has pointed the language links at this page's other editions
def on_page_context(context: dict, page: Page, config: MkDocsConfig, nav) -> dict:
    # Material's language links go to each edition's home, where Material looks for its sitemap (and finds
    # it: on_post_build writes one per language); language_switch.js takes a reader to the same page and
    # section, and the sitemaps give search engines every page's alternates (hreflang).
    home = "" if config.use_directory_urls else "index.html"
    config.extra.alternate = [  # where the plugin put its links; relative, so that a project site's path and
        dict(alternate, link=url_prefix(alternate["lang"]) + home or "./")  # the offline copy work too
        for alternate in _i18n(config).extra_alternate]
    _pages[building(config)][_plain_url(page.file.url, building(config))] = page.canonical_url or ""
    return context


#: Every page each edition built, by its address without the language's folder → its canonical address.
_pages: dict[str, dict[str, str]] = {language: {} for language in LANGUAGES}


def _plain_url(url: str, language: str) -> str:
    """A page's address below its edition's home: ``en/least-squares/`` → ``least-squares/``; a home → ``""``."""
    plain = url.removeprefix(url_prefix(language))
    return "" if plain in (".", "./") else plain


def _sitemap(language: str) -> bytes:
    """The edition's sitemap: each page with its editions in every language as ``hreflang`` alternates."""
    rows = []
    for plain, address in sorted(_pages[language].items()):
        editions = {other: _pages[other][plain] for other in LANGUAGES if plain in _pages[other]}
        links = "".join(f'\n    <xhtml:link rel="alternate" hreflang="{other}" href="{href}"/>'
                        for other, href in editions.items()) if len(editions) > 1 else ""
        if len(editions) > 1:
            links += f'\n    <xhtml:link rel="alternate" hreflang="x-default" href="{editions[DEFAULT]}"/>'
        rows.append(f"  <url>\n    <loc>{address}</loc>{links}\n  </url>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(rows) + "\n</urlset>\n").encode()


@event_priority(-100)  # last: the page as written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """An English page's search reads the English index at ``en/search/`` and resolves its results from ``en/``."""
    language = building(config)
    if _offline(config):  # file:// has no sitemap to fetch (Material would try, for each alternate) and no
        output = HEAD_ALTERNATE.sub("", output)  # search engine reads it: the selector's links are enough
    if language == DEFAULT:
        return output
    output, found = CONFIG_BASE.subn(
        lambda match: match[1] + posixpath.normpath(f"{match[2]}/{url_prefix(language)}") + "/" + match[3],
        output, count=1)
    if not found:
        raise PluginError(f"{page.file.src_uri}: no Material __config with a base to point at /{language}/")
    return output


#: The search settings of an English Material site (its partials/languages/en.html): words split at spaces
#: and hyphens, stop words dropped; the Chinese index keeps the site's (jieba's segments, split at \u200b).
SEARCH = {"en": {"separator": r"[\s\-]+", "pipeline": ["stopWordFilter"]}}


#: The head's links to each edition's home (Material's, from extra.alternate).
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[\w-]+">')


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and bool(plugin.config.enabled)


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


@event_priority(-110)  # after mkdocs-static-i18n (-100) has merged every language's search entries
def on_post_build(config: MkDocsConfig) -> None:
    """Split the merged search index into one per language, each with its own language's pipeline."""
    if _i18n(config).building:  # an inner build (English): the outer one splits once every language is done
        return
    site = Path(config.site_dir)
    if _not_found:
        (site / "404.html").write_text(_not_found[0], encoding="utf-8")
    built = [language for language in LANGUAGES if language in _i18n(config).build_languages]
    for language in built:  # Material's sitemaps, one per edition, replaced by ones that know both
        sitemap = _sitemap(language)
        (site / url_prefix(language) / "sitemap.xml").write_bytes(sitemap)
        (site / url_prefix(language) / "sitemap.xml.gz").write_bytes(gzip.compress(sitemap, mtime=0))
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    offline = _offline(config)
    for language in built:
        prefix = url_prefix(language)
        if prefix:
            docs = [dict(doc, location=doc["location"].removeprefix(prefix)) for doc in merged["docs"]
                    if doc["location"].startswith(prefix)]
        else:
            others = tuple(url_prefix(other) for other in LANGUAGES[1:])
            docs = [doc for doc in merged["docs"] if not doc["location"].startswith(others)]
        if not docs:
            raise PluginError(f"the search index has no entry in {language!r}")
        index = json.dumps({"config": dict(merged["config"], lang=[language], **SEARCH.get(language, {})), "docs": docs},
                           ensure_ascii=False, separators=(",", ":"))
        folder = site / prefix / "search"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "search_index.json").write_text(index, encoding="utf-8")
        if offline:  # file:// reads the index from a script (Material's offline plugin inlines it the same way)
            (folder / "search_index.js").write_text(f"var __index = {index}", encoding="utf-8")
    log.info("search: one index per language (%s)", ", ".join(built))
