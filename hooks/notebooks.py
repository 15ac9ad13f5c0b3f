"""Execute the companion notebooks at build time, with a cache that knows about the snippets.

Each ``docs/notebooks/<name>.py`` (jupytext percent format) is executed with
nbclient and written as an ``.ipynb`` into the build cache; mkdocs-jupyter then
renders that executed notebook (its own ``execute`` stays off) and copies it
beside the page for download.  mkdocs-jupyter's cache keys only on the
notebook file, so an edit to a snippet module the notebook imports would serve
stale output; here the key hashes the notebook, the snippet modules it imports
(transitively, ``sitekit.cache``) and the package versions, so a prose edit
re-uses the executed notebooks and a snippet edit re-runs the notebooks that use
it.  mkdocs-jupyter's conversion of each notebook to HTML is cached too
(:func:`on_pre_page`).  An error, a traceback or anything written to stderr
(warnings included) stops the build with the notebook, the cell and the cause.
"""

from __future__ import annotations

import json
import logging
import os
import posixpath
import re
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.utils import get_relative_url

from sitekit.cache import cache_root, dependency_key, digest, versions, write_atomically

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.notebooks")

NOTEBOOK_DIR = "notebooks"
#: Bumped when the executed notebook's form changes (v2: cell ids numbered, not random).
EXECUTED_FORMAT = "executed-v2"
#: Packages whose versions change what a notebook prints.
VERSIONED = ("numpy", "sympy", "matplotlib", "ipykernel", "nbclient", "jupytext")


def _key(notebook: Path, root: Path) -> str:
    """Executed output depends on the notebook, the snippet modules it imports, and the versions that run it."""
    return digest(EXECUTED_FORMAT, versions(*VERSIONED),
                  dependency_key(root / "snippets", notebook))


def _read(notebook: Path):
    """The jupytext notebook as nbformat, its cell ids numbered in order.

    nbformat gives each cell a random id; those would differ from build to build (a cold build
    and a warm one would write different bytes).
    """
    import jupytext

    nb = jupytext.read(notebook)
    for index, cell in enumerate(nb.cells):
        cell.id = f"cell-{index}"
    return nb


def _problems(nb) -> list[str]:
    """Cells whose output holds an error, a traceback or a stderr stream."""
    found = []
    for index, cell in enumerate(nb.cells):
        for output in cell.get("outputs", []):
            if output.get("output_type") == "error":
                found.append(f"cell {index}: {output.get('ename')}: {output.get('evalue')}")
            elif output.get("output_type") == "stream" and output.get("name") == "stderr":
                found.append(f"cell {index}: stderr: {output.get('text', '').strip()[:300]}")
    return found


def execute(notebook: Path, root: Path) -> Path:
    """The executed ``.ipynb`` of a jupytext notebook, from the cache or freshly run."""
    import nbformat

    target = cache_root(root) / "notebooks" / _key(notebook, root) / NOTEBOOK_DIR / f"{notebook.stem}.ipynb"
    if target.is_file():
        return target
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    nb = _read(notebook)
    _executed.append(notebook.name)
    # The kernel runs on loopback only; its own log would warn about unencrypted TCP on every start.
    client = NotebookClient(nb, kernel_name="python3", timeout=300, allow_errors=False, record_timing=False,
                            extra_arguments=["--log-level=ERROR"], resources={"metadata": {"path": str(root)}})
    try:
        client.execute()
    except CellExecutionError as error:
        raise PluginError(f"{notebook}: a cell failed:\n{error}") from error
    if problems := _problems(nb):
        raise PluginError(f"{notebook}: output shows problems:\n  " + "\n  ".join(problems))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    nbformat.write(nb, partial)
    partial.replace(target)
    return target


