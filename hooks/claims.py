"""Render ``[[claim:NAME]]`` and ``[[table:NAME]]`` markers from the snippet modules.

Outside math a derived claim becomes ``<span class="claim" data-claim="NAME" …>0.105</span>``,
a disclosure (``claims.js``) that says in Chinese what the number is and how it is checked, with
links to its row in 数字核对 and its line of code; an input the article gives is plain text;
inside ``$…$`` or ``$$…$$`` the bare value is inserted so that KaTeX typesets it.
Markers in code are left alone.  The hook also writes the ledger page
"数字核对", listing every claim, its value, the article's printed value, the
pages that quote it and the code that computes it.  An unknown name or an
exception in a snippet stops the build with the page, the line and the cause.
"""

from __future__ import annotations

import html
import json
import logging
import platform
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from sitekit import solutions
from sitekit.languages import building, language_of, neutral, url_prefix
from sitekit.cache import JsonStore, cache_root, digest, module_key, versions
from sitekit.markers import Joined, Marker, MarkerError, markers, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.claims")

LEDGER_URI = "ledger.md"

# Names of markers per page, collected before pages render (for the ledger).
_uses: dict[str, list[str]] = defaultdict(list)
_titles: dict[str, str] = {}


def on_config(config: MkDocsConfig) -> None:
    # `mkdocs serve` rebuilds in the same process: forget old snippet modules
    # so an edited snippet is imported afresh.
    for name in [name for name in sys.modules if name == "snippets" or name.startswith("snippets.")]:
        del sys.modules[name]


def _snippets():
    from snippets import claim

    return claim


#: This build's printed values, cached on the code that computes them; the modules' keys, once a build.
_store: JsonStore | None = None
_module_keys: dict[str, str] = {}
_computed: list[str] = []
_looked_up: set[str] = set()


def _text(bound, snippets: Path) -> str:
    """The claim's printed value: from the cache, keyed on its module's source and every snippet module
    it imports (and NumPy's and Python's versions), or computed."""
    module = bound.name.split(".")[0]
    if module not in _module_keys:
        _module_keys[module] = module_key(snippets, module)
    _looked_up.add(bound.name)
    key = digest(bound.name, _module_keys[module], versions("numpy"), platform.python_version())
    text = _store.get(key) if _store is not None else None
    if text is None:
        text = bound.text()
        _computed.append(bound.name)
        if _store is not None:
            _store.put(key, text)
    return text


def _evaluate(claim, name: str, config: MkDocsConfig):
    """(claim, printed value) of ``name``; a MarkerError says what is wrong."""
    if not name:
        raise MarkerError("a claim needs its name: [[claim:module.name]]")
    try:
        bound = claim.find_claim(name)
    except KeyError as error:
        raise MarkerError(error.args[0]) from None
    try:
        return bound, _text(bound, Path(config.config_file_path).parent / "snippets")
    except Exception as error:  # noqa: BLE001 - any snippet failure stops the build
        raise MarkerError(f"{bound.computed_by()} raised {error!r}") from error


@event_priority(110)  # first: a bad claim should fail before figures are drawn or notebooks run
def on_files(files: Files, config: MkDocsConfig) -> Files:
    global _store
    claim = _snippets()
    _store = JsonStore(cache_root(Path(config.config_file_path).parent) / "claims.json")
    _module_keys.clear()
    _computed.clear()
    _looked_up.clear()
    known = claim.all_claims()
    _uses.clear()
    _titles.clear()
    language = building(config)
    for file in files.documentation_pages():
        if file.generated_by or language_of(file.src_uri) != language:  # this edition's pages only
            continue
        source = file.content_string
        if not solutions.shown(config.extra):  # the course edition: a number only a solution quotes is unused
            source = solutions.without_solutions(source)
        title = re.search(r"^# (.+?)(?:\s*\{.*\})?$", source, re.MULTILINE)
        page_name = neutral(file.src_uri)  # the name both editions share: least-squares.md
        _titles[page_name] = title[1] if title else page_name
        for marker in markers(source):
            if marker.kind != "claim":
                continue
            # Evaluate here, before figures are drawn, so that a failure names the page and line at once.
            try:
                _evaluate(claim, marker.argument, config)
            except MarkerError as error:
                raise PluginError(f"{file.src_uri}:{marker.line}: {marker.text}: {error}") from error.__cause__
            if page_name not in _uses[marker.argument]:
                _uses[marker.argument].append(page_name)
    files.append(File.generated(config, LEDGER_URI, content=_ledger_markdown(known, config, language)))
    return files


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


#: Column titles of the ledger, in order: what a reader wants first comes first.
LEDGER_COLUMNS = {"zh": ("值", "原文", "说明", "来源", "精度", "引用它的页面", "名称与代码"),
                  "en": ("Value", "Article", "What it is", "Origin", "Precision", "Pages quoting it", "Name and code")}
