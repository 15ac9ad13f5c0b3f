"""Lighthouse on every chapter (mobile profile) and bytes on first load, printed as a table.

Run with ``make audit`` after ``make build``: serves ``site/`` on 127.0.0.1 (gzip, as
GitHub Pages does) and
runs the npm package ``lighthouse`` against Debian's chromium (``CHROME_PATH``).
Targets: performance ≥ 95, accessibility 100, best practices ≥ 95, SEO ≥ 95,
≤ 400 KB transferred per chapter on first load.  Measurements, not tests: the
table is printed, and the exit status says whether every target was met.
Lighthouse's performance score moves by several points between runs on a
two-core machine, so each page is audited three times and the median reported.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NODE = Path(sys.executable).parent / "node"
LIGHTHOUSE = ROOT / "node_modules" / "lighthouse" / "cli" / "index.js"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TARGETS = {"performance": 95, "accessibility": 100, "best-practices": 95, "seo": 95}
MAX_KB = 400
RUNS = 3
CHAPTERS = ("", "least-squares/", "cross-entropy/", "maximum-likelihood/", "normal-least-squares/",
            "categorical-cross-entropy/", "cross-entropy-from-likelihood/", "cross-entropy-from-information/",
            "summary/")


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: text compressed with gzip when the browser asks."""

    COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".ipynb")

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # noqa: ANN201 - http.server's own signature
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        if (path.suffix not in self.COMPRESSIBLE or not path.is_file()
                or "gzip" not in self.headers.get("Accept-Encoding", "")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def audit(url: str, scratch: Path) -> dict[str, float]:
    report = scratch / "report.json"
    flags = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"
    subprocess.run(
        [str(NODE), str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={report}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
        check=True, env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, timeout=300,
    )
    data = json.loads(report.read_text(encoding="utf-8"))
    scores = {name: round(100 * data["categories"][name]["score"]) for name in CATEGORIES}
    scores["kb"] = data["audits"]["total-byte-weight"]["numericValue"] / 1024
    return scores


def main() -> int:
    site = ROOT / "site"
    if not (site / "index.html").is_file():
        print("no site/: run 'make build' first", file=sys.stderr)
        return 2
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(GzipHandler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    missed = []
    print(f"{'page':34} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'KB':>7}")
    with tempfile.TemporaryDirectory() as scratch:
        for chapter in CHAPTERS:
            runs = [audit(base + chapter, Path(scratch)) for _ in range(RUNS)]
            scores = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            print(f"{chapter or '(home)':34} {scores['performance']:5.0f} {scores['accessibility']:5.0f} "
                  f"{scores['best-practices']:5.0f} {scores['seo']:5.0f} {scores['kb']:7.0f}")
            missed += [f"{chapter or 'home'}: {name} {scores[name]} < {target}"
                       for name, target in TARGETS.items() if scores[name] < target]
            if scores["kb"] > MAX_KB:
                missed.append(f"{chapter or 'home'}: {scores['kb']:.0f} KB > {MAX_KB} KB")
    server.shutdown()
    print("\nall targets met" if not missed else "\ntargets missed:\n  " + "\n  ".join(missed))
    return 0 if not missed else 1


if __name__ == "__main__":
    sys.exit(main())
