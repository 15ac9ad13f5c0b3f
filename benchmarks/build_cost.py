"""``make bench``: what an author waits for, each as a ratio measured in one run on this machine.

In a copy of the project with its own empty build cache it measures, against a
*plain* Material build of the same Markdown (the same ``docs/``, theme, Markdown
extensions and search, but no hooks, no notebooks, no handout or offline plugin —
the configuration is written by :func:`plain_config`):

1. the warm rebuild after a prose edit (``mkdocs build``), ours vs plain;
2. ``mkdocs serve``: from saving a prose edit to the new page being served, ours vs plain;
3. the cold build (empty cache: notebooks executed, figures drawn, checks run), ours vs plain;
4. what the English edition costs: the warm rebuild of both languages against the same build with the English
   edition turned off (mkdocs-static-i18n's ``build_only_locale: zh``), ours and plain;
5. ``make test``'s wall time (``pytest -n 2`` in the checkout), unless ``--no-tests``.

Medians of three where a figure is quick to repeat.  Timings are wall-clock seconds.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
NOT_COPIED = (".git", ".venv", ".venv-tools", ".cache", "node_modules", "site", "dist", "__pycache__",
              ".pytest_cache", "*.egg-info")
PAGE = "least-squares.md"
REPEATS = 3


def copy_project(target: Path) -> Path:
    """The project's sources in ``target``, with ``node_modules`` linked and no build cache."""
    shutil.copytree(ROOT, target, ignore=shutil.ignore_patterns(*NOT_COPIED), symlinks=True)
    (target / "node_modules").symlink_to(ROOT / "node_modules")
    return target


class _Tagged(yaml.SafeLoader):
    """Reads mkdocs.yml's ``!ENV [NAME, default]`` as the default and ``!!python/name:`` as its text."""


_Tagged.add_constructor("!ENV", lambda loader, node: (loader.construct_sequence(node) or [None])[-1]
                        if isinstance(node, yaml.SequenceNode) else None)
