"""Typeset every formula with KaTeX at build time, and copy KaTeX's stylesheet and fonts into the site.

KaTeX is installed from the npm registry by ``make setup`` (pinned in
package.json and package-lock.json) and never committed.  Each ``.arithmatex``
element that pymdownx.arithmatex writes is replaced by KaTeX's HTML and
MathML, rendered by ``hooks/render_math.cjs`` in one Node.js process per build;
pages then need only ``katex.min.css`` and the WOFF2 fonts — no script, no
network, no layout shift while formulas typeset.  A formula KaTeX cannot parse
stops the build with the page and the formula.

A display formula too wide for a phone carries ``\narrowbreak`` where it may break.
It is then typeset twice: as written, with the marker dropped, and as a narrow
variant whose pieces stand on separate lines (``aligned``, continuation lines
indented, the equation number kept).  ``site.css`` shows the narrow variant on
narrow screens only; it stays one element with one anchor.

Typesetting is cached (``sitekit.cache``) per formula, keyed on the TeX, display
mode, KaTeX's version and ``render_math.cjs``: Node starts only when a formula is new.

Measured with ``make audit`` (Lighthouse, mobile) before this change, when
``katex.render`` ran in the browser per element: cumulative layout shift up to
0.12 and performance 93–94 on the formula-heavy chapters; typesetting at build
time removes both the shift and the 273 KB script.
"""

from __future__ import annotations

import atexit
import html
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitekit.cache import JsonStore, cache_root, digest

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

TARGET = "assets/katex"
#: What pymdownx.arithmatex (generic mode) writes: \( … \) in a span, \[ … \] in a div.
MATH = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*(?P<open>\\\(|\\\[)(?P<tex>.*?)(?:\\\)|\\\])\s*</(?P=tag)>',
    re.DOTALL,
)

#: Where an author allows a display formula to break on a narrow screen.
NARROW_BREAK = re.compile(r"\\narrowbreak\b\s*")
TAG = re.compile(r"\\tag\{[^{}]*\}")
SPAN_TAG = re.compile(r"<span\b[^>]*>|</span>")
DELIMITER = re.compile(r"\\(left|right)\s*(\\[a-zA-Z]+|\\.|.)")

_renderer: subprocess.Popen | None = None
#: This build's typeset formulas, and what keys them besides the formula (KaTeX's version, the renderer).
_store: JsonStore | None = None
_renderer_key = ""


def on_pre_build(config: MkDocsConfig) -> None:
    global _store, _renderer_key
    root = Path(config.config_file_path).parent
    package = root / "node_modules" / "katex" / "package.json"
    katex_version = json.loads(package.read_text(encoding="utf-8"))["version"] if package.is_file() else "missing"
    _renderer_key = digest(katex_version, (root / "hooks" / "render_math.cjs").read_bytes())
    _store = JsonStore(cache_root(root) / "katex.json")


def _sized_across_breaks(tex: str) -> str:
    """``\\left … \\right`` pairs that span a break become fixed ``\\biggl … \\biggr`` pairs.

    A ``\\left`` must close on its own line; once the formula is broken into
    rows, the pairs around a break need sizes of their own.
    """
    pairs, stack = {}, []
    for match in DELIMITER.finditer(tex):
        if match[1] == "left":
            stack.append(match)
        elif stack:
            opening = stack.pop()
            if NARROW_BREAK.search(tex, opening.end(), match.start()):
                pairs[opening.start()] = (opening, "\\biggl")
                pairs[match.start()] = (match, "\\biggr")
    out, position = [], 0
    for start in sorted(pairs):
        match, size = pairs[start]
        out += [tex[position:start], f"{size}{match[2]}"]
        position = match.end()
    return "".join(out) + tex[position:]


def narrow_variant(tex: str) -> str:
    """The formula broken at each ``\\narrowbreak``: left-aligned rows, continuations indented.

    Examples
    --------
    >>> print(narrow_variant(r"a = \\left[ b \\narrowbreak + c \\right] \\tag{3}"))
    \\begin{aligned} &a = \\biggl[ b \\\\ &\\qquad + c \\biggr] \\end{aligned} \\tag{3}
    """
    tags = "".join(f" {tag}" for tag in TAG.findall(tex))
    body = TAG.sub("", _sized_across_breaks(tex)).strip()
    rows = NARROW_BREAK.split(body)
    return "\\begin{aligned} &" + " \\\\ &\\qquad ".join(row.strip() for row in rows) + " \\end{aligned}" + tags


