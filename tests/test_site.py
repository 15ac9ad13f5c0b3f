"""The built site shows each number where the article has it, with every section and table."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from snippets.claim import all_claims
from tests.article import (ANNOTATED, ANNOTATED_TABLES, EQUATIONS, EXERCISE_TABLES, EXERCISE_VALUES, PRINTED,
                           SECTIONS, TABLES)
from tests.conftest import ROOT

PLACES = [(page, name, text) for source in (PRINTED, ANNOTATED, EXERCISE_VALUES) for page, claims in source.items()
          for name, text in claims.items()]


@functools.cache  # parsed once per page for the whole module: tests only read it, never change it
def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def shown(span) -> str:
    """A claim's text as the article would write it (the page uses a real minus sign)."""
    return span.get_text().replace("\N{MINUS SIGN}", "-")


@pytest.mark.parametrize(("page", "name", "printed"), PLACES, ids=[f"{p}{n}" for p, n, _ in PLACES])
def test_page_shows_the_claim_where_the_article_has_it(built_site: Path, page: str, name: str, printed: str) -> None:
    spans = soup(built_site, page).select(f'[data-claim="{name}"]')  # in prose, or inside a formula
    assert spans, f"{name} is not quoted on {page}"
    assert {shown(span) for span in spans} == {printed}


def test_every_derived_number_explains_itself_and_inputs_stay_plain(built_site: Path) -> None:
    claims = all_claims()
    derived = inputs = 0
    for html in built_site.rglob("*.html"):
        for span in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("span.claim"):
            bound = claims[span["data-claim"]]
            if bound.is_input:  # the article gives it: no underline, no Tab stop, nothing to open
                inputs += 1
                assert "claim--input" in span["class"] and not span.has_attr("tabindex"), html
                continue
            derived += 1
            assert span["role"] == "button" and span["tabindex"] == "0" and span["aria-expanded"] == "false"
            language = "en" if html.relative_to(built_site).parts[0] == "en" else "zh"
            assert span["data-summary"] == bound.claim.summary[language], html
            assert span["data-function"] == bound.computed_by(), html
            assert span["data-ledger"].endswith(f"ledger/#{span['data-claim']}"), html
            # the code link lands on the line that defines the function (in the chapter, or shared emails)
            # source/emails/#L-19, or source/least_squares/#claims-L-40 for a chapter's part
            code = re.search(r"source/(\w+)/#(?:(\w+)-)?L-(\d+)$", span["data-code"])
            assert code, span["data-code"]
            file = f"{code[1]}.py" if code[2] is None else f"{code[1]}/{code[2].replace('init', '__init__')}.py"
            line = (ROOT / "snippets" / file).read_text(encoding="utf-8").splitlines()[int(code[3]) - 1]
            function = span["data-function"].split(" · ")[1].removesuffix("()")
            assert line.startswith((f"def {function}(", f"{function} =", f"{function}:")), (span["data-code"], line)
            assert span["data-function"].startswith(f"snippets/{file} · "), html
            if bound.claim.origin == "article":
                assert bound.claim.article.replace("-", "\N{MINUS SIGN}") in span["data-checked"], html
    assert derived > 50 and inputs > 10  # both kinds are on the site (78 and 35 when written)


def test_a_number_beside_its_formula_is_set_in_that_formula_and_still_explains_itself(built_site: Path) -> None:
    """`$w$ = [[claim:…]]` is typeset as one formula $w = 2$; the number keeps its name, and the page
    carries what its popup says when it is derived."""
    import json

    claims = all_claims()
    page = soup(built_site, "least-squares/")
    in_math = page.select(".katex [data-claim]")
    data = {}
    for script in page.select("script.claim-data"):
        data |= json.loads(script.string)
    assert {e["data-claim"] for e in in_math} >= {"least_squares.fitted_slope", "least_squares.noisy_slope"}
    for element in in_math:
        bound = claims[element["data-claim"]]
        assert element.get_text().replace("\N{MINUS SIGN}", "-") == bound.text()
        if not bound.is_input:
            assert data[bound.name]["summary"] == bound.claim.summary["zh"]
    # no sentence still reads "$w$ = 2" with a math w and a body-font 2
    mixed = []
    for span in soup(built_site, "least-squares/").select("article span.claim"):
        before = span.previous_sibling
        if isinstance(before, str) and before.strip() in ("=", "≈", "") and before.previous_sibling is not None \
                and "arithmatex" in (before.previous_sibling.get("class") or []):
            mixed.append(span["data-claim"])
    assert mixed == []


def test_no_marker_is_left_unrendered_outside_code(built_site: Path) -> None:
    leftovers = []
    for html in built_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for code in page.find_all(["code", "pre"]):
            code.decompose()
        if "[[claim:" in page.get_text() or "[[table:" in page.get_text():
            leftovers.append(html.relative_to(built_site).as_posix())
    assert leftovers == []


