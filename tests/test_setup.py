"""Set-up checks are exact: on a machine that has everything, ``make`` installs nothing."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path

from tests.conftest import ROOT


def fake_commands(folder: Path, **scripts: str) -> dict[str, str]:
    """An environment whose PATH finds ``scripts`` (name → shell body) before the real commands."""
    folder.mkdir(exist_ok=True)
    for name, body in scripts.items():
        path = folder / name.replace("_", "-")
        path.write_text(f"#!/bin/sh\n{body}\n")
        path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return dict(os.environ, PATH=f"{folder}:{os.environ['PATH']}")


def make_browser(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["make", "--no-print-directory", "browser"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_with_chromium_and_the_cjk_font_installed_nothing_is_installed(tmp_path: Path) -> None:
    """Twenty times: the old check (``fc-list | grep -q`` under pipefail) failed about half the time."""
    record = tmp_path / "apt-get-was-run"
    env = fake_commands(tmp_path / "bin", apt_get=f"echo \"$@\" >> {record}; exit 1")
    results = [make_browser(env) for _ in range(20)]
    assert [r.returncode for r in results] == [0] * 20, results[0].stderr
    assert not record.exists(), record.read_text()
    assert all(r.stdout == "" for r in results), "a satisfied check is silent"


def test_without_the_cjk_font_the_check_says_what_to_install(tmp_path: Path) -> None:
    """The check can fail: no CJK font and no root, so it asks the reader to install it."""
    env = fake_commands(tmp_path / "bin", fc_list="exit 0", id="echo 1000", apt_get="exit 1")
    result = make_browser(env)
    assert result.returncode != 0
    assert "sudo apt-get install chromium fonts-noto-cjk" in result.stderr


def test_child_runs_do_not_inherit_the_authors_pytest_options(monkeypatch) -> None:
    """``PYTEST_ADDOPTS=-x make test`` must not reach the mutation tests' child pytest."""
    from tests.conftest import build_env

    monkeypatch.setenv("PYTEST_ADDOPTS", "-x")
    monkeypatch.setenv("PYTEST_PLUGINS", "no_such_plugin")
    env = build_env(PYTHONPATH="/somewhere")
    assert not [name for name in env if name.startswith("PYTEST_")]
    assert env["PYTHONPATH"] == "/somewhere" and env["NO_MKDOCS_2_WARNING"] == "1"
