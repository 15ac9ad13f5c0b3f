"""The offline copy: the site as a zip that works from disk (``file://``), search included.

``make offline`` builds with ``OFFLINE=true``, which turns on Material's ``offline``
plugin (configured in ``mkdocs.yml``): no directory URLs, and the search index
inlined as a script.  ``offline/make_zip.py`` then zips that build.  This hook does
what the plugin leaves to us:

* The plugin loads the ``iframe-worker`` shim (search runs in a Web Worker, which
  browsers refuse from ``file://``) from unpkg.com.  We load nothing from third
  parties: the shim comes from npm (``package.json``) and is copied into the build;
  naming it in ``extra.polyfills`` first keeps the plugin from adding its CDN address.
* ``[[offline-copy]]`` on a page becomes the download link of the zip.  A build with
  ``OFFLINE_ZIP=path`` (the Pages workflow, after ``make offline``) publishes that
  file as ``offline.zip``; a missing file stops the build.  Without it (``make serve``)
  the marker says how to make the zip, and inside the offline copy itself it says so.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

PUBLISHED_AS = "offline.zip"
SHIM = "assets/javascripts/iframe-worker.js"


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and bool(plugin.config.get("enabled"))


@event_priority(10)  # before the offline plugin (0) adds the shim from unpkg.com
def on_config(config: MkDocsConfig) -> MkDocsConfig:
    if _offline(config):
        config.extra["polyfills"] = [SHIM]
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    if _offline(config):
        shim = Path(config.config_file_path).parent / "node_modules" / "iframe-worker" / "shim" / "index.js"
        if not shim.is_file():
            raise PluginError(f"iframe-worker is not installed ({shim} is missing): run 'make setup'")
        files.append(File.generated(config, SHIM, abs_src_path=str(shim)))
    archive = os.environ.get("OFFLINE_ZIP")
    if archive:
        path = Path(archive).resolve()
        if not path.is_file():
            raise PluginError(f"OFFLINE_ZIP={archive}: no such file; run 'make offline' first")
        files.append(File.generated(config, PUBLISHED_AS, abs_src_path=str(path)))
    return files


@renders("offline-copy")
def render_offline_link(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[offline-copy]]``: the zip's download link; how to make it when it is not published."""
    if marker.argument is not None:
        raise MarkerError(f"[[{marker.kind}]] takes no argument")
    words = WORDS[language_of(page.file.src_uri)]
    if _offline(config):
        return words["here"]
    if files.get_file_from_path(PUBLISHED_AS) is not None:
        return words["link"].format(f"{'../' * page.file.src_uri.count('/')}{PUBLISHED_AS}")
    return words["absent"]


#: What the marker says, in each language.
WORDS = {
    "zh": {"here": "你正在读的就是离线版。",
           "link": "[下载离线版（ZIP）]({}){{ .offline-link download }}，解压后用浏览器打开其中的 `index.html`：不联网也能读、能搜索。",
           "absent": "离线版（ZIP）随网站发布；本地用 `make offline` 生成。"},
    "en": {"here": "You are reading the offline copy.",
           "link": "[Download the offline copy (ZIP)]({}){{ .offline-link download }}, unzip it and open its "
                   "`index.html` in a browser: it reads and searches without a network.",
           "absent": "The offline copy (ZIP) is published with the site; `make offline` makes it locally."},
}
