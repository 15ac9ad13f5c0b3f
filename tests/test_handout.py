"""The handout (``make pdf``): one A4 PDF of the site, checked through its text.

The PDF is printed once per session (fixture ``handout_pdf`` in conftest.py) exactly as
``make pdf`` prints it; pypdf reads back its text, bookmarks and links.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from tests.article import ANNOTATED, PRINTED, SECTIONS
from tests.conftest import ROOT, build_env

#: The numbers the issue names: each must survive printing.
QUOTED = ("0.105", "2.3", "0.6", "0.223", "0.357")
#: Nav entries the handout leaves out (code, downloadable from the site).
LEFT_OUT = ("notebooks/", "source/")


def _text(page) -> str:
    """The page's text as a reader copies it, with the spaces the PDF puts between runs of type.

    pdf text has a space wherever the font changes ("《似然函数 _ 交叉熵》"), so phrases are
    compared with :func:`squeezed`; KaTeX's minus sign reads as "-".
    """
    return re.sub(r"[ \t]+", " ", page.extract_text()).replace("\u2212", "-")


def squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def reader(handout_pdf: Path) -> PdfReader:
    return PdfReader(handout_pdf)


@pytest.fixture(scope="module")
def pages(reader: PdfReader) -> list[str]:
    return [_text(page) for page in reader.pages]


def top_bookmarks(reader: PdfReader) -> dict[str, int]:
    """Top-level bookmark title → 0-based page index."""
    return {item.title.strip(): reader.get_destination_page_number(item)
            for item in reader.outline if not isinstance(item, list)}


def chapter_titles(edition: Path) -> dict[str, str]:
    """Site URL → the chapter's title (its h1 in that edition of the site), for every chapter of the handout."""
    found = {}
    for url in _chapters():
        h1 = BeautifulSoup((edition / url / "index.html").read_text(encoding="utf-8"), "html.parser").h1
        for link in h1.select(".headerlink"):
            link.decompose()
        found[url] = h1.get_text().strip()
    return found


@pytest.fixture(scope="module")
def bookmarks(reader: PdfReader) -> dict[str, int]:
    return top_bookmarks(reader)


@pytest.fixture(scope="module")
def titles(handout_site: Path) -> dict[str, str]:
    return chapter_titles(handout_site)


def _chapters() -> list[str]:
    """Site URLs of the chapters, in nav order (what the handout must contain)."""
    nav = re.findall(r"^\s*-\s*(?:[^:\n]+:\s*)?([\w/-]+)\.md\s*$", (ROOT / "mkdocs.yml").read_text(), re.MULTILINE)
    urls = ["" if name == "index" else f"{name}/" for name in nav]
    return [url for url in urls if not url.startswith(LEFT_OUT)]


def _chapter_text(title: str, pages: list[str], bookmarks: dict[str, int]) -> str:
    start = bookmarks[title]
    later = sorted(index for index in bookmarks.values() if index > start)
    return "\n".join(pages[start:later[0] if later else len(pages)])


def test_every_chapter_is_in_reading_order(titles: dict[str, str], bookmarks: dict[str, int],
                                           pages: list[str]) -> None:
    assert len(titles) >= 10  # 导读, eight chapters, 数字核对
    starts = []
    for title in titles.values():
        assert title in bookmarks, f"no bookmark for {title!r}: {sorted(bookmarks)}"
        assert title in pages[bookmarks[title]], f"{title!r} is not on its bookmarked page {bookmarks[title] + 1}"
        starts.append(bookmarks[title])
    assert starts == sorted(starts), "chapters out of nav order"
    assert not any(title in {"Notebook", "源码"} for title in bookmarks), "code sections belong on the site only"


@pytest.mark.parametrize("number", QUOTED)
def test_quoted_numbers_survive_printing(number: str, pages: list[str]) -> None:
    assert re.search(rf"(?<![\d.]){re.escape(number)}(?!\d)", "\n".join(pages)), number


@pytest.mark.parametrize("url", sorted(PRINTED))
def test_every_article_number_is_on_its_chapter_pages(url: str, titles: dict[str, str], pages: list[str],
                                                      bookmarks: dict[str, int]) -> None:
    text = _chapter_text(titles[url], pages, bookmarks)
    missing = {name: value for name, value in PRINTED[url].items()
               if not re.search(rf"(?<![\d.]){re.escape(value)}(?!\d)", text)}
    assert not missing, f"{url}: printed chapter lacks {missing}"


@pytest.mark.parametrize("url", sorted(ANNOTATED))
def test_every_annotation_number_is_on_its_chapter_pages(url: str, titles: dict[str, str], pages: list[str],
                                                         bookmarks: dict[str, int]) -> None:
    text = _chapter_text(titles[url], pages, bookmarks)
    missing = {name: value for name, value in ANNOTATED[url].items()
               if not re.search(rf"(?<![\d.]){re.escape(value)}(?!\d)", text)}
    assert not missing, f"{url}: printed chapter lacks {missing}"


@pytest.mark.parametrize("url", sorted(SECTIONS))
def test_article_headings_are_printed(url: str, titles: dict[str, str], pages: list[str],
                                      bookmarks: dict[str, int]) -> None:
    text = squeezed(_chapter_text(titles[url], pages, bookmarks))
    assert [heading for _, heading in SECTIONS[url] if squeezed(heading) not in text] == []