@pytest.mark.parametrize("page", SECTIONS)
def test_page_keeps_the_article_sections_with_stable_anchors(built_site: Path, page: str) -> None:
    html = soup(built_site, page)
    found = []
    for anchor, _ in SECTIONS[page]:
        heading = html.find(id=anchor)
        assert heading is not None and heading.name in {"h2", "h3"}, f"#{anchor} missing on {page}"
        found.append((anchor, heading.get_text().rstrip("#").strip()))
    assert found == SECTIONS[page]


@pytest.mark.parametrize("page", TABLES)
def test_table_rows_are_the_article_data(built_site: Path, page: str) -> None:
    table = soup(built_site, page).select_one("article table")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")[1:]]
    assert rows == TABLES[page]


@pytest.mark.parametrize("page", ANNOTATED_TABLES)
def test_annotation_tables_hold_the_verified_rows(built_site: Path, page: str) -> None:
    table = soup(built_site, page).select_one("article details.note table")
    assert table is not None, f"{page}: no table inside an annotation (is it indented with the admonition?)"
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")[1:]]
    assert rows == ANNOTATED_TABLES[page]


def normalise_tex(tex: str) -> str:
    """Ignore spacing and equivalent spellings, so the article's formula and ours compare equal."""
    tex = re.sub(r"\\left|\\right|\s+", "", tex.strip().removeprefix("\\(").removeprefix("\\["))
    tex = tex.replace("\\mid", "|").replace("\\|", "||").replace("\\dfrac", "\\frac")
    return re.sub(r"\^\{(\w)\}", r"^\1", tex)


EQUATION_PLACES = [(page, tex) for page, texs in EQUATIONS.items() for tex in texs]


@pytest.mark.parametrize(("page", "tex"), EQUATION_PLACES, ids=[f"{p}{t[:40]}" for p, t in EQUATION_PLACES])
def test_page_has_the_article_equation(built_site: Path, page: str, tex: str) -> None:
    formulas = [normalise_tex(m.get_text()) for m in soup(built_site, page).select(".arithmatex")]
    assert any(normalise_tex(tex) in formula for formula in formulas), f"missing on {page}: {tex}"


def test_math_inside_formulas_uses_the_computed_values(built_site: Path) -> None:
    formulas = [m.get_text() for m in soup(built_site, "maximum-likelihood/").select(".arithmatex")]
    assert any(r"p^{6} (1 - p)^{4}" in f for f in formulas), formulas
    assert any(r"\log P = 6 \log p + 4 \log (1 - p)" in f for f in formulas), formulas


def ledger_row(ledger: BeautifulSoup, name: str) -> dict[str, object]:
    """A claim's row in 数字核对, its cells by column title."""
    return {td["data-label"]: td for td in ledger.find("tr", id=name).find_all("td")}


def test_ledger_lists_every_claim_with_value_article_value_and_code(built_site: Path) -> None:
    ledger = soup(built_site, "ledger/")
    anchors: dict[str, set[str]] = {}  # each source page parsed once, not once per claim

    def anchors_of(page: str) -> set[str]:
        if page not in anchors:
            anchors[page] = {element["id"] for element in soup(built_site, "source/" + page).find_all(id=True)}
        return anchors[page]

    for name, bound in all_claims().items():
        row = ledger_row(ledger, name)
        assert list(row)[:2] == ["值", "原文"]  # what a reader looks for first
        assert row["值"].get_text(strip=True).replace("\N{MINUS SIGN}", "-") == bound.text(), name
        assert row["原文"].get_text(strip=True).replace("\N{MINUS SIGN}", "-") == (bound.claim.article or "—"), name
        assert row["说明"].get_text() == bound.claim.summary["zh"]
        code_link = row["名称与代码"].find("a")["href"]
        page, anchor = code_link.split("#")
        target = (built_site / "ledger" / page).resolve()  # …/source/least_squares/claims
        assert target.joinpath("index.html").is_file(), code_link
        assert anchor in anchors_of(target.relative_to((built_site / "source").resolve()).as_posix() + "/"), code_link


def test_ledger_groups_claims_under_their_chapters_title(built_site: Path) -> None:
    ledger = soup(built_site, "ledger/")
    titles = [h2.get_text(strip=True).rstrip("#").strip() for h2 in ledger.select("article h2")]
    assert titles[:3] == ["最小二乘法", "交叉熵", "极大似然估计"], titles
    assert ledger.find("h2", id="least_squares").find_next("table").find("tr", id="least_squares.fitted_slope")