_Tagged.add_multi_constructor("tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix)


def plain_config(project: Path) -> Path:
    """``mkdocs.plain.yml``: the site's Markdown through Material alone, as a plain build would see it.

    Same docs, theme, palette, Markdown extensions, search and languages (mkdocs-static-i18n builds the English
    edition too); no hooks, no other plugins, no custom templates, no generated pages in the nav (notebooks,
    source code, the ledger), not strict (markers stay as text and their links dangle).
    """
    config = yaml.load((project / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Tagged)
    for key in ("hooks", "watch", "extra_javascript", "strict", "validation"):
        config.pop(key, None)
    config["theme"].pop("custom_dir", None)
    config["plugins"] = [plugin for plugin in config["plugins"]
                         if isinstance(plugin, dict) and set(plugin) & {"search", "i18n"}]
    config["extra_css"] = [css for css in config.get("extra_css", []) if not css.startswith("assets/")]
    config["nav"] = [item for item in config["nav"]
                     if not (isinstance(item, dict) and set(item) & {"Notebook", "源码"})]
    config["exclude_docs"] = "notebooks/\n"
    path = project / "mkdocs.plain.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def chinese_only(project: Path, config_name: str) -> str:
    """``config_name`` with the English edition turned off: mkdocs-static-i18n builds Chinese only."""
    config = yaml.load((project / config_name).read_text(encoding="utf-8"), Loader=_Tagged)
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "i18n" in plugin:
            plugin["i18n"]["build_only_locale"] = "zh"
    path = project / config_name.replace(".yml", ".zh-only.yml")
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path.name


def environment(project: Path, cache: Path) -> dict[str, str]:
    return dict(os.environ, NO_MKDOCS_2_WARNING="1", PYTHONPATH=str(project), BUILD_CACHE_DIR=str(cache),
                SOURCE_DATE_EPOCH="1744948281")


def build(project: Path, cache: Path, config: str = "mkdocs.yml") -> float:
    start = time.perf_counter()
    result = subprocess.run([str(BIN / "mkdocs"), "build", "--quiet", "-f", config, "--site-dir", str(project / "site")],
                            cwd=project, env=environment(project, cache), capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build -f {config} failed:\n{result.stderr[-3000:]}")
    return time.perf_counter() - start


def edit(project: Path, token: str) -> None:
    page = project / "docs" / PAGE
    page.write_text(page.read_text(encoding="utf-8") + f"\n{token}\n", encoding="utf-8")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except OSError:
        return None


def serve_reloads(project: Path, cache: Path, config: str, label: str) -> list[float]:
    """Seconds from saving a prose edit until ``mkdocs serve`` serves the page with it, ``REPEATS`` times."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/{PAGE.removesuffix('.md')}/"
    server = subprocess.Popen([str(BIN / "mkdocs"), "serve", "--livereload", "-f", config, "-a", f"127.0.0.1:{port}"],
                              cwd=project, env=environment(project, cache),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 600
        while fetch(url) is None:  # the first build
            if server.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"mkdocs serve ({config}) did not start")
            time.sleep(0.2)
        times = []
        for attempt in range(REPEATS):
            token = f"bench-{label}-{attempt}-{time.monotonic_ns()}"
            time.sleep(1.5)  # let the watcher settle after the last rebuild
            edit(project, token)
            start = time.perf_counter()
            while token not in (fetch(url) or ""):
                if time.perf_counter() - start > 300:
                    raise RuntimeError(f"mkdocs serve ({config}) never served the edit")
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
        return times
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-tests", action="store_true", help="skip timing the test suite")
    options = parser.parse_args()
    rows: list[tuple[str, float, float]] = []
    with tempfile.TemporaryDirectory() as scratch:
        scratch = Path(scratch)
        project = copy_project(scratch / "project")
        plain = plain_config(project).name
        ours_cache, plain_cache = scratch / "cache", scratch / "plain-cache"

        cold, plain_cold = build(project, ours_cache), build(project, plain_cache, plain)
        rows.append(("cold build (empty cache)", cold, plain_cold))

        warm, plain_warm = [], []
        for attempt in range(REPEATS):
            edit(project, f"prose edit {attempt}")
            warm.append(build(project, ours_cache))
            plain_warm.append(build(project, plain_cache, plain))
        rows.append(("warm rebuild after a prose edit", statistics.median(warm), statistics.median(plain_warm)))

        # The English edition's cost: the same warm rebuild with the English edition turned off.
        ours_zh, plain_zh = chinese_only(project, "mkdocs.yml"), chinese_only(project, plain)
        warm_zh, plain_warm_zh = [], []
        for attempt in range(REPEATS):
            edit(project, f"prose edit, Chinese only {attempt}")
            warm_zh.append(build(project, ours_cache, ours_zh))
            plain_warm_zh.append(build(project, plain_cache, plain_zh))
        rows.append(("warm rebuild, Chinese edition only", statistics.median(warm_zh), statistics.median(plain_warm_zh)))
        english = (statistics.median(warm) - statistics.median(warm_zh), statistics.median(plain_warm)
                   - statistics.median(plain_warm_zh))

        reload = serve_reloads(project, ours_cache, "mkdocs.yml", "ours")
        plain_reload = serve_reloads(project, plain_cache, plain, "plain")
        rows.append(("mkdocs serve: edit saved → page served", statistics.median(reload),
                     statistics.median(plain_reload)))

    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"{'':42} {'ours s':>8} {'plain s':>8} {'ratio':>7}")
    for label, ours, base in rows:
        print(f"{label:42} {ours:8.2f} {base:8.2f} {ours / base:6.2f}x")
    print(f"{'the English edition adds to a warm rebuild':42} {english[0]:8.2f} {english[1]:8.2f}   "
          f"({english[0] / (rows[1][1] - english[0]):.0%} of ours without it, "
          f"{english[1] / (rows[1][2] - english[1]):.0%} of plain's)")
    if not options.no_tests:
        start = time.perf_counter()
        result = subprocess.run([str(BIN / "python"), "-m", "pytest", "-n", "2", "-q", "-p", "no:cacheprovider"],
                                cwd=ROOT, capture_output=True, text=True)
        seconds = time.perf_counter() - start
        outcome = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else f"exit {result.returncode}"
        print(f"{'make test (pytest -n 2, this checkout)':42} {seconds:8.2f}   {outcome}")


if __name__ == "__main__":
    main()
