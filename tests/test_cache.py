"""The build cache (``sitekit/cache.py``): it never changes the site, and an edit recomputes exactly what depends on it.

Each build logs what it computed rather than took from the cache — ``checks: N run (…)``,
``figures: N drawn (…)``, ``notebooks: N executed (…), M converted to HTML (…)`` — and the
tests read those lines.
"""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project, run_build

#: The chapters that import ``least_squares`` (directly or not), and it: what an edit to its model reaches.
REACHED_BY_LEAST_SQUARES = {"least_squares", "normal_least_squares"}
#: Their notebooks, which import them.
NOTEBOOKS_OF_LEAST_SQUARES = {"least_squares.py", "normal_least_squares.py"}
#: The least-squares chapter's figures and checks (tests/article.py lists where each is placed).
LEAST_SQUARES_FIGURES = {"least_squares.fit_and_outlier", "least_squares.noise_and_robust_fits",
                         "least_squares.loss_contours"}
LEAST_SQUARES_CHECKS = {"least_squares.verify_normal_equations", "least_squares.verify_unbiased_without_normality",
                        "least_squares.verify_gradient_descent_reaches_the_fit",
                        "least_squares.verify_intercept_through_the_means"}


def digests(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def computed(stderr: str) -> dict[str, list[str]]:
    """What a build computed afresh, read from its log: checks, figures, notebooks executed and converted."""
    def names(pattern: str) -> list[str]:
        match = re.search(pattern, stderr)
        assert match is not None, f"no {pattern!r} in the build's log:\n{stderr[-3000:]}"
        listed = match["names"].split(", ") if match["names"] else []
        assert len(listed) == int(match["count"])
        return listed

    return {
        "checks": names(r"checks: (?P<count>\d+) run, \d+ from the cache(?: \(ran: (?P<names>[^)]*)\))?"),
        "figures": names(r"figures: (?P<count>\d+) drawn(?: \((?P<names>[^)]*)\))?"),
        "executed": names(r"notebooks: (?P<count>\d+) executed(?: \((?P<names>[^)]*)\))?"),
        "converted": names(r"executed(?: \([^)]*\))?, (?P<count>\d+) converted to HTML(?: \((?P<names>[^)]*)\))?"),
    }


@pytest.mark.slow
def test_cold_and_warm_builds_write_the_same_bytes(built_site: Path, handout_pdfs: Path, offline_zip: Path,
                                                    tmp_path: Path) -> None:
    """Built as built_site is (handout and offline copy beside it), from an empty cache, then warm."""
    publish = {"HANDOUT_DIR": str(handout_pdfs), "OFFLINE_ZIP": str(offline_zip)}
    cache = str(tmp_path / "cache")
    cold = run_build(ROOT, tmp_path / "cold", BUILD_CACHE_DIR=cache, **publish)
    assert cold.returncode == 0, cold.stderr[-3000:]
    fresh = computed(cold.stderr)
    assert fresh["checks"] and fresh["figures"] and fresh["executed"] and fresh["converted"], "not a cold build"
    warm = run_build(ROOT, tmp_path / "warm", BUILD_CACHE_DIR=cache, **publish)
    assert warm.returncode == 0, warm.stderr[-3000:]
    assert computed(warm.stderr) == {"checks": [], "figures": [], "executed": [], "converted": []}

    first, cold_site, warm_site = digests(built_site), digests(tmp_path / "cold"), digests(tmp_path / "warm")
    assert cold_site.keys() == first.keys() == warm_site.keys()
    assert [name for name in first if cold_site[name] != first[name]] == []
    assert [name for name in first if warm_site[name] != first[name]] == []


@pytest.mark.slow
def test_an_edit_recomputes_exactly_what_depends_on_it(built_site: Path, tmp_path: Path) -> None:
    # built_site has filled the project's cache for this checkout; the copy starts from a copy of it.
    cache = tmp_path / "cache"
    shutil.copytree(ROOT / ".cache", cache, ignore=shutil.ignore_patterns("handout", "offline"))
    project = copy_project(tmp_path / "project")

    def build() -> dict[str, list[str]]:
        result = run_build(project, tmp_path / "site", BUILD_CACHE_DIR=str(cache))
        assert result.returncode == 0, result.stderr[-3000:]
        return computed(result.stderr)

    nothing = {"checks": [], "figures": [], "executed": [], "converted": []}
    page = project / "docs" / "least-squares.md"
    page.write_text(page.read_text(encoding="utf-8") + "\n补一句说明文字。\n", encoding="utf-8")
    assert build() == nothing, "a prose edit re-runs no check, draws no figure and runs no notebook"

    def touch(part: str) -> dict[str, list[str]]:
        """Append a comment (a change of source, not of any result) to a part of the least-squares chapter."""
        module = project / "snippets" / "least_squares" / f"{part}.py"
        module.write_text(module.read_text(encoding="utf-8") + "\n# an edit that changes no result\n", encoding="utf-8")
        return build()

    fresh = touch("model")
    assert {name.split(".")[0] for name in fresh["checks"]} == REACHED_BY_LEAST_SQUARES
    assert {name.split(".")[0] for name in fresh["figures"]} == REACHED_BY_LEAST_SQUARES
    assert set(fresh["executed"]) == NOTEBOOKS_OF_LEAST_SQUARES
    # Run again, they print what they printed (a comment changed): their pages are not converted again.
    assert fresh["converted"] == []

    # A chapter's drawings and its checks are separate parts: editing one leaves the other's results.
    fresh = touch("figures")
    assert (set(fresh["figures"]), fresh["checks"]) == (LEAST_SQUARES_FIGURES, [])
    assert fresh["executed"] == ["least_squares.py"], "its notebook shows a figure"
    fresh = touch("checks")
    assert (set(fresh["checks"]), fresh["figures"]) == (LEAST_SQUARES_CHECKS, [])
    assert fresh["executed"] == ["least_squares.py"], "its notebook runs a check"


def test_a_module_depends_on_what_it_imports_names_or_reaches(tmp_path: Path) -> None:
    from sitekit.cache import dependency_key, dependency_sources

    package = tmp_path / "snippets"
    package.mkdir()
    files = {
        "__init__.py": "CHAPTER_MODULES = ('a', 'b', 'c', 'd')\n",
        "claim.py": "def all_claims():\n    return chapter_modules()\n",
        "a.py": "from snippets.b import X\n",
        "b.py": "from .c import Y\nX = 1\n",
        "c.py": "Y = find_claim('d.value')\n",
        "d.py": "VALUE = 2\n",
        "e.py": "from snippets.claim import all_claims\nEVERY = all_claims()\n",
        "lonely.py": "Z = 3\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    # what else each module's key covers ("" is the module itself)
    reached = {name: set(dependency_sources(package, package / f"{name}.py")) - {""} for name in "abcde"}
    assert reached["a"] == {"__init__", "b", "c", "d"}  # import, relative import, a claim's name
    assert reached["d"] == {"__init__"}
    assert "lonely" in reached["e"], "all_claims() reaches every module"
    key = dependency_key(package, package / "a.py")
    (package / "lonely.py").write_text("Z = 4\n")
    assert dependency_key(package, package / "a.py") == key, "an edit a module does not reach keeps its key"
    (package / "d.py").write_text("VALUE = 3\n")  # same size as before: content counts, not size or time
    assert dependency_key(package, package / "a.py") != key


def test_a_chapter_part_depends_on_its_package_and_what_it_imports_not_on_its_sibling_parts(tmp_path: Path) -> None:
    from sitekit.cache import dependency_key, dependency_sources

    package = tmp_path / "snippets"
    (package / "f").mkdir(parents=True)
    files = {
        "__init__.py": "", "figures.py": "def new_figure(): ...\n",
        "f/__init__.py": "from snippets.f.model import *\n", "f/model.py": "X = 1\n",
        "f/figures.py": "from snippets.figures import new_figure\nfrom .model import X\n",
        "f/checks.py": "from snippets.f.model import X\n",
    }
    for name, text in files.items():
        (package / name).write_text(text)
    assert set(dependency_sources(package, package / "f/figures.py")) - {""} == {"__init__", "figures", "f", "f.model"}
    drawing = dependency_key(package, package / "f/figures.py")
    (package / "f/checks.py").write_text("from snippets.f.model import X\nY = X\n")
    assert dependency_key(package, package / "f/figures.py") == drawing, "a sibling part's edit keeps the key"
    (package / "f/model.py").write_text("X = 2\n")
    assert dependency_key(package, package / "f/figures.py") != drawing
