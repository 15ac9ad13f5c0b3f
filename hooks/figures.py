"""Generate every figure at build time from the snippet modules, and place them on pages.

Each ``FigureSpec`` in a chapter module's ``FIGURES`` becomes five generated
files — ``figures/<module>/<name>.svg`` (light), ``<name>.dark.svg``, their
phone variants ``<name>.narrow.svg`` and ``<name>.narrow.dark.svg`` (panels
stacked, drawn at the width a phone shows them, so text stays ≥ 11 CSS px) and
``<name>.png`` (for slides) — added with ``File.generated`` so nothing is
written into ``docs/``.  On a page, a line ``[[figure:module.name]]`` becomes
a ``<picture>`` per palette (Material shows the one matching the palette; a
media query picks the phone variant on a narrow screen), each a link to the
full-size SVG, and download links; the page puts its numbered
caption right after it in a ``/// figure-caption`` block.  A failing figure
function or an unknown figure stops the build with page, line and cause.

Drawing takes seconds, so the bytes are cached (``sitekit.cache``) in
``.cache/figures/<key>/``, where the key hashes the figure's name, the source of
its module and of every snippet module that module imports, and the matplotlib
and NumPy versions: an edit to a module redraws the figures that depend on it,
and a prose edit under ``mkdocs serve`` redraws none.
"""

from __future__ import annotations

import html
import json
import logging
import os
import posixpath
import re
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitekit.cache import cache_root, digest, module_key, versions, write_atomically
from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.figures")

FIGURE_DIR = "figures"

#: Alt texts of the figures, by qualified name, filled in by on_files.
_alts: dict[str, str] = {}
#: Each figure's drawings' sizes (light and narrow-light; dark is drawn the same): written on the
#: ``<img>`` and ``<source>`` so that the browser keeps the room before a lazy picture arrives.
_sizes: dict[str, dict[str, tuple[int, int]]] = {}
_SVG_SIZE = re.compile(rb'<svg[^>]*?\bwidth="([0-9.]+)pt" height="([0-9.]+)pt"')


def _svg_size(drawing: bytes) -> tuple[int, int]:
    """The drawing's width and height in tenths of a point: whole numbers, as HTML wants them, whose ratio
    is the drawing's to the pixel (the CSS sets the width; the attributes only keep the room)."""
    match = _SVG_SIZE.search(drawing[:2048])
    if match is None:
        raise PluginError("a figure's SVG has no width and height in pt")
    return round(float(match[1]) * 10), round(float(match[2]) * 10)


def _specs() -> dict[str, object]:
    from snippets.claim import chapter_parts

    return {f"{chapter}.{spec.name}": spec for chapter, module in chapter_parts("figures").items()
            for spec in module.FIGURES}


#: Every file drawn for a figure: (palette, format, phone variant) by kind.
VARIANTS = {
    "light": ("light", "svg", False), "dark": ("dark", "svg", False),
    "narrow-light": ("light", "svg", True), "narrow-dark": ("dark", "svg", True),
    "png": ("light", "png", False),
}
#: Screens that get the phone variant: Material's phone breakpoint.
NARROW_SCREEN = "screen and (max-width: 44.984375em)"  # paper gets the wide drawing


def _paths(name: str) -> dict[str, str]:
    module, figure = name.split(".", 1)
    base = f"{FIGURE_DIR}/{module}/{figure}"
    return {"light": f"{base}.svg", "dark": f"{base}.dark.svg", "narrow-light": f"{base}.narrow.svg",
            "narrow-dark": f"{base}.narrow.dark.svg", "png": f"{base}.png"}


def _cache_dir(root: Path, name: str) -> Path:
    """The cache folder of one figure: its key covers the code that draws it and nothing else."""
    cache = cache_root(root) / "figures"
    chapter = name.split(".")[0]
    return cache / digest(name, module_key(root / "snippets", f"{chapter}.figures"), versions("matplotlib", "numpy"))


def _forget_others(root: Path, used: set[Path]) -> None:
    """In the project's own cache, remove figure folders this build did not use (old drawings).

    A shared cache (``$BUILD_CACHE_DIR``, the tests') is left alone: other builds may need them.
    """
    cache = root / ".cache" / "figures"
    if os.environ.get("BUILD_CACHE_DIR") or not cache.is_dir():
        return
    for old in cache.iterdir():
        if old not in used:
            shutil.rmtree(old, ignore_errors=True)


def _alt(spec, cache: Path):
    """The figure's alt text in each language (computed from the snippets, like the drawing), cached beside it."""
    from snippets.words import Words

    path = cache / "alt.json"
    if path.is_file():
        return Words(**json.loads(path.read_text(encoding="utf-8")))
    alt = spec.alt()
    write_atomically(path, json.dumps({"zh": alt.zh, "en": alt.en}, ensure_ascii=False).encode())
    return alt


#: What the figure block says around the drawing, in each language.
WORDS = {"zh": {"open": "打开大图", "download": "下载："}, "en": {"open": "Open the full-size figure", "download": "Download: "}}

