"""The English edition beside the Chinese one: generated pages per language, a search index each.

mkdocs-static-i18n builds the site once per language (Chinese at ``/``, then English at ``/en/``) and,
in ``on_files``, rebuilds every file from its path in ``docs/`` — which files that hooks generate do
not have (ultrabug/mkdocs-static-i18n#263).  So this hook lifts the generated files out just before the
plugin runs and puts them back right after it:

- a generated file that is not a page (a figure, KaTeX's fonts, a notebook's zip) is the same for
  both languages and stays where it is, at the root;
- a generated page of the language being built (数字核对 / the Number ledger, which hooks/claims.py
  writes in that language) moves to that language's folder and learns its other editions, so that the
  language switcher finds them;
- a generated page of code (``source/…``, the notebooks) is shared: the Chinese build publishes it and
  the English build links to that copy without building it again.

The plugin would also merge both languages' search entries into one index.  Each language gets its
own: ``search/search_index.json`` (Chinese, segmented by jieba) and ``en/search/search_index.json``
(English, stemmed), and an English page's ``__config.base`` names ``/en/``, so that Material's search
loads the English index and resolves its results there.
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
from urllib.parse import urljoin
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import CombinedEvent, event_priority
from mkdocs.structure.files import File, InclusionLevel

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


def _alternates(file: File, config: MkDocsConfig) -> dict[str, File]:
    """The page at the same place in every edition, for the language switcher and ``hreflang``."""
    editions = {}
    for language in LANGUAGES:
        edition = File(file.src_uri, None, config.site_dir, config.use_directory_urls)
        edition.dest_uri = url_prefix(language) + _plain_dest(file)
        editions[language] = edition
    return editions


def _plain_dest(file: File) -> str:
    prefix = url_prefix(getattr(file, "locale", DEFAULT))
    return file.dest_uri.removeprefix(prefix) if prefix else file.dest_uri


@event_priority(-101)  # just after mkdocs-static-i18n (-100)
def _restore(files: Files, config: MkDocsConfig) -> Files:
    language = building(config)
    for file in _lifted:
        if file.is_documentation_page():
            shared = file.src_uri.startswith(SHARED_PAGES)
            if shared and language != DEFAULT:
                file.inclusion = InclusionLevel.EXCLUDED  # linked to, built by the Chinese edition
            elif not shared:
                file.dest_uri = url_prefix(language) + file.dest_uri
            file.locale = DEFAULT if shared else language
            file.locale_alternate_of = language
            file.norm_src_uri = file.src_uri
            file.alternates = {DEFAULT: file} if shared else _alternates(file, config)
        files.append(file)
    return files


on_files = CombinedEvent(_lift, _restore)


def on_pre_build(config: MkDocsConfig) -> None:
    # GitHub Pages serves the one 404.html at the root for every missing address: the Chinese build writes
    # it (in both languages, overrides/404.html); the English build must not overwrite it.
    if config.theme["language"] == DEFAULT:
        config.theme.static_templates.add("404.html")
    else:
        config.theme.static_templates.discard("404.html")


#: Material's page configuration, whose "base" tells its search where the index and the results are.
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">[^<]*?"base": ")([^"]*)(")')


#: The alternates Material writes into every page's head (``extra.alternate``, set per page by the plugin).
ALTERNATE = re.compile(r'<link rel="alternate" href="([^"]*)" hreflang="([\w-]+)">')


def _absolute_alternates(output: str, page: Page) -> str:
    """``hreflang`` alternates as search engines read them: absolute addresses, and an ``x-default`` (Chinese)."""
    def absolute(match: re.Match[str]) -> str:
        href = urljoin(page.canonical_url, match[1])
        default = f'\n    <link rel="alternate" href="{href}" hreflang="x-default">' if match[2] == DEFAULT else ""
        return f'<link rel="alternate" href="{href}" hreflang="{match[2]}">{default}'

    return ALTERNATE.sub(absolute, output)


@event_priority(-100)  # last: the page as written
def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """Absolute ``hreflang`` alternates; an English page's search reads the English index at ``en/search/`` and
    resolves its results from ``en/``."""
    language = building(config)
    if page.canonical_url:
        output = _absolute_alternates(output, page)
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


def _i18n(config: MkDocsConfig):
    return config.plugins["i18n"]


@event_priority(-110)  # after mkdocs-static-i18n (-100) has merged every language's search entries
def on_post_build(config: MkDocsConfig) -> None:
    """Split the merged search index into one per language, each with its own language's pipeline."""
    if _i18n(config).building:  # an inner build (English): the outer one splits once every language is done
        return
    site = Path(config.site_dir)
    merged = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    offline = config.plugins.get("offline") is not None and bool(config.plugins["offline"].config.enabled)
    for language in LANGUAGES:
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
    log.info("search: one index per language (%s)", ", ".join(LANGUAGES))
