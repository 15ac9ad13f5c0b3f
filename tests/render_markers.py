"""Render pages' Markdown through the site's hooks in one process, without building the site.

``python -m tests.render_markers`` reads ``[[uri, markdown], …]`` as JSON on stdin, loads the
site's configuration (its hooks register their marker renderers), runs the build's ``on_files``
once (the claims, figures and equation numbers the renderers need; cached work comes from the
build cache) and prints ``{"kinds": [the marker kinds with a renderer], "pages": [{"markdown": …} or {"error": …}, …]}``:
for each page what ``on_page_markdown`` of the whole site turns it into, or the build error it raises.

A separate process: loading the hooks re-imports ``snippets``, which a test process must not see.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import get_files
from mkdocs.structure.pages import Page

from sitekit.markers import RENDERERS

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    requests = json.load(sys.stdin)
    config = load_config(str(ROOT / "mkdocs.yml"), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_pre_build(config=config)
    files = config.plugins.on_files(get_files(config), config=config)
    answers = []
    for uri, markdown in requests:
        file = files.get_file_from_path(uri)
        file.content_string = markdown
        page = Page(None, file, config)
        try:
            page.read_source(config)
            rendered = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
            answers.append({"markdown": rendered})
        except PluginError as error:
            answers.append({"error": str(error)})
    json.dump({"kinds": sorted(RENDERERS), "pages": answers}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