def test_copied_text_is_plain_chinese(pages: list[str]) -> None:
    # Noto CJK shares glyphs between radicals and ideographs (⼩/小); copy must give 小.
    radicals = sorted(set(re.findall("[\u2e80-\u2fdf]", "".join(pages))))
    assert radicals == []
    assert "最小二乘法" in "".join(pages) and "三、信息论角度" in "".join(pages)


def test_table_of_contents_gives_each_chapters_page(titles: dict[str, str], reader: PdfReader,
                                                    bookmarks: dict[str, int]) -> None:
    # Layout mode keeps each title on one line with its right-aligned page number.
    toc = reader.pages[bookmarks["目录"]].extract_text(extraction_mode="layout")
    for title in titles.values():
        assert re.search(rf"^\s*{re.escape(title)}\s+{bookmarks[title] + 1}\s*$", toc, re.MULTILINE), \
            f"table of contents does not give page {bookmarks[title] + 1} for {title!r}"


def test_pages_are_numbered_after_the_cover(pages: list[str]) -> None:
    total = len(pages)
    assert total > 20
    assert not re.search(rf"\b1 / {total}\b", pages[0]), "the cover carries no page number"
    for number, text in enumerate(pages[1:], start=2):
        assert re.search(rf"\b{number} / {total}\b", text), f"page {number} has no page number"


def test_cover_names_site_version_and_article(pages: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from snippets import ARTICLE_DATE, ARTICLE_TITLE

    cover = squeezed(pages[0])
    assert "最小二乘、交叉熵与极大似然" in cover
    assert squeezed(ARTICLE_TITLE) in cover and ARTICLE_DATE in cover
    assert "mlcore-engine.uk/math_foundation/likelihood_entropy" in cover  # where the article is published
    assert re.search(r"构建日期\d{4}-\d{2}-\d{2}", cover)


def test_links_point_to_the_published_site(reader: PdfReader) -> None:
    uris = [str(annotation.get_object()["/A"]["/URI"])
            for page in reader.pages for annotation in page.get("/Annots", [])
            if "/URI" in annotation.get_object().get("/A", {})]
    assert uris, "the handout links to the site's code and notebooks"
    local = [uri for uri in uris if re.match(r"https?://127\.0\.0\.1:(?!8000/)", uri)]
    assert local == [], "links to the server the PDF was printed from"
    assert any("/source/" in uri for uri in uris)


def test_print_page_has_no_dead_anchors(handout_site: Path) -> None:
    soup = BeautifulSoup((handout_site / "print_page" / "index.html").read_text(encoding="utf-8"), "html.parser")
    ids = {element["id"] for element in soup.select("[id]")}
    dead = sorted({a["href"] for a in soup.select('#print-site-page a[href^="#"]') if a["href"][1:] not in ids})
    assert dead == []


def test_same_build_prints_the_same_bytes(handout_pdfs: Path, handout_site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    subprocess.run([sys.executable, str(ROOT / "handout" / "print_pdf.py"), str(again),
                    "--site-dir", str(handout_site), "--no-build"], cwd=ROOT, env=build_env(), check=True,
                   capture_output=True, timeout=600)
    names = sorted(path.name for path in handout_pdfs.glob("*.pdf"))
    assert names == sorted(f"{edition}.{language}.pdf" for edition in ("handout", "exercises", "solutions")
                           for language in ("zh", "en"))
    for name in names:  # every edition of both languages, printed from the same print pages
        assert (again / name).read_bytes() == (handout_pdfs / name).read_bytes(), name


def test_each_edition_links_its_own_languages_pdfs(built_site: Path, handout_pdfs: Path) -> None:
    for path in handout_pdfs.glob("*.pdf"):
        assert (built_site / path.name).read_bytes() == path.read_bytes()
    for home, up, language in (("index.html", "", "zh"), ("en/index.html", "../", "en")):
        soup = BeautifulSoup((built_site / home).read_text(encoding="utf-8"), "html.parser")
        links = soup.select("a.handout-link")
        assert [link["href"] for link in links] == [f"{up}{edition}.{language}.pdf"
                                                    for edition in ("handout", "exercises", "solutions")]
        assert all(link.has_attr("download") for link in links)


def test_node_ids_follow_the_structure_not_chromiums_numbering() -> None:
    """Chromium numbers table headers by DOM node ids, handed out in an order that depends on load:
    two prints of one page that number the same headers differently become the same bytes."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("print_pdf", ROOT / "handout" / "print_pdf.py")
    print_pdf = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(print_pdf)
    zero = b" <" + b"00" * 16 + b">"

    def printed(first: int, second: int) -> bytes:  # header objects 12 and 15, named by node ids
        low, high = sorted((first, second))
        return (b"/ID (node%08d) /Headers [ (node%08d) ] /Limits [ (node%08d) (node%08d) ] "
                b"/Names [ (node%08d) %d 0 R (node%08d) %d 0 R ]" % (
                    first, second, low, high, low, 12 if low == first else 15, high, 15 if high == second else 12)
                + zero)

    calm, busy = printed(3, 9), printed(42, 0)
    assert calm != busy
    assert print_pdf.stable_identifiers(calm) == print_pdf.stable_identifiers(busy)
    assert len(print_pdf.stable_identifiers(busy)) == len(busy)
