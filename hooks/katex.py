"""Copy KaTeX from node_modules into the site, so math renders with no network.

KaTeX is installed from the npm registry by ``make setup`` (pinned in
package.json and package-lock.json) and never committed.  Only the WOFF2
fonts are copied: every browser that runs KaTeX reads WOFF2.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

TARGET = "assets/katex"


def on_files(files: Files, config: MkDocsConfig) -> Files:
    dist = Path(config.config_file_path).parent / "node_modules" / "katex" / "dist"
    wanted = [dist / "katex.min.js", dist / "katex.min.css", *sorted((dist / "fonts").glob("*.woff2"))]
    missing = [str(path) for path in wanted[:2] if not path.is_file()]
    if missing or len(wanted) == 2:
        raise PluginError(f"KaTeX is not installed ({', '.join(missing) or 'no fonts'}): run 'make setup'")
    for path in wanted:
        uri = f"{TARGET}/{path.relative_to(dist).as_posix()}"
        files.append(File.generated(config, uri, abs_src_path=str(path)))
    return files
