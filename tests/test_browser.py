"""In a real browser (Debian's chromium through Playwright), every page typesets its math offline.

The site is served on 127.0.0.1; any request to another host is blocked and
fails the test, as do console errors, failed requests and KaTeX errors.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    """A test closes a page once it has what it checks; the page's late requests (the search index)
    then meet a closed socket, which is no error of the site."""

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=built_site))
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
    """A page opened with every outside request blocked (the network is cut) and every problem recorded."""

    def __init__(self, browser: Browser, site_url: str, path: str, width: int = 1280, height: int = 900,
                 scheme: str | None = None) -> None:
        self.problems: list[str] = []
        self.page: Page = browser.new_page(viewport={"width": width, "height": height})
        if scheme is not None:  # Material keeps the chosen palette in localStorage
            self.page.add_init_script(
                "localStorage.setItem('/.__palette', JSON.stringify({index: %d, color: {media: '', scheme: '%s', "
                "primary: 'indigo', accent: '%s'}}))" % (0 if scheme == "default" else 1, scheme,
                                                         "indigo" if scheme == "default" else "amber"))
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
        # Conditions, not a quiet period: the page's load event, then its web fonts (KaTeX's) in place.
        self.page.goto(site_url + path, wait_until="load")
        self.page.evaluate("document.fonts.ready.then(() => true)")


#: Layout shifts the page has had so far (Chromium's layout-shift entries, input-driven ones excluded).
LAYOUT_SHIFT = """() => new Promise((resolve) => {
    let total = 0;
    new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
    }).observe({type: "layout-shift", buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
})"""
def expected_pages() -> list[str]:
    """Every page the site should have: the chapters, the ledger and one per snippet module."""
    from tests.conftest import ROOT

    chapters = sorted(p.stem for p in (ROOT / "docs").glob("*.md"))  # least-squares, least-squares.en, …
    package = ROOT / "snippets"  # a page per shared module and per chapter package
    sources = sorted({f"source/{p.relative_to(package).parts[0].removesuffix('.py')}" for p in package.rglob("*.py")})
    notebooks = sorted(f"notebooks/{p.stem}" for p in (ROOT / "docs" / "notebooks").glob("*.py"))

    def served(stem: str) -> str:  # least-squares.en → en/least-squares/; index.en → en/
        name, _, language = stem.partition(".")
        folder = f"{language}/" if language else ""
        return folder if name == "index" else f"{folder}{name}/"

    return ([served(c) for c in chapters] + ["ledger/", "en/ledger/"]
            + [f"{s}/" for s in sources] + [f"{n}/" for n in notebooks])


def generated_kinds() -> dict[str, list[str]]:
    """The pages one generator writes from one template, by kind: each snippet's source, each notebook."""
    pages = expected_pages()
    return {kind: [p for p in pages if p.startswith(kind)] for kind in ("source/", "notebooks/")}


def largest(kind: str) -> str:
    """The kind's page with the most content (the longest source file or notebook): its stand-in for axe."""
    from tests.conftest import ROOT

    folder = ROOT / ("snippets" if kind == "source/" else "docs/notebooks")
    sizes: dict[str, int] = {}  # by page: a chapter package's files share one
    for path in folder.rglob("*.py"):
        page = path.relative_to(folder).parts[0].removesuffix(".py")
        sizes[page] = sizes.get(page, 0) + path.stat().st_size
    return f"{kind}{max(sizes, key=sizes.get)}/"


#: The pages axe-core audits: every page written by hand, and for each generated kind its largest
#: page — the others share its template and differ only in the code or notebook they show.
AUDITED = [p for p in expected_pages() if not p.startswith(tuple(generated_kinds()))] + [largest(k) for k in generated_kinds()]
#: Every generated page: each is visited once on a phone (loads offline, typesets its math, fits).
GENERATED = [p for pages in generated_kinds().values() for p in pages]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "page_path" in metafunc.fixturenames:
        metafunc.parametrize("page_path", AUDITED)
    if "generated_page" in metafunc.fixturenames:
        metafunc.parametrize("generated_page", GENERATED)