def test_ledger_links_each_article_claim_to_the_page_quoting_it(built_site: Path) -> None:
    ledger = soup(built_site, "ledger/")
    for page, claims in PRINTED.items():
        for name in claims:
            links = [a["href"] for a in ledger_row(ledger, name)["引用它的页面"].find_all("a")]
            assert f"../{page}" in links, (name, links)
            assert (built_site / "ledger" / links[0]).resolve().joinpath("index.html").is_file(), links


def test_ledger_marks_annotation_claims(built_site: Path) -> None:
    ledger = soup(built_site, "ledger/")
    for claims in ANNOTATED.values():
        for name in claims:
            assert ledger_row(ledger, name)["来源"].get_text() == "核对"


def test_site_loads_nothing_from_other_hosts(built_site: Path) -> None:
    offenders = []
    for html in built_site.rglob("*.html"):
        page = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        loaded = [*page.find_all("script", src=True), *page.find_all("img"), *page.find_all("source"),
                  *[link for link in page.find_all("link")
                    if set(link.get("rel", [])) & {"stylesheet", "icon", "preload", "modulepreload", "manifest"}]]
        for element in loaded:
            for attr in ("src", "href", "srcset"):
                url = element.get(attr) or ""
                if url.startswith(("http:", "https:", "//")):
                    offenders.append((html.name, url))
    assert offenders == []


def test_search_index_holds_each_formula_once_and_no_code_or_notebook_copies(built_site: Path) -> None:
    """KaTeX writes a formula as TeX, MathML and HTML; the index keeps one of them (the MathML's plain
    text).  The code behind a check, the notebook pages (which repeat their chapter) and the source
    pages stay out of it."""
    import json

    docs = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    assert not [d["location"] for d in docs if d["location"].startswith(("notebooks/", "source/"))]
    text = " ".join(d["text"] for d in docs if d["location"].startswith("least-squares/"))
    assert text.count("y^=wx+b") == 1  # §1.2's model, once
    assert "\\hat{y}" not in text and "(xx)" not in text  # not its TeX, not KaTeX's drawing beside it
    assert not [d["location"] for d in docs if "def verify_" in d["text"]]


def test_home_page_draws_the_map_with_every_box_a_link_and_sends_the_method_to_its_own_page(built_site: Path) -> None:
    home = soup(built_site, "")
    svg = home.select_one("svg.concept-map")
    assert svg is not None and not home.select("pre code.language-text")  # no ASCII art any more
    links = [a["href"] for a in svg.find_all("a")]
    assert len(links) == 6 and all((built_site / link / "index.html").is_file() for link in links), links
    text = svg.get_text(" ")
    assert "∝" not in text and "常数" in text and "2σ²" in text  # the normal case, stated exactly
    assert home.find(id="start-here") is not None and home.find(id="how-numbers-are-checked") is None
    assert soup(built_site, "about/").find(id="how-numbers-are-checked") is not None


# --- Nothing of ours moves a page while it loads ------------------------------------------------------------
# (Measured with Chromium's layout-shift entries these were 0.31 and 0.2–0.8; measured so, they would also
# count a KaTeX font arriving after the first layout, a race with the machine's load that the page narrows by
# preloading the two main faces but cannot win. What the page itself does is checked here, in its HTML.)

def article_of(site: Path, page: str):
    return soup(site, page).select_one("article.md-content__inner")


@pytest.mark.parametrize("page", [p for p in (*PRINTED, *ANNOTATED) if p])
def test_a_page_with_margin_notes_says_so_before_its_first_line(built_site: Path, page: str) -> None:
    """On a wide screen the column makes room for 核对 notes (site.css) from the first paint: the marker that
    says so comes before any content, not when the parser reaches the first note (a 0.31 layout shift)."""
    article = article_of(built_site, page)
    first = next(child for child in article.children if getattr(child, "name", None))
    has_notes = article.select_one("details.note") is not None
    assert ("margin-notes-ahead" in first.get("class", [])) == has_notes, (page, first.name, first.get("class"))


def test_every_figure_keeps_its_room_before_its_picture_arrives(built_site: Path) -> None:
    """A lazy picture has no size until it arrives: each ``<img>`` and phone ``<source>`` carries the
    drawing's own proportions, so the figure takes its final height from the first layout."""
    checked = 0
    for html in sorted(built_site.glob("*/index.html")):
        for picture in BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser").select("figure picture"):
            for element, attribute in ((picture.find("img"), "src"), (picture.find("source"), "srcset")):
                drawing = (html.parent / element[attribute].split("#")[0]).resolve()
                size = re.search(r'width="([0-9.]+)pt" height="([0-9.]+)pt"', drawing.read_text(encoding="utf-8")[:2048])
                assert element.get("width") and element.get("height"), f"{html.parent.name}: {element}"
                assert abs(int(element["width"]) / int(element["height"]) - float(size[1]) / float(size[2])) < 1e-3
                checked += 1
    assert checked >= 20, checked