#: Figures drawn (not taken from the cache) in this build: the tests read the log.
_drawn: list[str] = []


def _draw_all(jobs: list[tuple[str, object, str, str, bool]]) -> list[bytes]:
    """Draw every (name, plot, scheme, format, narrow) job, in order: in worker processes, one per core,
    when there are several (a cold build draws some seventy).  The first failure stops the drawing
    (what is not started is cancelled) and is raised as a PluginError naming the figure."""
    from snippets.figures import render_figure

    def failed(job: tuple, error: BaseException) -> PluginError:
        name, plot, *_ = job
        return PluginError(f"figure {name}: {plot.__name__} failed: {error!r}")

    workers = min(len(jobs), os.cpu_count() or 1)
    if workers < 2:
        drawings = []
        for job in jobs:
            _, plot, scheme, fmt, narrow = job
            try:
                drawings.append(render_figure(plot, scheme, fmt, narrow=narrow))
            except Exception as error:  # noqa: BLE001 - any figure failure stops the build
                raise failed(job, error) from error
        return drawings
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: `mkdocs serve` runs threads, and a forked copy of a threaded process may hang.
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures = [pool.submit(render_figure, plot, scheme, fmt, narrow=narrow) for _, plot, scheme, fmt, narrow in jobs]
        drawings = []
        for job, future in zip(jobs, futures, strict=True):
            if (error := future.exception()) is not None:
                pool.shutdown(wait=False, cancel_futures=True)
                raise failed(job, error) from error
            drawings.append(future.result())
        return drawings


@event_priority(105)  # after the claims are checked, before notebooks run
def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    _alts.clear()
    _drawn.clear()
    used = set()
    specs = _specs()
    caches = {name: _cache_dir(root, name) for name in specs}
    missing: list[tuple[str, object, str, str, bool]] = []
    targets: list[Path] = []
    for name, spec in specs.items():
        cache = caches[name]
        used.add(cache)
        try:
            _alts[name] = _alt(spec, cache)
        except Exception as error:  # noqa: BLE001 - any figure failure stops the build
            raise PluginError(f"figure {name}: {spec.alt.__name__} failed: {error!r}") from error
        for kind, (scheme, fmt, narrow) in VARIANTS.items():
            cached = cache / _paths(name)[kind]
            if not cached.is_file():
                missing.append((name, spec.plot, scheme, fmt, narrow))
                targets.append(cached)
    for (name, *_), target, drawing in zip(missing, targets, _draw_all(missing), strict=True):
        # written whole under a temporary name: a crash never leaves a truncated figure
        write_atomically(target, drawing)
        if name not in _drawn:
            _drawn.append(name)
    for name in specs:
        for kind, path in _paths(name).items():
            content = (caches[name] / path).read_bytes()
            files.append(File.generated(config, path, content=content))
            if kind in ("light", "narrow-light"):
                _sizes.setdefault(name, {})[kind] = _svg_size(content)
    _forget_others(root, used)
    log.info("figures: %d drawn%s", len(_drawn), f" ({', '.join(_drawn)})" if _drawn else "")
    return files


@renders("figure")
def render_figure_marker(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[figure:module.name]]`` on a line of its own: a picture per palette, then the download links."""
    name = marker.argument
    if not marker.alone:
        raise MarkerError("a figure stands on a line of its own")
    if name not in _alts:
        raise MarkerError(f"unknown figure {name!r}; known: {', '.join(sorted(_alts))}")
    # Markdown links are resolved from the page's source file; raw HTML, which MkDocs leaves
    # alone, from where the page is served.
    source_dir = posixpath.dirname(page.file.src_uri) or "."
    served_dir = (page.file.url.rstrip("/") if page.file.url.endswith("/") else posixpath.dirname(page.file.url)) or "."
    rel = {kind: posixpath.relpath(path, source_dir) for kind, path in _paths(name).items()}
    url = {kind: posixpath.relpath(path, served_dir) for kind, path in _paths(name).items()}
    words = WORDS[language_of(page.file.src_uri)]
    alt = html.escape(_alts[name][language_of(page.file.src_uri)])
    anchor = name.replace(".", "-").replace("_", "-")

    wide, narrow = (_sizes[name][kind] for kind in ("light", "narrow-light"))

    def picture(palette: str) -> str:
        return (f'<a href="{url[palette]}" title="{words["open"]}"><picture>'
                f'<source media="{NARROW_SCREEN}" srcset="{url["narrow-" + palette]}" '
                f'width="{narrow[0]}" height="{narrow[1]}">'
                f'<img class="figure-image" src="{url[palette]}#only-{palette}" alt="{alt}" '
                f'width="{wide[0]}" height="{wide[1]}" loading="lazy">'
                f'</picture></a>')

    return (
        f'{picture("light")}{picture("dark")}\n{marker.indent}'
        f'<span class="figure-downloads" id="download-{anchor}">{words["download"]}'
        f'[SVG]({rel["light"]}){{ download }} · [PNG]({rel["png"]}){{ download }}</span>'
    )
