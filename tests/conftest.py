"""Shared fixtures: the project root, a strict build of the site, and project copies to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
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
def handout_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where :func:`handout_pdf` built the handout flavour of the site (``HANDOUT=true``)."""
    return tmp_path_factory.mktemp("handout-site")


@pytest.fixture(scope="session")
def handout_pdf(handout_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The handout, made as ``make pdf`` makes it: handout build, then Chromium prints it."""
    pdf = tmp_path_factory.mktemp("handout") / "handout.pdf"
    result = subprocess.run([str(BIN / "python"), str(ROOT / "handout" / "print_pdf.py"), str(pdf),
                             "--site-dir", str(handout_site)],
                            cwd=ROOT, env=build_env(), capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"make pdf failed:\n{result.stdout}\n{result.stderr}"
    return pdf


@pytest.fixture(scope="session")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where :func:`offline_zip` built the offline flavour of the site (``OFFLINE=true``)."""
    return tmp_path_factory.mktemp("offline-site")


@pytest.fixture(scope="session")
def offline_zip(offline_site: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The offline copy, made as ``make offline`` makes it: offline build, then zipped."""
    archive = tmp_path_factory.mktemp("offline") / "offline.zip"
    result = subprocess.run([str(BIN / "python"), str(ROOT / "offline" / "make_zip.py"), str(archive),
                             "--site-dir", str(offline_site)],
                            cwd=ROOT, env=build_env(), capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"make offline failed:\n{result.stdout}\n{result.stderr}"
    return archive


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The site as the Pages workflow builds it: ``mkdocs build --strict``, the handout and the offline copy beside it.

    ``TEST_SITE=site`` reuses a build you made (``make build``) to iterate on the page tests;
    ``make test`` never sets it.
    """
    if os.environ.get("TEST_SITE"):
        return Path(os.environ["TEST_SITE"]).resolve()
    handout_pdf = request.getfixturevalue("handout_pdf")
    offline_zip = request.getfixturevalue("offline_zip")
    site = tmp_path_factory.mktemp("site")
    result = run_build(ROOT, site, HANDOUT_PDF=str(handout_pdf), OFFLINE_ZIP=str(offline_zip))
    assert result.returncode == 0, f"strict build failed:\n{result.stderr}"
    return site


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A throw-away copy of the project, to mutate without touching the checkout."""
    return copy_project(tmp_path / "project")


def copy_project(copy: Path) -> Path:
    """Copy the checkout's sources to ``copy`` (everything but what :data:`NOT_COPIED` names)."""
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(*NOT_COPIED), symlinks=True)
    (copy / "node_modules").symlink_to(ROOT / "node_modules")
    return copy