#: The ledger page's words, in each language.
LEDGER_TEXT = {
    "zh": {
        "front": "---\ndescription: 本站引用的每个数字：算出的值、原文印出的值、精度、引用它的页面和计算它的代码。\n"
                 "search:\n  boost: 0.3\n---\n",  # a search for 硬币 should land on the chapter, not here
        "title": "# 数字核对 {#ledger}",
        "intro": ("本站引用的每个数字都在构建时由 `snippets/` 中的代码算出。下面按章列出：算出的值、原文印出的值、"
                  "它是什么、从哪里来、取的精度、引用它的页面，以及算出它的代码。",
                  "“原文”一栏为“—”的是本站核对注释新增的数字（来源为“核对”）和各章练习里的数字（来源为“练习”）。"
                  "测试把每个数字按原文精度舍入后，与测试里照原文写下、或独立推算的值逐一比较。"),
        "origin": {"annotation": "核对", "exercise": "练习", "input": "原文输入", "result": "原文结果"},
        "digits": lambda n: f"{n} 位小数", "and": "、",
    },
    "en": {
        "front": "---\ndescription: Every number this site quotes, with its computed value, the value the article "
                 "prints, its precision, the pages that quote it and the code that computes it.\n"
                 "search:\n  boost: 0.3\n---\n",
        "title": "# Number ledger {#ledger}",
        "intro": ("Every number this site quotes is computed at build time by the code in `snippets/`. Below, chapter "
                  "by chapter: the computed value, the value the article prints, what it is, where it comes from, "
                  "the precision it is given to, the pages that quote it, and the code that computes it.",
                  "A “—” in the Article column marks a number our Check notes add (origin “Check”) or a number of "
                  "the chapters' exercises (origin “Exercise”). The tests round every number to the article's "
                  "precision and compare it with the value written down from the article, or worked out "
                  "independently, in the tests."),
        "origin": {"annotation": "Check", "exercise": "Exercise", "input": "article, given",
                   "result": "article, derived"},
        "digits": lambda n: f"{n} decimal" + ("" if n == 1 else "s"), "and": ", ",
    },
}


def _chapter_page(module: str) -> str:
    """The chapter page of a snippet module: ``least_squares`` → ``least-squares.md``."""
    return module.replace("_", "-") + ".md"


def _served(uri: str, config: MkDocsConfig, language: str = "zh") -> str:
    """Where the page ``uri`` of an edition is served: ``least-squares/``, ``en/least-squares/`` (or
    ``least-squares.html`` in the offline copy).  Source pages are code, one copy for both editions."""
    prefix = "" if uri.startswith("source/") else url_prefix(language)
    return prefix + File(uri, None, "", config.use_directory_urls).url


def _link(uri: str, here: str, config: MkDocsConfig, language: str = "zh") -> str:
    """The relative link from the page served at ``here`` to the page ``uri`` of the same edition."""
    return get_relative_url(_served(uri, config, language), here)


def _ledger_markdown(known: dict, config: MkDocsConfig, language: str) -> str:
    """The ledger page: one section per chapter, one row per claim, value and article value first.

    The table is written as HTML so that each cell carries its column title (``data-label``):
    on a phone ``site.css`` shows every row as a card of labelled lines instead of a clipped table.
    """
    text, columns = LEDGER_TEXT[language], LEDGER_COLUMNS[language]
    lines = [text["front"], text["title"], "", *text["intro"], ""]
    here = _served(LEDGER_URI, config, language)
    by_module: dict[str, list] = defaultdict(list)
    # The course edition (SOLUTIONS=false) lists an exercise's computed number only where a page still shows it:
    # the others were its solutions', which that edition leaves out.
    withheld = not solutions.shown(config.extra)
    for name, bound in known.items():
        if withheld and bound.claim.origin == "exercise" and not bound.is_input and not _uses.get(name):
            continue
        by_module[name.split(".")[0]].append(bound)
    for module, bounds in by_module.items():
        chapter = _titles.get(_chapter_page(module), module)
        lines += [f"## {chapter} {{#{module}}}", "",
                  '<table class="ledger"><thead><tr>'
                  + "".join(f"<th>{title}</th>" for title in columns) + "</tr></thead><tbody>"]
        for bound in bounds:
            c = bound.claim
            try:
                value = _text(bound, Path(config.config_file_path).parent / "snippets")
            except Exception as error:  # noqa: BLE001 - any snippet failure stops the build
                raise PluginError(f"{bound.computed_by()}: computing claim {bound.name} failed: {error!r}") from error
            pages = text["and"].join(f'<a href="{_link(uri, here, config, language)}">{html.escape(_titles[uri])}</a>'
                                     for uri in _uses.get(bound.name, [])) or "—"
            kind = c.origin if c.origin != "article" else ("input" if bound.is_input else "result")
            origin = text["origin"][kind]
            code = (f'<code>{bound.name}</code><br><a href="{_code_link(bound, here, config)}">'
                    f"{html.escape(bound.computed_by())}</a>")
            cells = (value.replace("-", "−"), c.article.replace("-", "−") if c.article else "—",
                     html.escape(c.summary[language]), origin, text["digits"](c.digits), pages, code)
            lines.append(f'<tr id="{bound.name}">' + "".join(
                f'<td data-label="{title}">{cell}</td>' for title, cell in zip(columns, cells, strict=True))
                + "</tr>")
        lines += ["</tbody></table>", ""]
    return "\n".join(lines)


