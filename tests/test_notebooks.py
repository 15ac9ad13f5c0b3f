"""Companion notebooks: one per chapter, executed at build time, clean, light, downloadable, correctly cached."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, run_build

#: Chapter page → its notebook.
CHAPTERS = {
    "least-squares/": "least_squares",
    "cross-entropy/": "cross_entropy",
    "maximum-likelihood/": "maximum_likelihood",
    "normal-least-squares/": "normal_least_squares",
    "categorical-cross-entropy/": "categorical_cross_entropy",
    "cross-entropy-from-likelihood/": "cross_entropy_from_likelihood",
    "cross-entropy-from-information/": "cross_entropy_from_information",
    "summary/": "summary",
}
SOURCES = sorted((ROOT / "docs" / "notebooks").glob("*.py"))


def load_hook():
    spec = importlib.util.spec_from_file_location("notebooks_hook", ROOT / "hooks" / "notebooks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_chapter_has_a_notebook() -> None:
    assert sorted(p.stem for p in SOURCES) == sorted(CHAPTERS.values())


@pytest.mark.parametrize("source", SOURCES, ids=[p.stem for p in SOURCES])
def test_notebook_imports_the_snippets_instead_of_copying_code(source: Path) -> None:
    text = source.read_text(encoding="utf-8")
    assert re.search(r"^from snippets import \w+", text, re.MULTILINE)
    assert not re.search(r"^\s*(def|class) ", text, re.MULTILINE), "notebooks call the snippets, never redefine them"


@pytest.mark.parametrize(("chapter", "name"), CHAPTERS.items())
def test_chapter_links_to_its_notebook_and_the_notebook_offers_its_ipynb(built_site: Path, chapter: str,
                                                                         name: str) -> None:
    page = BeautifulSoup((built_site / chapter / "index.html").read_text(encoding="utf-8"), "html.parser")
    download = page.find("a", string="下载 Notebook")  # a download, not a promise to run in the browser
    view = page.find("a", string="在网页上看")
    assert download is not None and download["href"] == f"../notebooks/{name}.zip"
    assert view is not None and view["href"] == f"../notebooks/{name}/"
    notebook_page = built_site / "notebooks" / name / "index.html"
    html = BeautifulSoup(notebook_page.read_text(encoding="utf-8"), "html.parser")
    bundle = html.select_one("p.notebook-actions a[download]")
    assert (notebook_page.parent / bundle["href"]).resolve() == (built_site / "notebooks" / f"{name}.zip").resolve()
    executed = json.loads((built_site / "notebooks" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
    code_cells = [c for c in executed["cells"] if c["cell_type"] == "code"]
    assert code_cells and all(c["execution_count"] for c in code_cells), "every code cell ran"


@pytest.mark.parametrize("name", CHAPTERS.values())
def test_no_output_shows_a_traceback_a_warning_or_stderr(built_site: Path, name: str) -> None:
    executed = json.loads((built_site / "notebooks" / name / f"{name}.ipynb").read_text(encoding="utf-8"))
    outputs = [o for c in executed["cells"] if c["cell_type"] == "code" for o in c["outputs"]]
    assert outputs, "the notebook shows results"
    assert [o for o in outputs if o["output_type"] == "error" or o.get("name") == "stderr"] == []
    text = (built_site / "notebooks" / name / "index.html").read_text(encoding="utf-8")
    assert not re.search(r"Traceback|Warning:|jp-OutputArea-stderr", text)


@pytest.mark.parametrize("name", CHAPTERS.values())
def test_outputs_are_the_same_on_every_run(built_site: Path, name: str) -> None:
    """No memory address (``<function … at 0x7f…>``) or random cell id: a cold build writes what a warm one does."""
    raw = (built_site / "notebooks" / name / f"{name}.ipynb").read_text(encoding="utf-8")
    assert not re.search(r"\bat 0x[0-9a-f]{6,}", raw)
    ids = [cell["id"] for cell in json.loads(raw)["cells"]]
    assert ids == [f"cell-{index}" for index in range(len(ids))]


@pytest.mark.parametrize("name", CHAPTERS.values())
def test_notebook_page_is_light_and_loads_no_mathjax(built_site: Path, name: str) -> None:
    html_path = built_site / "notebooks" / name / "index.html"
    page = BeautifulSoup(html_path.read_text(encoding="utf-8"), "html.parser")
    styles = sum(len(style.get_text()) for style in page.find_all("style"))
    assert styles < 5_000, "no inlined JupyterLab stylesheet"
    assert html_path.stat().st_size < 200_000
    assert not any("mathjax" in (s.get("src", "") + s.get_text()).lower() for s in page.find_all("script"))
    assert page.select(".jupyter-wrapper .arithmatex") or name == "summary" or page.select(".jupyter-wrapper img")


def test_notebook_math_goes_to_the_site_renderer(built_site: Path) -> None:
    page = BeautifulSoup((built_site / "notebooks" / "least_squares" / "index.html").read_text(encoding="utf-8"),
                         "html.parser")
    latex_outputs = page.select(".jp-RenderedLatex .arithmatex")
    assert latex_outputs and all(o.select_one(".katex-display annotation") for o in latex_outputs)
    assert page.select(".jp-MarkdownOutput .arithmatex .katex"), "math in Markdown cells is typeset too"


def test_cache_key_follows_the_snippets_and_not_the_prose(tmp_path: Path) -> None:
    hook = load_hook()
    project = tmp_path / "project"
    (project / "snippets").mkdir(parents=True)
    (project / "docs").mkdir()
    notebook = project / "nb.py"
    notebook.write_text("# %%\nfrom snippets.least_squares import TRIAL_W\nprint(TRIAL_W)\n")
    (project / "snippets" / "least_squares.py").write_text("TRIAL_W = 2\n")
    (project / "snippets" / "cross_entropy.py").write_text("P_CONFIDENT = 0.9\n")
    (project / "docs" / "page.md").write_text("# 页\n")
    first = hook._key(notebook, project)
    (project / "docs" / "page.md").write_text("# 页\n\n改了正文。\n")
    assert hook._key(notebook, project) == first, "a prose edit keeps the executed notebooks"
    (project / "snippets" / "cross_entropy.py").write_text("P_CONFIDENT = 0.8\n")
    assert hook._key(notebook, project) == first, "an edit to a module the notebook does not import keeps it"
    (project / "snippets" / "least_squares.py").write_text("TRIAL_W = 3\n")
    assert hook._key(notebook, project) != first, "an edit to a module it imports runs it again"
    notebook.write_text("# %%\nfrom snippets.least_squares import TRIAL_W\nprint(TRIAL_W + 1)\n")
    assert hook._key(notebook, project) != first


@pytest.mark.slow
@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("raise ValueError('坏掉的单元格')", "ValueError"),
        ("import warnings\nwarnings.warn('小心')", "stderr"),
    ],
    ids=["error", "warning"],
)
def test_a_failing_or_warning_cell_stops_the_build(project_copy: Path, tmp_path: Path, cell: str,
                                                   expected: str) -> None:
    notebook = project_copy / "docs" / "notebooks" / "summary.py"
    notebook.write_text(notebook.read_text(encoding="utf-8") + f"\n# %%\n{cell}\n", encoding="utf-8")
    result = run_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "summary.py" in result.stderr and expected in result.stderr


@pytest.mark.parametrize("name", ["least_squares", "cross_entropy_from_information"])
def test_downloaded_bundle_runs_outside_the_repository(built_site: Path, tmp_path: Path, name: str) -> None:
    """What a reader downloads runs on its own: unzip anywhere, execute with nbconvert, no error."""
    import os
    import subprocess
    import sys
    import zipfile

    with zipfile.ZipFile(built_site / "notebooks" / f"{name}.zip") as archive:
        archive.extractall(tmp_path)
    folder = tmp_path / name
    first = json.loads((folder / f"{name}.ipynb").read_text(encoding="utf-8"))["cells"][0]
    assert first["cell_type"] == "markdown" and "requirements.txt" in "".join(first["source"])
    assert {p.relative_to(folder / "snippets").as_posix() for p in (folder / "snippets").rglob("*.py")} >= {
        "__init__.py", f"{name}/__init__.py", f"{name}/model.py", "claim.py"}
    # A last cell proves that every snippets module the notebook used came from the bundle, not from the
    # checkout (which this test's Python has installed): a module missing from the zip would show here.
    notebook = json.loads((folder / f"{name}.ipynb").read_text(encoding="utf-8"))
    notebook["cells"].append({"cell_type": "code", "execution_count": None, "id": "bundle-check", "metadata": {},
                              "outputs": [], "source": (
        "import os, sys\n"
        "used = {n: m.__file__ for n, m in sys.modules.items() if n.split('.')[0] == 'snippets'}\n"
        "outside = {n: f for n, f in used.items() if not os.path.abspath(f).startswith(os.getcwd())}\n"
        "assert used and not outside, outside")})
    (folder / "checked.ipynb").write_text(json.dumps(notebook), encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}  # not the checkout's code
    result = subprocess.run([sys.executable, "-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
                             "--output", "ran.ipynb", "checked.ipynb"], cwd=folder, env=env,
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr[-2000:]
    ran = json.loads((folder / "ran.ipynb").read_text(encoding="utf-8"))
    errors = [o for c in ran["cells"] for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_bundle_is_the_same_bytes_every_time(tmp_path: Path) -> None:
    hook = load_hook()
    executed = hook.execute(ROOT / "docs" / "notebooks" / "summary.py", ROOT)
    assert hook.bundle(executed, ROOT) == hook.bundle(executed, ROOT)
