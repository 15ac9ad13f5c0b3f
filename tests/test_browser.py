"""In a real browser (Debian's chromium through Playwright), every page typesets its math offline.

The site is served on 127.0.0.1; any request to another host is blocked and
fails the test, as do console errors, failed requests and KaTeX errors.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=built_site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    assert Path(CHROMIUM).exists(), f"chromium not found at {CHROMIUM}: run 'make test' (it installs it)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


class Visit:
    """A page opened with every outside request blocked and every problem recorded."""

    def __init__(self, browser: Browser, site_url: str, path: str) -> None:
        self.problems: list[str] = []
        self.page: Page = browser.new_page()
        own_host = urlsplit(site_url).netloc

        def route(route) -> None:
            if urlsplit(route.request.url).netloc == own_host:
                route.continue_()
            else:
                self.problems.append(f"request to another host: {route.request.url}")
                route.abort()

        self.page.route("**/*", route)
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(f"console: {m.text}"))
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("response", lambda r: r.status >= 400 and self.problems.append(f"{r.status} {r.url}"))
        self.page.goto(site_url + path, wait_until="networkidle")


def expected_pages() -> list[str]:
    """Every page the site should have: the chapters, the ledger and one per snippet module."""
    from tests.conftest import ROOT

    chapters = sorted(p.stem for p in (ROOT / "docs").glob("*.md"))
    sources = sorted(f"source/{p.stem}" for p in (ROOT / "snippets").glob("*.py"))
    notebooks = sorted(f"notebooks/{p.stem}" for p in (ROOT / "docs" / "notebooks").glob("*.py"))
    return (["" if c == "index" else f"{c}/" for c in chapters] + ["ledger/"]
            + [f"{s}/" for s in sources] + [f"{n}/" for n in notebooks])


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", expected_pages())


def test_page_typesets_all_math_offline(browser: Browser, site_url: str, page_path: str) -> None:
    visit = Visit(browser, site_url, page_path)
    page = visit.page
    total = page.locator(".arithmatex").count()
    typeset = page.locator(".arithmatex .katex").count()
    errors = page.locator(".katex-error").count()
    visible = page.evaluate("""() => {
        const article = document.querySelector("article").cloneNode(true);
        article.querySelectorAll("pre, code, .highlight").forEach((element) => element.remove());
        return article.innerText;
    }""")  # code may show TeX source; prose and math may not
    page.close()
    assert visit.problems == []
    assert (typeset, errors) == (total, 0)
    assert not any(raw in visible for raw in ("\\(", "\\[", "$$")), "raw TeX is visible"


def test_every_built_page_is_checked(built_site: Path) -> None:
    built = {p.parent.relative_to(built_site).as_posix() + "/" for p in built_site.rglob("index.html")}
    assert sorted(p.removeprefix("./") for p in built) == sorted(expected_pages())


def test_clicking_a_number_shows_the_function_that_computed_it(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "cross-entropy/")
    claim = visit.page.locator('span.claim[data-claim="cross_entropy.cat_confident_loss"]').first
    claim.click()
    note = claim.locator(".claim-popover").inner_text()
    claim.locator(".claim-popover a").click()
    visit.page.wait_for_load_state("networkidle")
    url = visit.page.url
    visit.page.close()
    assert "snippets/cross_entropy.py · cat_confident_loss()" in note
    assert url.endswith("/ledger/#cross_entropy.cat_confident_loss")
    assert visit.problems == []


def test_dark_mode_toggle_persists_across_pages(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "")
    page = visit.page
    before = page.get_attribute("body", "data-md-color-scheme")
    page.locator("label.md-header__button[for^='__palette']:visible").first.click()
    after = page.get_attribute("body", "data-md-color-scheme")
    page.goto(site_url + "least-squares/", wait_until="networkidle")
    kept = page.get_attribute("body", "data-md-color-scheme")
    page.close()
    assert before != after and kept == after
