"""What executing the notebooks costs the build, measured in one run on this machine.

Prints, for a copy of the project with its own empty build cache:

- cold build with notebook execution vs. cold build with execution off;
- warm rebuild after a prose edit (executed notebooks and figures from the cache)
  vs. a plain build (execution off, figures cached);
- the time to execute each notebook on its own.

Run with ``make bench``.  Timings are wall-clock seconds of ``mkdocs build --strict``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOT_COPIED = (".git", ".venv", ".cache", "node_modules", "site", "__pycache__", ".pytest_cache", "*.egg-info")


def copy_project(target: Path) -> Path:
    """The project's sources in ``target``, with ``node_modules`` linked and no build cache."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*NOT_COPIED), symlinks=True)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target


def build(project: Path, cache: Path, execution: str) -> float:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project), BUILD_CACHE_DIR=str(cache),
               NOTEBOOK_EXECUTION=execution)
    start = time.perf_counter()
    subprocess.run([str(BIN / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", str(project / "site")],
                   cwd=project, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def time_each_notebook(project: Path, cache: Path) -> dict[str, float]:
    sys.path.insert(0, str(project))
    os.environ["BUILD_CACHE_DIR"] = str(cache)
    import importlib.util

    spec = importlib.util.spec_from_file_location("notebooks_hook", project / "hooks" / "notebooks.py")
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    times = {}
    for notebook in sorted((project / "docs" / "notebooks").glob("*.py")):
        start = time.perf_counter()
        hook.execute(notebook, project)
        times[notebook.stem] = time.perf_counter() - start
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        project = copy_project(scratch / "project")
        cold_on = build(project, scratch / "cache-on", "on")
        cold_off = build(project, scratch / "cache-off", "off")
        page = project / "docs" / "least-squares.md"
        page.write_text(page.read_text(encoding="utf-8") + "\n<!-- a prose edit -->\n", encoding="utf-8")
        warm_on = build(project, scratch / "cache-on", "on")
        plain = build(project, scratch / "cache-off", "off")
        per_notebook = time_each_notebook(project, scratch / "cache-each")

    print(f"{'build':44} {'seconds':>8}")
    print(f"{'cold, notebooks executed':44} {cold_on:8.2f}")
    print(f"{'cold, execution off':44} {cold_off:8.2f}")
    print(f"{'warm rebuild after a prose edit (cached)':44} {warm_on:8.2f}")
    print(f"{'plain (execution off, figures cached)':44} {plain:8.2f}")
    print()
    print(f"cold with execution / execution off:  {cold_on / cold_off:5.2f}x")
    print(f"warm rebuild / plain build:           {warm_on / plain:5.2f}x")
    print()
    print(f"{'notebook':36} {'seconds':>8}")
    for name, seconds in per_notebook.items():
        print(f"{name:36} {seconds:8.2f}")
    print(f"{'mean per notebook':36} {sum(per_notebook.values()) / len(per_notebook):8.2f}")


if __name__ == "__main__":
    main()