def _code_link(bound, here: str, config: MkDocsConfig) -> str:
    """Link from the page at ``here`` to the line of the source page that defines the claim's number."""
    from snippets.code_location import code_page, module_path

    page, lines = code_page(module_path(bound.defining_module()))
    return f"{_link(page, here, config)}#{lines}-{bound.source_line()}"


#: How a popup says a number is checked, by its origin, in each language.
CHECKED = {"zh": {"article": "原文印作 {}，测试按原文核对", "annotation": "本站核对注释新增，测试按独立推算核对",
                  "exercise": "练习里的数，测试按独立推算核对"},
           "en": {"article": "The article prints {}, and the tests check it against that",
                  "annotation": "One of our Check notes adds it, and the tests check it against an independent value",
                  "exercise": "A number of the exercises, checked by the tests against an independent value"}}


def _explained(bound, page: Page, config: MkDocsConfig) -> dict[str, str]:
    """What the popup of a derived number says, and where its links go."""
    language = language_of(page.file.src_uri)
    code = _code_link(bound, page.url, config)
    c = bound.claim
    checked = CHECKED[language][c.origin].format((c.article or "").replace("-", "−"))
    return {"summary": c.summary[language], "checked": checked,
            "ledger": f"{_link(LEDGER_URI, page.url, config, language)}#{bound.name}",
            "code": code, "function": bound.computed_by()}


#: Popups of the numbers set inside formulas, by page (KaTeX keeps only ``data-claim``).
_in_math: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)


@renders("claim")
def render_claim(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str | Joined:
    """A number: bare inside math; ``$w$ = [[claim:…]]`` one formula; else a span that opens its popup."""
    bound, text = _evaluate(_snippets(), marker.argument, config)
    if marker.in_math:
        return text
    if marker.formula_before is not None:
        formula, gap = marker.formula_before
        relation, math = gap.strip(), formula.rstrip()
        if relation or math.endswith(("=", "\\approx")):
            if not bound.is_input:
                _in_math[page.file.src_uri][bound.name] = _explained(bound, page, config)
            return Joined(f"{' = ' if relation else ' '}\\htmlData{{claim={bound.name}}}{{{text}}}")
    shown = text.replace("-", "−")
    if bound.is_input:  # a number the article gives: plain text, nothing to explain
        return f'<span class="claim claim--input" data-claim="{bound.name}">{shown}</span>'
    data = " ".join(f'data-{key}="{html.escape(value)}"' for key, value in _explained(bound, page, config).items())
    return (f'<span class="claim" data-claim="{bound.name}" {data} tabindex="0" role="button" '
            f'aria-expanded="false">{shown}</span>')


@renders("table")
def render_table(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """A data table of the snippets as a Markdown table, indented like its marker (inside an admonition)."""
    if marker.in_math:
        raise MarkerError("a table cannot stand inside math")
    if not marker.alone:
        raise MarkerError("a table stands on a line of its own")
    tables = _snippets().all_tables()
    if marker.argument not in tables:
        raise MarkerError(f"unknown table {marker.argument!r}; known: {', '.join(tables)}")
    try:
        headers, rows = tables[marker.argument][1].build()
    except Exception as error:  # noqa: BLE001
        raise MarkerError(f"building the table raised {error!r}") from error
    language = language_of(page.file.src_uri)

    def said(text) -> str:  # a header or cell: a plain string, or Words in each language
        return _cell(text if isinstance(text, str) else text[language])

    out = ["| " + " | ".join(said(header) for header in headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(said(cell) for cell in row) + " |" for row in rows]
    return ("\n" + (marker.indent or "")).join(out)


def on_post_build(config: MkDocsConfig) -> None:
    if _store is not None:
        _store.save()
    log.info("claims: %d computed, %d from the cache", len(_computed), len(_looked_up) - len(_computed))


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """After the markers are rendered (hooks/markers.py): the popups of the numbers set in formulas."""
    popups = _in_math.pop(page.file.src_uri, None)
    if popups:
        markdown += ('\n\n<script type="application/json" class="claim-data">'
                     + json.dumps(popups, ensure_ascii=False).replace("</", "<\\/") + "</script>\n")
    return markdown
