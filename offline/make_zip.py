"""``make offline``: the whole site as a zip that a reader opens from disk.

1. Build the site with ``OFFLINE=true``: Material's ``offline`` plugin writes pages
   without directory URLs (``least-squares.html``) and inlines the search index, so
   navigation and search work from ``file://`` (see ``mkdocs.yml``, ``hooks/offline.py``).
2. Zip that build under one folder, :data:`FOLDER`, with ``index.html`` inside it
   (but not the 404 page, which links from a server's root).
   The zip is byte-for-byte repeatable: entries in sorted order, every date from
   ``SOURCE_DATE_EPOCH``, the same permissions.

Usage: ``python offline/make_zip.py OUT.zip [--site-dir DIR] [--no-build]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: The folder a reader gets when unzipping; it holds ``index.html``.
FOLDER = "likelihood-cross-entropy"
#: Left out: the 404 page links from the server's root, which means nothing on disk.
LEFT_OUT = {"404.html"}
#: ZIP cannot store dates before 1980.
EARLIEST = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)


def build(site_dir: Path) -> None:
    """Build the offline flavour of the site."""
    env = dict(os.environ, OFFLINE="true")
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site_dir)],
                   cwd=ROOT, env=env, check=True)


def zip_site(site_dir: Path, out: Path, epoch: int) -> bytes:
    """Every file of ``site_dir`` under :data:`FOLDER`, deterministically; returns the bytes written."""
    when = max(dt.datetime.fromtimestamp(epoch, dt.UTC), EARLIEST).timetuple()[:6]
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with zipfile.ZipFile(partial, "w") as archive:
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            name = path.relative_to(site_dir).as_posix()
            if name in LEFT_OUT:
                continue
            info = zipfile.ZipInfo(f"{FOLDER}/{name}", date_time=when)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)
    partial.replace(out)
    return out.read_bytes()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the zip")
    parser.add_argument("--site-dir", type=Path, default=ROOT / ".cache" / "offline" / "site")
    parser.add_argument("--no-build", action="store_true", help="zip an existing offline build")
    options = parser.parse_args()
    if not options.no_build:
        build(options.site_dir)
    data = zip_site(options.site_dir, options.out, int(os.environ.get("SOURCE_DATE_EPOCH") or 0))
    print(f"wrote {options.out} ({len(data) // 1024} KB)")


if __name__ == "__main__":
    main()
