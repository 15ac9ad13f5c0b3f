"""Shared fixtures: the project root, a strict build of the site, and project copies to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.artifacts import Artifact, ensure

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
#: ``make test-fast`` (TEST_FAST=1): no handout, no offline copy; tests that need them are left out.
FAST = bool(os.environ.get("TEST_FAST"))
#: The fixtures of the published extras that a fast run does not make.
PUBLISHED_EXTRAS = {"handout_pdf", "handout_pdfs", "english_handout_pdf", "handout_site", "offline_zip", "offline_site", "exercise_sheets", "course_site"}
#: Not copied into a project copy: generated, installed or version-control files (node_modules is linked).
NOT_COPIED = (".git", ".venv", ".cache", "node_modules", "site", "__pycache__", ".pytest_cache", "*.egg-info")


def build_env(**extra: str) -> dict[str, str]:
    """Environment for a child build or test run: quiet Material, fixed date, the project's build cache.

    No ``PYTEST_*`` variable passes through.  Copies of the project share the checkout's cache of
    figures and executed notebooks; its keys hash the snippets and notebooks, so a copy whose code was
    changed still draws and runs afresh.
    """
    # A clean slate for child runs: the author's pytest options (PYTEST_ADDOPTS=-x, say) would make the
    # mutation tests' child pytest stop at the first failing claim and miss the one they look for.
    env = {name: value for name, value in os.environ.items() if not name.startswith("PYTEST_")}
    env.update(NO_MKDOCS_2_WARNING="1", **extra)
    env.setdefault("SOURCE_DATE_EPOCH", "1744948281")  # the article's date: 2025-04-18 11:51:21 +08:00
    env.setdefault("BUILD_CACHE_DIR", str(ROOT / ".cache"))
    return env


def run_build(project: Path, site: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """``mkdocs build --strict`` of ``project`` into ``site``, importing ``project``'s snippets."""
    return subprocess.run(
        [str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env=build_env(PYTHONPATH=str(project), **env),
        capture_output=True,
        text=True,
        timeout=600,
    )


@pytest.fixture(scope="session")
def shared_builds(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> dict[str, Artifact]:
    """The site's flavours, each built once per run and shared by the pytest-xdist workers (tests/artifacts.py)."""
    base = tmp_path_factory.getbasetemp()
    root = (base.parent if worker_id != "master" else base) / "shared-builds"

    def run(script: str, out: Path, site: Path, **env: str) -> None:
        result = subprocess.run([str(BIN / "python"), str(ROOT / script), str(out), "--site-dir", str(site)],
                                cwd=ROOT, env=build_env(**env), capture_output=True, text=True, timeout=900)
        assert result.returncode == 0, f"{script} failed:\n{result.stdout}\n{result.stderr}"

    def make_site(folder: Path) -> None:
        ensure(builds["handout"], builds["offline"])
        result = run_build(ROOT, folder / "site", HANDOUT_DIR=str(builds["handout"].folder / "pdf"),
                           OFFLINE_ZIP=str(builds["offline"].folder / "offline.zip"))
        assert result.returncode == 0, f"strict build failed:\n{result.stderr}"

    def make_site_alone(folder: Path) -> None:
        result = run_build(ROOT, folder / "site")
        assert result.returncode == 0, f"strict build failed:\n{result.stderr}"

    def make_course(folder: Path) -> None:
        ensure(builds["site-alone"])
        # as a course publishes it: SOLUTIONS=false make pdf, then SOLUTIONS=false HANDOUT_DIR=… make build
        run("handout/print_pdf.py", folder / "pdf", folder / "handout-site", SOLUTIONS="false")
        result = run_build(ROOT, folder / "site", SOLUTIONS="false", HANDOUT_DIR=str(folder / "pdf"))
        assert result.returncode == 0, f"strict build without solutions failed:\n{result.stderr}"

    def make_handout(folder: Path) -> None:
        ensure(builds["site-alone"])  # fills the build cache once; on a fresh clone it runs notebooks and draws
        run("handout/print_pdf.py", folder / "pdf", folder / "site")

    def make_offline(folder: Path) -> None:
        ensure(builds["site-alone"])  # (on a fresh clone, both flavours at once would each do that work)
        run("offline/make_zip.py", folder / "offline.zip", folder / "site")

    builds = {
        # make test-fast: the site without the handout and the offline copy; first of all, it warms the cache
        "site-alone": Artifact(root, "site-alone", make_site_alone),
        # make pdf: handout build, then Chromium prints it
        "handout": Artifact(root, "handout", make_handout),
        # make offline: offline build, then zipped
        "offline": Artifact(root, "offline", make_offline),
        # the site as the Pages workflow builds it, the handout and the offline copy beside it
        "site": Artifact(root, "site", make_site),
        # the course edition: SOLUTIONS=false, as a course would publish it (its handout and exercise sheet)
        "course": Artifact(root, "course", make_course),
    }
    return builds


@pytest.fixture(scope="session")
def handout_site(shared_builds: dict[str, Artifact]) -> Path:
    """The handout flavour of the site (``HANDOUT=true``) that :func:`handout_pdf` printed."""
    ensure(shared_builds["handout"])
    return shared_builds["handout"].folder / "site"


@pytest.fixture(scope="session")
def handout_pdfs(shared_builds: dict[str, Artifact]) -> Path:
    """The folder ``make pdf`` prints into: handout build, then Chromium prints every PDF of every language."""
    ensure(shared_builds["handout"])
    return shared_builds["handout"].folder / "pdf"


@pytest.fixture(scope="session")
def handout_pdf(handout_pdfs: Path) -> Path:
    """The Chinese handout, made as ``make pdf`` makes it."""
    return handout_pdfs / "handout.zh.pdf"


@pytest.fixture(scope="session")
def english_handout_pdf(handout_pdfs: Path) -> Path:
    """The English handout, printed beside the Chinese one."""
    return handout_pdfs / "handout.en.pdf"


@pytest.fixture(scope="session")
def exercise_sheets(handout_pdfs: Path) -> dict[str, Path]:
    """The Chinese exercise sheet and solutions ``make pdf`` prints beside the handout, by edition."""
    return {edition: handout_pdfs / f"{edition}.zh.pdf" for edition in ("exercises", "solutions")}


@pytest.fixture(scope="session")
def course_site(shared_builds: dict[str, Artifact]) -> Path:
    """The course edition of the site: ``SOLUTIONS=false``, the handout and the exercise sheet published.

    ``TEST_COURSE_SITE=dir`` reuses a build you made, as ``TEST_SITE`` does; ``make test`` never sets it.
    """
    if os.environ.get("TEST_COURSE_SITE"):
        return Path(os.environ["TEST_COURSE_SITE"]).resolve()
    ensure(shared_builds["course"])
    return shared_builds["course"].folder / "site"


@pytest.fixture(scope="session")
def offline_site(shared_builds: dict[str, Artifact]) -> Path:
    """The offline flavour of the site (``OFFLINE=true``) that :func:`offline_zip` zipped."""
    ensure(shared_builds["offline"])
    return shared_builds["offline"].folder / "site"


@pytest.fixture(scope="session")
def offline_zip(shared_builds: dict[str, Artifact]) -> Path:
    """The offline copy, made as ``make offline`` makes it: offline build, then zipped."""
    ensure(shared_builds["offline"])
    return shared_builds["offline"].folder / "offline.zip"


@pytest.fixture(scope="session")
def built_site(request: pytest.FixtureRequest) -> Path:
    """The site as the Pages workflow builds it: ``mkdocs build --strict``, the handout and the offline copy beside it.

    ``TEST_SITE=site`` reuses a build you made (``make build``) to iterate on the page tests;
    ``make test`` never sets it.
    """
    if os.environ.get("TEST_SITE"):
        return Path(os.environ["TEST_SITE"]).resolve()
    builds = request.getfixturevalue("shared_builds")
    if FAST:
        ensure(builds["site-alone"])
        return builds["site-alone"].folder / "site"
    ensure(builds["handout"], builds["offline"], builds["site"])
    return builds["site"].folder / "site"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """The slow tests (each builds a copy of the project) run first, so that the two workers do not end
    on one of them while the other waits; a fast run leaves out the tests of the handout and the offline
    copy (it does not make them)."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)  # stable: same order on every worker
    if not FAST:
        return
    left_out = [item for item in items if PUBLISHED_EXTRAS & set(getattr(item, "fixturenames", ()))]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if item not in left_out]


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project, to mutate without touching the checkout."""
    return copy_project(tmp_path / "project")


def copy_project(copy: Path) -> Path:
    """Copy the checkout's sources to ``copy`` (everything but what :data:`NOT_COPIED` names)."""
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED), symlinks=True)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    return copy
