"""The offline copy (``make offline``): a zip of the site that works when opened from disk.

The zip is made once per session (fixture ``offline_zip`` in conftest.py) exactly as
``make offline`` makes it, unpacked into a temporary folder, and opened in Chromium
with ``file://`` addresses: no server, no network.
"""

from __future__ import annotations

import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from offline.make_zip import FOLDER, zip_site
from tests.test_browser import Visit, browser, first_result  # noqa: F401 - the browser fixture, shared

#: The chapters a reader should be able to walk through from the home page.
CHAPTERS = ("least-squares", "cross-entropy", "maximum-likelihood", "normal-least-squares",
            "categorical-cross-entropy", "cross-entropy-from-likelihood", "cross-entropy-from-information",
            "summary")


@pytest.fixture(scope="module")
def unpacked(offline_zip: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The zip unpacked as a reader would: one folder with ``index.html`` in it."""
    target = tmp_path_factory.mktemp("unpacked")
    with zipfile.ZipFile(offline_zip) as archive:
        archive.extractall(target)
    return target / FOLDER


class _Links(HTMLParser):
    """Every address a page loads or links to: ``href``, ``src`` and each ``srcset`` candidate."""

    def __init__(self) -> None:
        super().__init__()
        self.addresses: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is None:
                continue
            if name in ("href", "src"):
                self.addresses.append(value)
            elif name == "srcset":
                self.addresses += [candidate.split()[0] for candidate in value.split(",") if candidate.strip()]


def test_zip_holds_one_folder_with_the_home_page(offline_zip: Path) -> None:
    with zipfile.ZipFile(offline_zip) as archive:
        names = archive.namelist()
    assert f"{FOLDER}/index.html" in names
    assert all(name.startswith(f"{FOLDER}/") for name in names)
    assert f"{FOLDER}/404.html" not in names, "the 404 page links from a server's root"
    assert f"{FOLDER}/search/search_index.js" in names, "search from disk needs the inlined index"
    for chapter in CHAPTERS:
        assert f"{FOLDER}/{chapter}.html" in names, f"{chapter}: pages are files, not folders, offline"


def test_every_link_of_every_page_resolves_to_a_file_on_disk(unpacked: Path) -> None:
    broken = []
    pages = sorted(unpacked.rglob("*.html"))
    assert len(pages) > len(CHAPTERS)
    for page in pages:
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        for address in parser.addresses:
            parts = urlsplit(address)
            if parts.scheme or address.startswith("//") or not parts.path:
                continue  # outside links, and anchors on the same page
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():  # a folder would show a file listing, not a page
                broken.append(f"{page.relative_to(unpacked)}: {address}")
    assert broken == []


def test_nothing_is_loaded_from_another_host(unpacked: Path) -> None:
    """The plugin would load its iframe-worker shim from unpkg.com; ours comes from npm, copied in."""
    loaded = []
    for page in sorted(unpacked.rglob("*.html")):
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        loaded += [f"{page.name}: {tag.get('src') or tag.get('href')}"
                   for tag in soup.select("script[src], link[rel=stylesheet], img[src]")
                   if urlsplit(tag.get("src") or tag.get("href")).scheme not in ("", "data")]
    assert loaded == []
    home = BeautifulSoup((unpacked / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one('script[src="assets/javascripts/iframe-worker.js"]') is not None
    assert (unpacked / "assets" / "javascripts" / "iframe-worker.js").is_file()


def test_the_same_build_zips_to_the_same_bytes(offline_site: Path, offline_zip: Path, tmp_path: Path) -> None:
    import os

    again = zip_site(offline_site, tmp_path / "again.zip", int(os.environ.get("SOURCE_DATE_EPOCH") or 1744948281))
    assert again == offline_zip.read_bytes()


def test_home_page_links_the_published_zip(built_site: Path, offline_zip: Path) -> None:
    assert (built_site / "offline.zip").read_bytes() == offline_zip.read_bytes()
    soup = BeautifulSoup((built_site / "index.html").read_text(encoding="utf-8"), "html.parser")
    link = soup.select_one("a.offline-link")
    assert link is not None and link["href"] == "offline.zip" and link.has_attr("download")


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
def test_opened_from_disk_it_navigates_between_chapters(browser: Browser, unpacked: Path,  # noqa: F811
                                                        width: int) -> None:
    visit = Visit(browser, unpacked.as_uri() + "/", "index.html", width=width, height=844)
    page = visit.page
    page.locator("article a[href='least-squares.html']").first.click()  # 从最小二乘法开始
    page.wait_for_load_state()
    assert page.url == (unpacked / "least-squares.html").as_uri()
    assert page.title().startswith("最小二乘法")
    page.locator("a.md-footer__link--next").click()  # 下一页 at the foot of the chapter
    page.wait_for_load_state()
    assert page.url == (unpacked / "cross-entropy.html").as_uri()
    assert page.locator(".arithmatex .katex").count() > 0
    page.close()
    assert visit.problems == []


@pytest.mark.browser
def test_opened_from_disk_search_finds_cross_entropy(browser: Browser, unpacked: Path) -> None:  # noqa: F811
    visit = Visit(browser, unpacked.as_uri() + "/", "index.html")
    page = visit.page
    href = first_result(page, "交叉熵")
    assert urlsplit(href).path == (unpacked / "cross-entropy.html").as_uri()[len("file://"):]
    page.locator(".md-search-result__item > a").first.click()
    page.wait_for_load_state()
    assert urlsplit(page.url).path == (unpacked / "cross-entropy.html").as_uri()[len("file://"):]
    page.close()
    assert visit.problems == []


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_printed_addresses_are_those_of_the_published_site(built_site: Path, unpacked: Path, chapter: str) -> None:
    """Printed from the offline copy, a chapter gives the same link addresses as printed from the site."""
    def printed(page: Path) -> list[str]:
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        return [link["data-print-href"] for link in soup.select("article a[data-print-href]")]

    offline, online = printed(unpacked / f"{chapter}.html"), printed(built_site / chapter / "index.html")
    assert offline and not any(".html" in address for address in offline)
    assert offline == online


@pytest.mark.browser
def test_the_english_edition_opened_from_disk_searches_in_english_and_switches_language(
        browser: Browser, unpacked: Path) -> None:  # noqa: F811
    visit = Visit(browser, unpacked.as_uri() + "/", "en/index.html")
    page = visit.page
    first = first_result(page, "Bernoulli")  # the English index, inlined as a script beside the English pages
    assert urlsplit(first).path == (unpacked / "en" / "categorical-cross-entropy.html").as_uri()[len("file://"):]
    page.goto((unpacked / "en" / "cross-entropy.html").as_uri() + "#s2-3-principle")
    page.locator(".md-header__option .md-select").first.hover()
    with page.expect_navigation():
        page.locator('a.md-select__link[hreflang="zh"]').click()
    assert page.url == (unpacked / "cross-entropy.html").as_uri() + "#s2-3-principle"
    page.close()
    assert visit.problems == []
