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
import re
import sys
from collections import defaultdict
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.claims")

LEDGER_URI = "ledger.md"
SOURCE_DIR = "source"

# Alternatives tried left to right at each position: code is skipped, math
# gets bare values, and a marker anywhere else becomes a span (or a table).
TOKEN = re.compile(
    r"(?P<fence>^(?P<ticks>`{3,}|~{3,})[^\n]*\n.*?^(?P=ticks)[ \t]*$)"
    r"|(?P<code>`+)(?:.+?)(?P=code)"
    r"|(?P<comment><!--.*?-->)"
    r"|(?P<math>\$\$.+?\$\$|(?<!\\)\$[^$\n]+?(?<!\\)\$)"
    r"|(?P<marker>\[\[(?P<kind>claim|table):(?P<name>[^\]\s]*)\]\])",
    re.DOTALL | re.MULTILINE,
)
MARKER = re.compile(r"\[\[(?P<kind>claim|table):(?P<name>[^\]\s]*)\]\]")
#: Code and comments, where nothing is rendered.
CODE = re.compile(r"^(?P<ticks>`{3,}|~{3,})[^\n]*\n.*?^(?P=ticks)[ \t]*$|(?P<code>`+)(?:.+?)(?P=code)|<!--.*?-->",
                  re.DOTALL | re.MULTILINE)
#: ``$w$ = [[claim:…]]`` or ``$-\log 0.9 \approx$ [[claim:…]]``: a number beside its formula, set as one formula.
BESIDE_MATH = re.compile(
    r"(?<![\\$])\$(?P<math>[^$\n]+?)\$(?P<gap> ?= ?| )\[\[claim:(?P<name>[^\]\s]+)\]\]"
)

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


def _line_of(text: str, source: str) -> int:
    """First line of ``source`` containing ``text`` (1 if absent)."""
    for number, line in enumerate(source.splitlines(), start=1):
        if text in line:
            return number
    return 1


def _fail(file_uri: str, source: str, marker: str, cause: str) -> PluginError:
    return PluginError(f"{file_uri}:{_line_of(marker, source)}: {marker}: {cause}")


def _evaluate(claim, name: str, file_uri: str, source: str, marker: str):
    """(claim, printed value) of ``name``, or a PluginError naming page, line and cause."""
    try:
        bound = claim.find_claim(name)
    except KeyError as error:
        raise _fail(file_uri, source, marker, error.args[0]) from None
    try:
        return bound, bound.text()
    except Exception as error:  # noqa: BLE001 - any snippet failure stops the build
        raise _fail(file_uri, source, marker, f"{bound.computed_by()} raised {error!r}") from error


def _markers(markdown: str) -> list[tuple[str, str, str]]:
    """(kind, name, marker text) of every marker outside code, in order."""
    found = []
    for match in TOKEN.finditer(markdown):
        if match["marker"]:
            found.append((match["kind"], match["name"], match["marker"]))
        elif match["math"]:
            found += [(m["kind"], m["name"], m[0]) for m in MARKER.finditer(match["math"])]
    return found


@event_priority(110)  # first: a bad claim should fail before figures are drawn or notebooks run
def on_files(files: Files, config: MkDocsConfig) -> Files:
    claim = _snippets()
    known = claim.all_claims()
    _uses.clear()
    _titles.clear()
    for file in files.documentation_pages():
        if file.generated_by:
            continue
        source = file.content_string
        title = re.search(r"^# (.+?)(?:\s*\{.*\})?$", source, re.MULTILINE)
        _titles[file.src_uri] = title[1] if title else file.src_uri
        for kind, name, marker in _markers(source):
            if kind != "claim":
                continue
            # Evaluate here, with the page in hand, so that a failure names the page and line.
            _evaluate(claim, name, file.src_uri, source, marker)
            if file.src_uri not in _uses[name]:
                _uses[name].append(file.src_uri)
    files.append(File.generated(config, LEDGER_URI, content=_ledger_markdown(known, config)))
    return files


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


#: Column titles of the ledger, in order: what a reader wants first comes first.
LEDGER_COLUMNS = ("值", "原文", "说明", "来源", "精度", "引用它的页面", "名称与代码")


def _chapter_page(module: str) -> str:
    """The chapter page of a snippet module: ``least_squares`` → ``least-squares.md``."""
    return module.replace("_", "-") + ".md"


def _served(uri: str, config: MkDocsConfig) -> str:
    """Where the page ``uri`` is served: ``least-squares/`` (or ``least-squares.html`` in the offline copy)."""
    return File(uri, None, "", config.use_directory_urls).url


def _link(uri: str, here: str, config: MkDocsConfig) -> str:
    """The relative link from the page served at ``here`` to the page ``uri``."""
    return get_relative_url(_served(uri, config), here)