def test_page_typesets_its_math_offline_and_passes_axe(browser: Browser, site_url: str, page_path: str) -> None:
    """One visit per page at 1280 px for the checks that only read it: math typeset, then axe-core."""
    visit = Visit(browser, site_url, page_path)
    page = visit.page
    total = page.locator(".arithmatex").count()
    typeset = page.locator(".arithmatex:has(.katex)").count()  # a breakable formula holds two typesettings
    errors = page.locator(".katex-error").count()
    visible = page.evaluate("""() => {
        const article = document.querySelector("article").cloneNode(true);
        article.querySelectorAll("pre, code, .highlight").forEach((element) => element.remove());
        return article.innerText;
    }""")  # code may show TeX source; prose and math may not
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""async () => {
        const { violations } = await axe.run(document, { resultTypes: ["violations"] });
        return violations.filter((v) => ["serious", "critical"].includes(v.impact))
            .map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
    }""")
    facts = page.evaluate("""() => ({
        lang: document.documentElement.lang,
        imagesWithoutAlt: [...document.querySelectorAll("article img")].filter((i) => !i.alt).length,
        mathWithoutMathML: [...document.querySelectorAll(".arithmatex")].filter((m) => !m.querySelector("math")).length,
        headings: [...document.querySelectorAll("article h1, article h2, article h3, article h4")]
            .map((h) => Number(h.tagName[1])),
    })""")
    page.close()
    assert visit.problems == []
    assert (typeset, errors) == (total, 0)
    assert not any(raw in visible for raw in ("\\(", "\\[", "$$")), "raw TeX is visible"
    assert violations == [], "axe-core: serious or critical violations"
    assert facts["lang"] == ("en" if page_path.startswith("en/") else "zh")
    assert facts["imagesWithoutAlt"] == 0 and facts["mathWithoutMathML"] == 0
    levels = facts["headings"]
    assert levels and levels[0] == 1 and all(b - a <= 1 for a, b in zip(levels, levels[1:])), levels


def test_generated_page_loads_offline_typesets_its_math_and_fits_a_phone(browser: Browser, site_url: str,
                                                                         generated_page: str) -> None:
    """One visit at 390 px per code or notebook page (the largest of each kind is audited above too)."""
    visit = Visit(browser, site_url, generated_page, width=390, height=844)
    page = visit.page
    counts = page.evaluate("""() => ({
        math: document.querySelectorAll(".arithmatex").length,
        typeset: document.querySelectorAll(".arithmatex:has(.katex)").length,
        errors: document.querySelectorAll(".katex-error").length,
        lang: document.documentElement.lang,
        h1: document.querySelectorAll("article h1").length,
    })""")
    widths = page.evaluate(PHONE_WIDTHS)  # it never scrolls sideways: code scrolls in its own box
    page.close()
    assert visit.problems == []
    assert counts["typeset"] == counts["math"] and counts["errors"] == 0
    assert counts["lang"] == "zh" and counts["h1"] == 1
    assert widths == PHONE_FITS


def test_every_built_page_is_checked(built_site: Path) -> None:
    built = {p.parent.relative_to(built_site).as_posix() + "/" for p in built_site.rglob("index.html")}
    assert sorted(p.removeprefix("./") for p in built) == sorted(expected_pages())


def test_clicking_a_number_says_what_it_is_and_links_its_ledger_row(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "cross-entropy/")
    claim = visit.page.locator('span.claim[role=button][data-claim="cross_entropy.cat_confident_loss"]').first
    claim.click()
    note = claim.locator(".claim-popover").inner_text()
    expanded = claim.get_attribute("aria-expanded")
    claim.locator(".claim-popover a", has_text="数字核对").click()
    visit.page.wait_for_load_state("networkidle")
    url = visit.page.url
    highlighted = visit.page.evaluate(
        "getComputedStyle(document.getElementById('cross_entropy.cat_confident_loss')).outlineStyle")
    visit.page.close()
    assert highlighted == "solid"  # the row the popup linked to stands out
    assert "−log 0.9，猜对时的损失" in note and "原文印作 0.105" in note and expanded == "true"
    assert url.endswith("/ledger/#cross_entropy.cat_confident_loss")
    assert visit.problems == []


def test_a_number_inside_a_formula_opens_its_popup_too(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "least-squares/")
    number = visit.page.locator('.katex [data-claim="least_squares.noisy_slope"]').first
    number.click()
    note = visit.page.locator(".claim-popover").inner_text()
    visit.page.close()
    assert "带噪声销量的最小二乘 w" in note and visit.problems == []


@pytest.mark.parametrize("chapter", ["least-squares/", "cross-entropy/", "maximum-likelihood/",
                                     "normal-least-squares/", "cross-entropy-from-information/"])
def test_a_tapped_number_stays_on_screen_and_closes_on_outside_tap_or_escape(browser: Browser, site_url: str,
                                                                            chapter: str) -> None:
    visit = Visit(browser, site_url, chapter, width=390, height=844)
    page = visit.page
    # the number nearest the right edge of the screen, whose popup would run off it
    index = page.evaluate("""() => {
        document.querySelectorAll("article details.note").forEach((d) => { d.open = true; });
        const claims = [...document.querySelectorAll("article .claim[role='button']")]
            .filter((c) => c.getClientRects().length && !c.closest("details:not([open])"));
        const rights = claims.map((c) => c.getBoundingClientRect().right);
        return [...document.querySelectorAll("article .claim[role='button']")].indexOf(
            claims[rights.indexOf(Math.max(...rights))]);
    }""")
    claim = page.locator("article .claim[role='button']").nth(index)
    claim.scroll_into_view_if_needed()
    claim.click()
    box = page.locator(".claim-popover").bounding_box()
    page.mouse.click(5, 400)  # a tap beside the text
    after_outside_tap = page.locator(".claim-popover").count()
    claim.focus()
    page.keyboard.press("Enter")
    opened_by_keyboard = page.locator(".claim-popover").count()
    page.keyboard.press("Escape")
    after_escape = page.locator(".claim-popover").count()
    page.close()
    assert visit.problems == []
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390, box
    assert after_outside_tap == 0 and opened_by_keyboard == 1 and after_escape == 0


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


def test_equations_are_numbered_and_references_link_to_them(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "categorical-cross-entropy/")
    page = visit.page
    tags = page.locator("div.equation .katex-display .katex-tag").filter(visible=True).all_inner_texts()
    target = page.locator('a[href="#eq-bernoulli-log-likelihood"]').first.inner_text()
    page.close()
    assert tags == [f"({n})" for n in range(1, len(tags) + 1)] and len(tags) >= 4
    assert target == "(2)" and tags[1] == "(2)"


#: What makes a page scroll sideways on a phone: the page's width, elements wider than the screen, math
#: boxes that do not scroll on their own.  Measured on every page written by hand in both palettes (by
#: test_phone_shows_every_formula_number_and_figure_whole, in the same visit); here on the generated pages,
#: in one palette (a generated page's palette changes only colours).
PHONE_WIDTHS = """() => ({
        page: document.documentElement.scrollWidth,
        tooWide: [...document.querySelectorAll("article img, article table, article figure, .katex-display")]
            .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 &&
                           !e.closest(".arithmatex, .md-typeset__table, .jp-OutputArea-output, pre")).length,
        mathBoxes: [...document.querySelectorAll("div.arithmatex")]
            .filter((e) => getComputedStyle(e).overflowX !== "auto").length,
    })"""
PHONE_FITS = {"page": 390, "tooWide": 0, "mathBoxes": 0}


CHAPTERS = [p for p in expected_pages() if not p.startswith(tuple(generated_kinds()))]


@functools.cache
def smallest_text_pt() -> dict[str, float]:
    """Smallest text, in points, of each figure's phone variant, by its file stem ``module/name``."""
    import dataclasses

    import matplotlib

    from snippets.claim import chapter_parts
    from snippets.figures import SCHEMES, _style, smallest_text

    scheme = dataclasses.replace(SCHEMES["light"], narrow=True)
    sizes = {}
    with matplotlib.rc_context(_style(scheme)):
        for chapter, module in chapter_parts("figures").items():
            for spec in module.FIGURES:
                sizes[f"{chapter}/{spec.name}"] = smallest_text(spec.plot(scheme))
    return sizes