#: The bundle's first cell: how to run the notebook away from this site.
HOW_TO_RUN = """# 如何在本机运行

这个压缩包里有 Notebook 和它调用的 `snippets/` 代码（本站算出每个数字的同一份代码）。解压后，在解压出的文件夹里：

```sh
python -m pip install -r requirements.txt   # 本站构建时用的 NumPy、SymPy、Matplotlib 和 Jupyter 内核
python -m jupyter nbconvert --to notebook --execute --inplace {name}.ipynb   # 重算全部单元格
```

也可以用 JupyterLab、VS Code 等任何 Jupyter 环境打开 `{name}.ipynb` 逐格运行。需要 Python 3.12 或更新的版本。"""
#: What the bundle pins: what the snippets import, and what runs the notebook.
BUNDLED_PACKAGES = ("numpy", "sympy", "matplotlib", "ipykernel", "nbconvert")


def bundle(executed: Path, root: Path) -> bytes:
    """A zip a reader can run anywhere: the notebook (a first cell says how), ``snippets/`` and pins.

    Entries are sorted and dated 1980-01-01, so the same notebook and snippets give the same bytes;
    cached on everything that goes in (and nbformat's version, which writes the notebook).
    """
    import io
    import zipfile

    name = executed.stem
    pins = "".join(f"{package}=={version(package)}\n" for package in BUNDLED_PACKAGES)
    package = root / "snippets"
    snippets = {f"{name}/snippets/{path.relative_to(package).as_posix()}": path.read_bytes()
                for path in sorted(package.rglob("*.py"))}
    cached = cache_root(root) / "bundles" / f"{digest(
        HOW_TO_RUN, pins, versions('nbformat'), executed.read_bytes(),
        *(part for entry, data in snippets.items() for part in (entry, data)))}.zip"
    if cached.is_file():
        return cached.read_bytes()
    import nbformat

    nb = nbformat.read(executed, as_version=4)
    nb.cells.insert(0, nbformat.v4.new_markdown_cell(HOW_TO_RUN.format(name=name), id="how-to-run"))
    entries = {f"{name}/{name}.ipynb": nbformat.writes(nb).encode(), f"{name}/requirements.txt": pins.encode(),
               **snippets}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry, data in sorted(entries.items()):
            info = zipfile.ZipInfo(entry, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    write_atomically(cached, buffer.getvalue())
    return buffer.getvalue()


@event_priority(100)  # before mkdocs-jupyter turns .ipynb files into pages
def on_files(files: Files, config: MkDocsConfig) -> Files:
    root = Path(config.config_file_path).parent
    sources = [file for file in files if file.src_uri.startswith(f"{NOTEBOOK_DIR}/") and file.src_uri.endswith(".py")]
    # Each kernel is a process of its own: notebooks not in the cache run side by side, one per core.
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max(1, min(len(sources), os.cpu_count() or 1))) as pool:
        done = list(pool.map(lambda file: execute(Path(file.abs_src_path), root), sources))
    _executed.sort(key=[Path(file.abs_src_path).name for file in sources].index)  # the log in reading order
    for file, executed in zip(sources, done, strict=True):
        files.remove(file)
        files.append(File.generated(config, file.src_uri.removesuffix(".py") + ".ipynb", abs_src_path=str(executed)))
        files.append(File.generated(config, file.src_uri.removesuffix(".py") + ".zip", content=bundle(executed, root)))
    return files


#: What shapes a notebook's HTML besides the notebook and the template.
RENDERING_PACKAGES = ("mkdocs-jupyter", "nbconvert", "pygments", "jupyterlab-pygments", "nbformat")
#: mkdocs-jupyter's options that change its conversion (those its own cache key hashes, and more);
#: not the paths (a copy of the project converts the same notebook the same way).
CONVERSION_OPTIONS = ("execute", "kernel_name", "theme", "allow_errors", "show_input", "no_input", "no_prompt",
                      "remove_tag_config", "highlight_extra_classes", "include_requirejs", "custom_mathjax_url",
                      "mathjax_version", "toc_depth", "markdown_cell_processor", "html_exporter_options",
                      "ignore_h1_titles", "include_source")