def _ledger_markdown(known: dict, config: MkDocsConfig) -> str:
    """The ledger page: one section per chapter, one row per claim, value and article value first.

    The table is written as HTML so that each cell carries its column title (``data-label``):
    on a phone ``site.css`` shows every row as a card of labelled lines instead of a clipped table.
    """
    lines = [
        "---\ndescription: 本站引用的每个数字：算出的值、原文印出的值、精度、引用它的页面和计算它的代码。\n"
        "search:\n  boost: 0.3\n---\n",  # a search for 硬币 should land on the chapter, not here
        "# 数字核对 {#ledger}",
        "",
        "本站引用的每个数字都在构建时由 `snippets/` 中的代码算出。下面按章列出：算出的值、原文印出的值、"
        "它是什么、从哪里来、取的精度、引用它的页面，以及算出它的代码。",
        "“原文”一栏为“—”的是本站核对注释新增的数字（来源为“核对”）。测试把每个数字按原文精度舍入后，"
        "与测试里照原文写下、或独立推算的值逐一比较。",
        "",
    ]
    here = _served(LEDGER_URI, config)
    by_module: dict[str, list] = defaultdict(list)
    for name, bound in known.items():
        by_module[name.split(".")[0]].append(bound)
    for module, bounds in by_module.items():
        chapter = _titles.get(_chapter_page(module), module)
        lines += [f"## {chapter} {{#{module}}}", "",
                  '<table class="ledger"><thead><tr>'
                  + "".join(f"<th>{title}</th>" for title in LEDGER_COLUMNS) + "</tr></thead><tbody>"]
        for bound in bounds:
            c = bound.claim
            try:
                value = bound.text()
            except Exception as error:  # noqa: BLE001 - any snippet failure stops the build
                raise PluginError(f"{bound.computed_by()}: computing claim {bound.name} failed: {error!r}") from error
            pages = "、".join(f'<a href="{_link(uri, here, config)}">{html.escape(_titles[uri])}</a>'
                             for uri in _uses.get(bound.name, [])) or "—"
            origin = "核对" if c.origin == "annotation" else ("原文输入" if bound.is_input else "原文结果")
            code = (f'<code>{bound.name}</code><br><a href="{_link(f'{SOURCE_DIR}/{module}.md', here, config)}#L-{bound.source_line()}">'
                    f"{html.escape(bound.computed_by())}</a>")
            cells = (value.replace("-", "−"), c.article.replace("-", "−") if c.article else "—",
                     html.escape(c.summary), origin, f"{c.digits} 位小数", pages, code)
            lines.append(f'<tr id="{bound.name}">' + "".join(
                f'<td data-label="{title}">{cell}</td>' for title, cell in zip(LEDGER_COLUMNS, cells, strict=True))
                + "</tr>")
        lines += ["</tbody></table>", ""]
    return "\n".join(lines)


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if "[[" not in markdown:
        return markdown
    claim = _snippets()
    source = page.file.content_string
    ledger = _link(LEDGER_URI, page.url, config)

    def value_of(name: str, marker: str) -> tuple[object, str]:
        return _evaluate(claim, name, page.file.src_uri, source, marker)

    def table(name: str, marker: str) -> str:
        tables = claim.all_tables()
        if name not in tables:
            raise _fail(page.file.src_uri, source, marker, f"unknown table {name!r}; known: {', '.join(tables)}")
        try:
            headers, rows = tables[name][1].build()
        except Exception as error:  # noqa: BLE001
            raise _fail(page.file.src_uri, source, marker, f"building the table raised {error!r}") from error
        out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
        out += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
        return "\n".join(out)

    def in_math(match: re.Match) -> str:
        if match["kind"] != "claim":
            raise _fail(page.file.src_uri, source, match[0], "a table cannot stand inside math")
        return value_of(match["name"], match[0])[1]

    in_math_claims: dict[str, dict[str, str]] = {}

    def explained(bound) -> dict[str, str]:
        """What the popup of a derived number says, and where its links go."""
        module = bound.name.split(".")[0]
        code = f"{_link(f'{SOURCE_DIR}/{module}.md', page.url, config)}#L-{bound.source_line()}"
        c = bound.claim
        checked = (f"原文印作 {c.article.replace('-', '−')}，测试按原文核对" if c.origin == "article"
                   else "本站核对注释新增，测试按独立推算核对")
        return {"summary": c.summary, "checked": checked, "ledger": f"{ledger}#{bound.name}",
                "code": code, "function": bound.computed_by()}

    def beside_math(match: re.Match) -> str:
        """``$w$ = [[claim:…]]`` → one formula ``$w = 2$``, the number tagged for its popup."""
        relation = match["gap"].strip()
        math = match["math"].rstrip()
        if not relation and not math.endswith(("=", "\\approx")):
            return match[0]
        bound, text = value_of(match["name"], match[0])
        if not bound.is_input:
            in_math_claims[bound.name] = explained(bound)
        return f"${math}{' = ' if relation else ' '}\\htmlData{{claim={bound.name}}}{{{text}}}$"

    def replace(match: re.Match) -> str:
        if match["math"]:
            return MARKER.sub(in_math, match["math"])
        if not match["marker"]:
            return match[0]
        if match["kind"] == "table":
            # A table inside an admonition keeps the admonition's indentation on every row.
            line_start = markdown.rfind("\n", 0, match.start()) + 1
            indent = markdown[line_start:match.start()]
            rows = table(match["name"], match[0])
            return rows.replace("\n", "\n" + indent) if indent.strip() == "" else rows
        bound, text = value_of(match["name"], match[0])
        shown = text.replace("-", "−")
        if bound.is_input:  # a number the article gives: plain text, nothing to explain
            return f'<span class="claim claim--input" data-claim="{bound.name}">{shown}</span>'
        data = " ".join(f'data-{key}="{html.escape(value)}"' for key, value in explained(bound).items())
        return (f'<span class="claim" data-claim="{bound.name}" {data} tabindex="0" role="button" '
                f'aria-expanded="false">{shown}</span>')

    # First join "$w$ = [[claim:…]]" into one formula (outside code), then render what is left.
    pieces, position = [], 0
    for code in CODE.finditer(markdown):
        pieces += [BESIDE_MATH.sub(beside_math, markdown[position:code.start()]), code[0]]
        position = code.end()
    markdown = "".join(pieces) + BESIDE_MATH.sub(beside_math, markdown[position:])
    markdown = TOKEN.sub(replace, markdown)
    if in_math_claims:  # popups of the numbers set inside formulas (KaTeX keeps only data-claim)
        markdown += ('\n\n<script type="application/json" class="claim-data">'
                     + json.dumps(in_math_claims, ensure_ascii=False).replace("</", "<\\/") + "</script>\n")
    return markdown