@pytest.mark.parametrize("scheme", ["default", "slate"])
@pytest.mark.parametrize("chapter", CHAPTERS)
def test_phone_shows_every_formula_number_and_figure_whole(browser: Browser, site_url: str, chapter: str,
                                                           scheme: str) -> None:
    """At 390 × 844: the page never scrolls sideways; every aside opened, no display formula wider than its
    column, every equation number on screen, figures drawn for the phone with text of at least 11 CSS px,
    captions upright."""
    visit = Visit(browser, site_url, chapter, width=390, height=844, scheme=scheme)
    page = visit.page
    widths = page.evaluate(PHONE_WIDTHS)  # as the page opens: it never scrolls sideways
    facts = page.evaluate("""async () => {
        document.querySelectorAll("article details").forEach((d) => { d.open = true; });  // what a reader may open
        const shown = (e) => e.getClientRects().length > 0 && !e.closest("details:not([open])");
        const formulas = [...document.querySelectorAll("article div.arithmatex")].filter(shown);
        // a formula is whole when its rightmost glyph ends inside its box and inside the screen
        const clipped = formulas.filter((box) => {
            const html = [...box.querySelectorAll(".katex-html")].find(shown);
            if (!html) return false;
            const glyphs = [...html.querySelectorAll("*")].filter((e) => !e.children.length && e.textContent.trim());
            const right = Math.max(...glyphs.map((e) => e.getBoundingClientRect().right));
            return right > Math.min(box.getBoundingClientRect().right, window.innerWidth) + 1;
        }).map((box) => box.textContent.slice(0, 50));
        const tagsOff = [...document.querySelectorAll("article .katex-display .tag")].filter(shown).filter((tag) => {
            const r = tag.getBoundingClientRect(), box = tag.closest("div.arithmatex").getBoundingClientRect();
            return r.left < 0 || r.right > Math.min(window.innerWidth, box.right) + 1;
        }).map((tag) => tag.textContent);
        const images = [...document.querySelectorAll("article img.figure-image")].filter(shown);
        const figures = [];
        for (const img of images) {
            img.loading = "eager";
            await img.decode().catch(() => {});
            const svg = await (await fetch(img.currentSrc)).text();
            figures.push({src: new URL(img.currentSrc).pathname, cssWidth: img.getBoundingClientRect().width,
                          widthPt: parseFloat(svg.match(/<svg[^>]* width="([\\d.]+)pt"/)[1])});
        }
        const captions = [...document.querySelectorAll("article figcaption")].map((c) => getComputedStyle(c).fontStyle);
        return {clipped, tagsOff, figures, captions};
    }""")
    page.close()
    assert visit.problems == []
    assert widths == PHONE_FITS, "the page scrolls sideways"
    assert facts["clipped"] == [] and facts["tagsOff"] == []
    smallest = smallest_text_pt()
    for figure in facts["figures"]:
        stem = re.search(r"figures/(\w+/\w+)\.narrow(?:\.dark)?\.svg$", figure["src"])
        assert stem, f"not the phone variant: {figure['src']}"
        css_px = smallest[stem[1]] * figure["cssWidth"] / figure["widthPt"]
        assert css_px >= 11, f"{stem[1]}: smallest text {css_px:.1f} CSS px"
    assert set(facts["captions"]) <= {"normal"}