@event_priority(-10)  # after mkdocs-jupyter (0) has set the page up
def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Serve mkdocs-jupyter's conversion of a notebook from our cache.

    The plugin converts every notebook to HTML on every build (2.4 s of a warm build) and turns
    its own cache off when a custom template is set, as ours is.  In Markdown-cell mode it keeps
    the conversion behind ``page._mkdocs_jupyter_content`` (read in its ``on_page_markdown``); we
    wrap that call with a cache keyed on the executed notebook, our template, the plugin's options
    and the versions of the packages that render.  If a plugin upgrade renames the attribute, the
    build stops here rather than silently going slow.
    """
    if not _is_notebook(page):
        return page
    convert = getattr(page, "_mkdocs_jupyter_content", None)
    if convert is None:
        raise PluginError(f"{page.file.src_uri}: mkdocs-jupyter no longer sets _mkdocs_jupyter_content; "
                          "update hooks/notebooks.py (on_pre_page) to its new API")
    root = Path(config.config_file_path).parent
    plugin = config.plugins["mkdocs-jupyter"]
    template = root / plugin.config["custom_template"]
    options = json.dumps({k: plugin.config[k] for k in CONVERSION_OPTIONS}, sort_keys=True, default=repr)
    key = digest(Path(page.file.abs_src_path).read_bytes(), template.read_bytes(), options,
                 versions(*RENDERING_PACKAGES))
    path = cache_root(root) / "notebook-html" / f"{key}.json"

    def cached_conversion() -> dict:
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
        converted = convert()
        _converted.append(page.file.src_uri)
        write_atomically(path, json.dumps(converted, sort_keys=True).encode())
        return converted

    page._mkdocs_jupyter_content = cached_conversion
    return page


#: Notebooks executed and converted (not taken from the cache) in this build: the tests read the log.
_executed: list[str] = []
_converted: list[str] = []


def on_pre_build(config: MkDocsConfig) -> None:
    _executed.clear()
    _converted.clear()


def on_post_build(config: MkDocsConfig) -> None:
    log.info("notebooks: %d executed%s, %d converted to HTML%s",
             len(_executed), f" ({', '.join(_executed)})" if _executed else "",
             len(_converted), f" ({', '.join(_converted)})" if _converted else "")


#: mkdocs-jupyter 0.27 appends ``<style>[…]</style>`` (a Python list's repr) after an .ipynb
#: notebook; in Markdown-cell mode it shows up as a code block.
_STRAY_STYLE = re.compile(r"\s*<style>\s*\[.*?\]\s*</style>\s*$", re.DOTALL)
#: The two closing tags of the notebook wrappers: after a final Markdown cell, md_in_html
#: wraps them in a paragraph unless they stand between blank lines.
_WRAPPER_END = re.compile(r"</div>[^\S\n]*(?:<!--[^>]*-->)?\s*</div>[^\S\n]*(?:<!--[^>]*-->)?\s*$")


@event_priority(90)  # after mkdocs-jupyter (100) has put the notebook into the page
def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not _is_notebook(page):
        return markdown
    page.meta.setdefault("search", {"exclude": True})  # the chapter answers a search; its notebook repeats it
    page.meta.setdefault("description", f"可下载、可运行的 Notebook {Path(page.file.src_uri).name}：调用本站的代码重算对应章节的数字。")
    return _WRAPPER_END.sub("\n\n</div>\n\n</div>\n", _STRAY_STYLE.sub("\n", markdown))


def _is_notebook(page: Page) -> bool:
    return page.file.src_uri.startswith(f"{NOTEBOOK_DIR}/") and page.file.src_uri.endswith(".ipynb")


@event_priority(10)  # like katex.py: before print-site copies the page
def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not _is_notebook(page):
        return html
    name = Path(page.file.src_uri).name
    # The zip holds the notebook and the snippets it imports: the .ipynb alone would stop at its imports.
    bundle_name = name.removesuffix(".ipynb") + ".zip"
    bundle = get_relative_url(posixpath.join(posixpath.dirname(page.file.src_uri), bundle_name), page.url)
    return (f'<p class="notebook-actions"><a href="{bundle}" download>下载 Notebook（{bundle_name}）</a>'
            f"：压缩包里有 Notebook 和它调用的代码，解压后按第一个单元格的说明在本机运行。</p>\n{html}")
