"""The English edition: every page in both languages, the same numbers, equations, figures and checks in the
same places, no Chinese left on an English page, and the two editions linked to each other."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup

from sitekit.languages import in_language, language_of, neutral
from tests.conftest import ROOT

DOCS = ROOT / "docs"
CHINESE = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md") if language_of(p.name) == "zh")
ENGLISH = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.glob("*.md") if language_of(p.name) == "en")
#: Pages the build generates, in both editions.
GENERATED = ["ledger.md"]


def served(page: str) -> str:
    """``least-squares.md`` → ``least-squares/``; ``index.md`` → ``""``."""
    name = neutral(page).removesuffix(".md")
    return "" if name == "index" else f"{name}/"


@functools.cache
def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def test_every_page_has_its_english_edition_and_no_english_page_stands_alone() -> None:
    assert CHINESE and [in_language(page, "en") for page in CHINESE] == ENGLISH


def structure(page: BeautifulSoup) -> dict[str, list]:
    """What both editions of a page must share: what it computes and where, not how it says it."""
    article = page.select_one("article")
    return {
        # every number, by name and printed value, in order (inside formulas too)
        "claims": [(e["data-claim"], e.get_text()) for e in article.select("[data-claim]")
                   if not e.find_parent(class_="claim-popover")],
        "headings": [(h.name, h.get("id")) for h in article.select("h1, h2, h3, h4")],
        # numbered equations: their anchors and the numbers KaTeX prints
        "equations": [(e["id"], e.select_one(".tag").get_text() if e.select_one(".tag") else None)
                      for e in article.select("[id^=eq-]")],
        "figures": [(f.get("id"), [img["src"].split("figures/")[-1] for img in f.select("img")])
                    for f in article.select("figure")],
        # a check's block links to the line of the check's code
        "checks": [a["href"].rsplit("/", 2)[-2:] for a in article.select("details.success a[href*='source/']")],
        "exercises": [e["id"] for e in article.select("[id^=ex-]")],
        "explorables": [e["data-explorable"] for e in article.select("[data-explorable]")],
        "self-checks": [f["data-exercise"] for f in article.select("form.self-check")],
        "tables": [len(t.select("tr")) for t in article.select("table")],
    }


@pytest.mark.parametrize("page", CHINESE + GENERATED)
def test_both_editions_quote_the_same_numbers_in_the_same_places(built_site: Path, page: str) -> None:
    chinese, english = structure(soup(built_site, served(page))), structure(soup(built_site, "en/" + served(page)))
    assert chinese["headings"], page
    for part in chinese:
        assert english[part] == chinese[part], (page, part)


#: Chinese script, and the full-width punctuation that goes with it.
HAN = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")
#: What an English page may show in Chinese: the article's title, and the language selector's own name.
QUOTED = ("《似然函数_交叉熵》", "中文")


def chinese_left(page: BeautifulSoup) -> list[str]:
    """The Chinese an English page shows a reader, code included (a check's code keeps its Chinese statement at
    module level, outside the function the page shows)."""
    page = BeautifulSoup(str(page), "html.parser")  # a copy: the cached page stays whole
    for element in page(["script", "style", "noscript"]):
        element.decompose()
    text = page.get_text(" ")
    for quoted in QUOTED:
        text = text.replace(quoted, " ")
    attributes = " ".join(str(value) for tag in page.find_all(True) for key, value in tag.attrs.items()
                          if key in ("alt", "title", "aria-label", "data-summary", "data-checked", "content"))
    return sorted({match.group() for match in re.finditer(rf"{HAN.pattern}+", text + " " + attributes)})


@pytest.mark.parametrize("page", ENGLISH + GENERATED)
def test_an_english_page_shows_no_chinese_but_the_articles_title(built_site: Path, page: str) -> None:
    assert chinese_left(soup(built_site, "en/" + served(page))) == []


def test_the_chinese_lint_catches_a_stray_word() -> None:
    page = BeautifulSoup('<article><p>Loss 损失 and 《似然函数_交叉熵》</p><img alt="图"><code>"""练习 2.3"""</code>'
                         "<script>{\"summary\": \"的\"}</script></article>", "html.parser")
    assert chinese_left(page) == ["图", "损失", "练习"]


def test_english_search_index_holds_english_pages_only(built_site: Path) -> None:
    english = json.loads((built_site / "en" / "search" / "search_index.json").read_text(encoding="utf-8"))
    chinese = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"] and chinese["config"]["lang"] == ["zh"]
    english_pages = {doc["location"].split("#")[0] for doc in english["docs"]}
    assert english_pages >= {served(page) for page in CHINESE + GENERATED}
    assert all((built_site / "en" / urlsplit(location).path / "index.html").is_file() for location in english_pages)
    assert not any(doc["location"].startswith("en/") for doc in chinese["docs"])
    leaked = [doc["location"] for doc in english["docs"] if HAN.search(
        (doc["title"] + doc["text"]).replace("\u200b", "").replace("《似然函数_交叉熵》", ""))]  # jieba's word breaks
    assert leaked == []


def sitemap(site: Path, language: str) -> dict[str, dict[str, str]]:
    """An edition's sitemap: each page's address → its ``hreflang`` alternates."""
    import xml.etree.ElementTree as ElementTree

    names = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}
    tree = ElementTree.parse(site / ("en/" if language == "en" else "") / "sitemap.xml")
    return {url.findtext("s:loc", namespaces=names): {link.get("hreflang"): link.get("href")
                                                      for link in url.findall("xhtml:link", names)}
            for url in tree.getroot().findall("s:url", names)}


@pytest.mark.parametrize("page", CHINESE + GENERATED)
def test_each_edition_names_the_other_as_its_alternate(built_site: Path, page: str) -> None:
    """``hreflang``: each edition's sitemap gives every page its address in both languages (and an
    ``x-default``), each a page that exists; every page's head links both editions' homes, where Material's
    language selector looks for those sitemaps."""
    site_url = "http://127.0.0.1:8000/"
    chinese, english = urljoin(site_url, served(page)), urljoin(site_url, "en/" + served(page))
    expected = {"zh": chinese, "en": english, "x-default": chinese}
    assert sitemap(built_site, "zh")[chinese] == expected
    assert sitemap(built_site, "en")[english] == expected
    for language, path in (("zh", served(page)), ("en", "en/" + served(page))):
        head = soup(built_site, path).head
        assert head.parent["lang"] == language
        assert head.select_one("link[rel=canonical]")["href"] == expected[language]
        homes = {link["hreflang"]: urljoin(expected[language], link["href"])
                 for link in head.select("link[rel=alternate][hreflang]")}
        assert homes == {"zh": site_url, "en": site_url + "en/"}


def test_every_sitemap_address_is_a_page_of_its_edition(built_site: Path) -> None:
    for language in ("zh", "en"):
        pages = sitemap(built_site, language)
        assert len(pages) >= len(CHINESE) + len(GENERATED)
        for address, alternates in pages.items():
            for href in (address, *alternates.values()):
                path = urlsplit(href).path.lstrip("/")
                assert (built_site / path / "index.html").is_file(), href
            assert address.startswith("http://127.0.0.1:8000/en/") == (language == "en"), address


def test_english_pages_search_the_english_index(built_site: Path) -> None:
    """Material finds its index at ``<base>/search/``: an English page's base is ``/en/``."""
    for path, base in (("en/cross-entropy/", "../../en/"), ("en/", "../en/"), ("cross-entropy/", "..")):
        config = json.loads(soup(built_site, path).select_one("script#__config").string)
        assert config["base"] == base, path