def contrast(foreground: str, background: str) -> float:
    def luminance(rgb: str) -> float:
        channels = [int(v) / 255 for v in re.findall(r"\d+", rgb)[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_text_and_math_are_legible_in_both_palettes(browser: Browser, site_url: str, scheme: str) -> None:
    visit = Visit(browser, site_url, "normal-least-squares/", scheme=scheme)
    page = visit.page
    colours = page.evaluate("""() => {
        const colour = (selector, property) => getComputedStyle(document.querySelector(selector))[property];
        return {
            background: colour("body", "backgroundColor"),
            text: colour("article p", "color"),
            math: colour("article .katex", "color"),
            claim: colour("article .claim", "color"),
            scheme: document.body.getAttribute("data-md-color-scheme"),
        };
    }""")
    visible_figures = page.locator("figure img:visible").evaluate_all("(imgs) => imgs.map((i) => i.src)")
    page.close()
    assert colours["scheme"] == scheme
    for role in ("text", "math", "claim"):
        assert contrast(colours[role], colours["background"]) >= 4.5, (role, colours)
    wanted = ".dark.svg#only-dark" if scheme == "slate" else ".svg#only-light"
    assert visible_figures and all(src.endswith(wanted) for src in visible_figures)


#: Query → the pages that should come first.  似然 is defined both in 极大似然估计 (§3.2, 似然函数)
#: and in 从极大似然推导交叉熵 (步骤 1：定义似然函数); either chapter answers it.
SEARCHES = {
    "似然": {"maximum-likelihood/", "cross-entropy-from-likelihood/"},
    "交叉熵": {"cross-entropy/"},
    "伯努利": {"categorical-cross-entropy/"},
    "极大似然估计": {"maximum-likelihood/"},
    "硬币": {"maximum-likelihood/"},
    "奶茶": {"least-squares/"},
    "MLE": {"maximum-likelihood/"},
    # softmax turns logits into probabilities in 分类分布与交叉熵 too (§2.4's explorable, 练习 5.1–5.4)
    "softmax": {"cross-entropy/", "cross-entropy-from-information/", "summary/", "categorical-cross-entropy/"},
}


def first_result(page: Page, query: str) -> str:
    """Type ``query`` into the page's search box and return the first result's link."""
    search = page.locator("input.md-search__input")
    search.click()
    search.fill(query)
    for _ in range(10):  # the search worker loads its index in the background; nudge it if typing came first
        try:
            page.locator(".md-search-result__item").first.wait_for(state="attached", timeout=1_000)
            break
        except PlaywrightTimeoutError:
            search.press("End")
            search.type(" ")
            search.press("Backspace")
    return page.locator(".md-search-result__item > a").first.get_attribute("href")


#: The English edition's queries, searched from an English page in the English index (stemmed: "likelihood"
#: finds "likelihoods").  Likelihood is defined in Maximum likelihood estimation (§3.2) and in Cross-entropy from
#: maximum likelihood (Step 1); Bernoulli in The categorical distribution and cross-entropy.
ENGLISH_SEARCHES = {
    "cross-entropy": {"en/cross-entropy/"},
    "likelihood": {"en/maximum-likelihood/", "en/cross-entropy-from-likelihood/"},
    "Bernoulli": {"en/categorical-cross-entropy/"},
}


@pytest.mark.parametrize(("home", "searches"), [("", SEARCHES), ("en/", ENGLISH_SEARCHES)], ids=["zh", "en"])
def test_search_finds_the_right_chapter_first_offline(browser: Browser, site_url: str, home: str,
                                                      searches: dict[str, set[str]]) -> None:
    """Each query typed in turn into one page's search box (the index loads once), as a reader would."""
    visit = Visit(browser, site_url, home)
    page = visit.page
    search = page.locator("input.md-search__input")
    results = page.locator(".md-search-result__item")
    search.click()
    first_hits = {}
    for query in searches:
        search.fill("")
        results.first.wait_for(state="detached")  # the last query's results are gone
        href = first_result(page, query)
        first_hits[query] = urlsplit(href).path.removeprefix(urlsplit(site_url).path)
    page.close()
    assert visit.problems == []
    assert {query: hit for query, hit in first_hits.items() if hit not in searches[query]} == {}


def test_the_language_selector_lands_on_the_same_section_of_the_other_edition(browser: Browser,
                                                                              site_url: str) -> None:
    """From a section of the Chinese page to the same section of the English one, and back; also from a page
    scrolled to a section without an anchor in its address."""
    visit = Visit(browser, site_url, "cross-entropy/#s2-3-principle", width=1280)
    page = visit.page

    def switch(language: str) -> str:
        page.locator(".md-header__option .md-select").first.hover()
        with page.expect_navigation():
            page.locator(f'a.md-select__link[hreflang="{language}"]').click()
        return urlsplit(page.url).path.removeprefix(urlsplit(site_url).path) + "#" + urlsplit(page.url).fragment

    assert switch("en") == "en/cross-entropy/#s2-3-principle"
    assert page.evaluate("document.documentElement.lang") == "en"
    page.goto(site_url + "en/least-squares/")
    page.evaluate("document.getElementById('s1-4-pros-and-cons').scrollIntoView()")
    page.evaluate("window.scrollBy(0, 100)")  # past the heading: the reader is in that section
    assert switch("zh") == "least-squares/#s1-4-pros-and-cons"
    page.close()
    assert visit.problems == []


AXE = Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"


def test_a_chapter_prints_as_content_only(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "maximum-likelihood/")
    page = visit.page
    page.emulate_media(media="print")
    facts = page.evaluate("""() => ({
        hidden: [".md-header", ".md-sidebar--primary", ".md-footer", ".md-search"]
            .map((s) => document.querySelector(s)).filter((e) => e && getComputedStyle(e).display !== "none").length,
        figureBreaks: [...document.querySelectorAll("article figure")].map((f) => getComputedStyle(f).breakInside),
        linkAddress: getComputedStyle(document.querySelector("article p a[href^='../']"), "::after").content,
        claimsShown: [...document.querySelectorAll("article .claim")].every((c) => c.textContent.trim() !== ""),
        lightFigure: getComputedStyle(document.querySelector("figure img[src$='#only-light']")).display,
    })""")
    pdf = page.pdf(format="A4")
    page.close()
    assert facts["hidden"] == 0 and set(facts["figureBreaks"]) == {"avoid"} and facts["claimsShown"]
    assert "⟨http" in facts["linkAddress"] and facts["lightFigure"] != "none"  # the published address
    assert pdf[:4] == b"%PDF" and len(pdf) > 10_000


NOTE_PAGES = ["least-squares/", "cross-entropy/", "maximum-likelihood/", "normal-least-squares/", "summary/"]


@pytest.mark.parametrize("chapter", NOTE_PAGES)
def test_wide_screen_sets_annotations_in_the_margin_without_overlap(browser: Browser, site_url: str,
                                                                     chapter: str) -> None:
    visit = Visit(browser, site_url, chapter, width=1280, height=900)
    page = visit.page
    facts = page.evaluate("""() => {
        const box = (e) => e.getBoundingClientRect();
        const notes = [...document.querySelectorAll("article details.note")];
        const text = [...document.querySelectorAll(
            "article > :is(p, ul, ol, figure, table, h2, h3, div.arithmatex, .equation, details.success)")];
        const overlaps = (a, b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        return {
            count: notes.length,
            closed: notes.filter((n) => !n.open).length,
            textRight: Math.max(...text.map((e) => box(e).right)),
            noteLeft: Math.min(...notes.map((n) => box(n).left)),
            noteRight: Math.max(...notes.map((n) => box(n).right)),
            noteOverNote: notes.some((a, i) => notes.slice(i + 1).some((b) => overlaps(box(a), box(b)))),
            noteOverText: notes.some((n) => text.some((t) => overlaps(box(n), box(t)))),
        };
    }""")
    page.close()
    assert visit.problems == []
    assert facts["count"] > 0 and facts["closed"] == 0
    assert facts["noteLeft"] >= facts["textRight"], facts  # in the margin, right of the text column
    assert facts["noteRight"] <= 1280 and not facts["noteOverNote"] and not facts["noteOverText"], facts


@pytest.mark.parametrize("chapter", NOTE_PAGES)
def test_phone_keeps_asides_to_one_line_at_body_size(browser: Browser, site_url: str, chapter: str) -> None:
    visit = Visit(browser, site_url, chapter, width=390, height=844)
    page = visit.page
    facts = page.evaluate("""() => {
        const asides = [...document.querySelectorAll("article details.note, article details.success")];
        const line = parseFloat(getComputedStyle(document.querySelector("article > p")).lineHeight);
        return {
            count: asides.length,
            open: asides.filter((d) => d.open).length,
            tallSummaries: asides.map((d) => d.querySelector("summary").getBoundingClientRect().height)
                .filter((h) => h > 2 * line).length,
            bodySize: getComputedStyle(document.querySelector("article > p")).fontSize,
            asideSizes: [...new Set(asides.map((d) => getComputedStyle(d).fontSize))],
        };
    }""")
    page.locator("article details.note > summary").first.click()  # a tap opens a note
    opened = page.evaluate("document.querySelector('article details.note').open")
    page.close()
    assert visit.problems == []
    assert facts["count"] > 0 and facts["open"] == 0 and facts["tallSummaries"] == 0, facts
    assert facts["asideSizes"] == [facts["bodySize"]] and opened


def test_printed_checks_show_evidence_not_code_and_notes_in_full(browser: Browser, site_url: str) -> None:
    visit = Visit(browser, site_url, "least-squares/", width=1280, height=900)
    page = visit.page
    page.emulate_media(media="print")
    facts = page.evaluate("""() => ({
        code: [...document.querySelectorAll("article details.success details.example")]
            .map((d) => getComputedStyle(d).display),
        evidence: [...document.querySelectorAll("article details.success .arithmatex")].length,
        floats: [...document.querySelectorAll("article details.note")].map((d) => getComputedStyle(d).float),
    })""")
    page.close()
    assert facts["code"] and set(facts["code"]) == {"none"} and facts["evidence"] > 0
    assert facts["floats"] and set(facts["floats"]) == {"none"}


@pytest.mark.parametrize("scheme", ["default", "slate"])
def test_ledger_on_a_phone_is_cards_that_fit(browser: Browser, site_url: str, scheme: str) -> None:
    visit = Visit(browser, site_url, "ledger/", width=390, height=844, scheme=scheme)
    facts = visit.page.evaluate("""() => {
        const rows = [...document.querySelectorAll("table.ledger tbody tr")];
        const cells = [...document.querySelectorAll("table.ledger td")];
        return {
            rows: rows.length,
            notCards: rows.filter((r) => getComputedStyle(r).display !== "block").length,
            tooWide: cells.filter((c) => c.getBoundingClientRect().right > window.innerWidth + 1).length,
            labelled: cells.filter((c) => getComputedStyle(c, "::before").content.includes("：")).length,
            cells: cells.length,
        };
    }""")
    visit.page.close()
    assert visit.problems == []
    assert facts["rows"] > 100 and facts["notCards"] == 0 and facts["tooWide"] == 0, facts
    assert facts["labelled"] == facts["cells"], facts


#: A4 pages of 最小二乘法 printed from the browser, every aside opened as for print: 8 when measured
#: before the print stylesheet dropped check code, BibTeX and phone drawings (2026-11-29), 6 after; 7 with
#: the chapter's five exercises (statements and data; hints and solutions stay on the web).
LEAST_SQUARES_PRINTED_PAGES = 7


def test_least_squares_prints_on_few_pages(browser: Browser, site_url: str) -> None:
    import io

    from pypdf import PdfReader

    visit = Visit(browser, site_url, "least-squares/", width=1280, height=900)
    page = visit.page
    page.evaluate("""async () => {
        for (const img of document.images) img.loading = "eager";
        await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
        window.dispatchEvent(new Event("beforeprint"));  // what the browser does before it prints
    }""")
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4")))
    page.close()
    text = "".join(p.extract_text() for p in pdf.pages)
    assert len(pdf.pages) <= LEAST_SQUARES_PRINTED_PAGES
    assert "def verify_" not in text and "132496" in text  # no code; the notes, in full
