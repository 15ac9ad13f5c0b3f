"""The English handout (``make pdf`` prints ``handout.en.pdf`` beside ``handout.zh.pdf``): every chapter, in
reading order, with the article's numbers on each chapter's pages, and an English cover."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.article import ANNOTATED, PRINTED
from tests.test_handout import _chapter_text, _text, chapter_titles, squeezed, top_bookmarks


@pytest.fixture(scope="module")
def reader(english_handout_pdf: Path) -> PdfReader:
    return PdfReader(english_handout_pdf)


@pytest.fixture(scope="module")
def pages(reader: PdfReader) -> list[str]:
    return [_text(page) for page in reader.pages]


@pytest.fixture(scope="module")
def bookmarks(reader: PdfReader) -> dict[str, int]:
    return top_bookmarks(reader)


@pytest.fixture(scope="module")
def titles(handout_site: Path) -> dict[str, str]:
    """Site URL → the English chapter's title, for every chapter of the handout."""
    return chapter_titles(handout_site / "en")


def test_every_english_chapter_is_in_reading_order(titles: dict[str, str], bookmarks: dict[str, int],
                                                   pages: list[str]) -> None:
    assert len(titles) >= 10 and "Least squares" in titles.values()
    starts = []
    for title in titles.values():
        assert title in bookmarks, f"no bookmark for {title!r}: {sorted(bookmarks)}"
        assert title in pages[bookmarks[title]]
        starts.append(bookmarks[title])
    assert starts == sorted(starts), "chapters out of nav order"
    assert "Contents" in bookmarks


@pytest.mark.parametrize("url", sorted(PRINTED))
def test_every_article_number_is_on_its_english_chapter_pages(url: str, titles: dict[str, str], pages: list[str],
                                                              bookmarks: dict[str, int]) -> None:
    text = _chapter_text(titles[url], pages, bookmarks)
    missing = {name: value for name, value in (PRINTED[url] | ANNOTATED.get(url, {})).items()
               if not re.search(rf"(?<![\d.]){re.escape(value)}(?!\d)", text)}
    assert not missing, f"{url}: printed English chapter lacks {missing}"


def test_the_english_handout_speaks_english_but_for_the_articles_title(pages: list[str]) -> None:
    cover = squeezed(pages[0])
    assert "Leastsquares,cross-entropyandmaximumlikelihood" in cover and "127.0.0.1:8000/en/" in cover
    prose = "\n".join(pages).replace("《似然函数_交叉熵》", "").replace("《似然函数 _ 交叉熵》", "")
    chinese = sorted(set(re.findall(r"[\u3400-\u9fff]+", prose)))
    assert chinese == [] or set(chinese) <= {"中文"}, chinese[:20]