def _start(root: Path) -> subprocess.Popen:
    global _renderer
    if _renderer is None or _renderer.poll() is not None:
        node = Path(sys.executable).parent / "node"
        _renderer = subprocess.Popen(
            [str(node), str(root / "hooks" / "render_math.cjs")], cwd=root, text=True, encoding="utf-8",
            stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        )
        atexit.register(_renderer.kill)
    return _renderer


def typeset(tex: str, display: bool, root: Path) -> str:
    """KaTeX's HTML for one formula; raises ValueError with KaTeX's message if it cannot parse."""
    key = digest(_renderer_key, "display" if display else "inline", tex)
    cached = _store.get(key) if _store is not None else None
    if cached is not None:
        return cached
    renderer = _start(root)
    renderer.stdin.write(json.dumps({"tex": tex, "display": display}) + "\n")
    renderer.stdin.flush()
    answer = json.loads(renderer.stdout.readline())
    if "error" in answer:
        raise ValueError(answer["error"])
    if _store is not None:
        _store.put(key, answer["html"])
    return answer["html"]


def on_post_build(config: MkDocsConfig) -> None:
    if _store is not None:
        _store.save()
    # One renderer per build: `mkdocs serve` reloads this module on every rebuild.
    global _renderer
    if _renderer is not None:
        _renderer.stdin.close()
        _renderer.wait(timeout=30)
        _renderer = None


def on_files(files: Files, config: MkDocsConfig) -> Files:
    dist = Path(config.config_file_path).parent / "node_modules" / "katex" / "dist"
    wanted = [dist / "katex.min.css", *sorted((dist / "fonts").glob("*.woff2"))]
    if not wanted[0].is_file() or len(wanted) == 1:
        raise PluginError(f"KaTeX is not installed ({dist} has no katex.min.css or no fonts): run 'make setup'")
    for path in wanted:
        uri = f"{TARGET}/{path.relative_to(dist).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files


@event_priority(10)  # before print-site (0) keeps a copy of the page for the handout
def on_page_content(content: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    root = Path(config.config_file_path).parent

    def render(match: re.Match) -> str:
        tex = html.unescape(match["tex"]).strip()
        display = match["open"] == "\\["
        if not display and NARROW_BREAK.search(tex):
            raise PluginError(f"{page.file.src_uri}: \\narrowbreak belongs in display math only: {tex[:120]!r}")
        try:
            body = typeset(NARROW_BREAK.sub("", tex), display, root)
            if display and NARROW_BREAK.search(tex):
                narrow = typeset(narrow_variant(tex), display, root)
                return (f'<div class="arithmatex arithmatex--breaks"><div class="math-wide">{body}</div>'
                        f'<div class="math-narrow" data-search-exclude>{narrow}</div></div>')
        except ValueError as error:
            raise PluginError(f"{page.file.src_uri}: KaTeX cannot typeset {tex[:120]!r}: {error}") from None
        return f'<{match["tag"]} class="arithmatex">{body}</{match["tag"]}>'

    return searchable_once(MATH.sub(render, content))


def searchable_once(html: str) -> str:
    """KaTeX writes a formula three times: TeX (MathML annotation), MathML, and HTML for the eye.
    Material's search would index all three ("\\hat{y}y^y^"); this leaves it the MathML's plain text.

    ``data-search-exclude`` marks what search skips, but Material's parser ends a skipped region at
    the first closing tag of the same name, so it only works on an element that holds no element of
    its own kind: the TeX ``<annotation>`` qualifies; KaTeX's HTML, spans within spans, is renamed to
    the custom element ``<katex-html>`` (inline like a span; KaTeX styles it by its class).

    >>> searchable_once('<annotation encoding="application/x-tex">y</annotation>'
    ...                 '<span class="katex-html" aria-hidden="true"><span>y</span></span>')
    '<annotation encoding="application/x-tex" data-search-exclude>y</annotation><katex-html class="katex-html" aria-hidden="true" data-search-exclude><span>y</span></katex-html>'
    """
    html = html.replace('<annotation encoding="application/x-tex">',
                        '<annotation encoding="application/x-tex" data-search-exclude>')
    opening = '<span class="katex-html" aria-hidden="true">'
    out, position = [], 0
    while (start := html.find(opening, position)) >= 0:
        depth, cursor = 0, start
        for tag in SPAN_TAG.finditer(html, start):
            depth += -1 if tag[0] == "</span>" else 1
            if depth == 0:
                cursor = tag.start()
                break
        else:
            raise ValueError("KaTeX's HTML is not closed")
        out += [html[position:start], '<katex-html class="katex-html" aria-hidden="true" data-search-exclude>',
                html[start + len(opening):cursor], "</katex-html>"]
        position = cursor + len("</span>")
    return "".join(out) + html[position:]
