"""The teachers' editions ``make pdf`` prints beside the handout: the exercise sheet and the solutions.

Both are read back with pypdf.  The exercise sheet holds every exercise of every chapter, its statement
and data, and no hint, no solution and no answer; the solutions hold every exercise again with its
solution's final number (the value worked out by hand in ``tests/article.py``) or, for a derivation, its
passed check.  What a solution says is taken from the site's own pages, so a sentence added to a
solution is looked for too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pypdf import PdfReader

from snippets.claim import chapter_parts
from tests.article import EXERCISE_VALUES, EXERCISES
from tests.test_handout import squeezed

#: A run of Chinese prose long enough to name one sentence of a solution (math and numbers excluded).
PROSE = re.compile(r"[\u4e00-\u9fff，、；：“”（）]{10,}")


def declared() -> list[tuple[str, object]]:
    """(chapter, exercise) of every declared exercise, in reading order."""
    return [(chapter, exercise) for chapter, module in chapter_parts("exercises").items()
            for exercise in module.EXERCISES]


def words(text: str) -> str:
    """Only the Chinese characters of ``text``: what survives a PDF's interleaving of math and prose."""
    return "".join(re.findall(r"[\u4e00-\u9fff]", text))


def expected_answer(chapter: str, exercise) -> str:
    """The exercise's answer as worked out by hand (with the minus sign the PDF text gives)."""
    for values in EXERCISE_VALUES.values():
        if f"{chapter}.{exercise.answer}" in values:
            return values[f"{chapter}.{exercise.answer}"]
    raise KeyError(f"{chapter}.{exercise.answer} has no expected value in tests/article.py")


def read(path: Path) -> str:
    """A PDF's whole text in reading order, without spaces or line breaks.

    pypdf's plain extraction gives a page's runs in the order Chromium wrote them (a number in a
    popup-able span, a box's title, after the rest of the page); its layout mode orders them by position.
    """
    pages = PdfReader(path).pages
    return squeezed("".join(page.extract_text(extraction_mode="layout") for page in pages)).replace("\u2212", "-")


@pytest.fixture(scope="module")
def texts(exercise_sheets: dict[str, Path]) -> dict[str, str]:
    """Each edition's whole text."""
    return {edition: read(path) for edition, path in exercise_sheets.items()}


def segments(text: str) -> dict[str, str]:
    """Each exercise's text in an edition: from its heading (练习 N.n and its title) to the next one."""
    starts = []
    for _, exercise in declared():
        heading = squeezed(f"练习 {exercise.number}　{exercise.title['zh']}").replace("\u2212", "-")  # as read() gives it
        assert text.count(heading) == 1, f"{heading} is printed {text.count(heading)} times"
        starts.append((text.index(heading), exercise.anchor))
    starts.sort()
    ends = [start for start, _ in starts[1:]] + [len(text)]
    return {anchor: text[start:end] for (start, anchor), end in zip(starts, ends, strict=True)}


@pytest.fixture(scope="module")
def solution_sentences(handout_site: Path) -> dict[str, list[str]]:
    """Each exercise's solution prose on the site (the handout's print page), by anchor."""
    soup = BeautifulSoup((handout_site / "print_page" / "index.html").read_text(encoding="utf-8"), "html.parser")
    found: dict[str, list[str]] = {}
    for solution in soup.select("details.solution"):
        heading = solution.find_previous("h3")
        anchor = "ex-" + heading["id"].rsplit("-ex-", 1)[1]
        for formula in solution.select(".katex, details"):  # its own words: no math, no check inside
            formula.replace_with("|")
        summary = solution.find("summary")
        if summary is not None:
            summary.decompose()
        found[anchor] = PROSE.findall(squeezed(solution.get_text()))
    return found


def test_every_solution_has_prose_or_a_final_number_to_look_for(solution_sentences: dict[str, list[str]]) -> None:
    anchors = {anchor for page in EXERCISES.values() for anchor in page}
    assert set(solution_sentences) == anchors
    bare = [exercise.anchor for _, exercise in declared() if not solution_sentences[exercise.anchor]]
    assert all(exercise.answer for _, exercise in declared() if exercise.anchor in bare), bare


def test_the_exercise_sheet_holds_every_exercise_and_no_hint_solution_or_answer(
        texts: dict[str, str], solution_sentences: dict[str, list[str]]) -> None:
    sheet = segments(texts["exercises"])
    for chapter, exercise in declared():
        block = sheet[exercise.anchor]
        assert len(block) > 20, f"练习 {exercise.number} has no statement"
        assert "提示" not in block and "解答" not in block and "验证这一步" not in block, exercise.number
        leaked = [sentence for sentence in solution_sentences[exercise.anchor]
                  if words(sentence) in words(texts["exercises"])]
        assert leaked == [], f"练习 {exercise.number}: solution text on the exercise sheet"
        if exercise.answer:
            assert expected_answer(chapter, exercise) not in block, f"练习 {exercise.number}: its answer is printed"


def test_the_solutions_hold_every_exercise_with_its_solution_and_final_number(
        texts: dict[str, str], solution_sentences: dict[str, list[str]]) -> None:
    book = segments(texts["solutions"])
    for chapter, exercise in declared():
        block = book[exercise.anchor]
        assert "提示" in block and "解答" in block, f"练习 {exercise.number}: hint or solution missing"
        missing = [sentence for sentence in solution_sentences[exercise.anchor] if words(sentence) not in words(block)]
        assert missing == [], f"练习 {exercise.number}: solution text missing"
        if exercise.answer:
            assert expected_answer(chapter, exercise) in block, f"练习 {exercise.number}: final number missing"
        if exercise.check:
            assert "验证这一步" in block and "结论：通过" in block, f"练习 {exercise.number}: check missing"


def _titles(items) -> set[str]:
    return {title for item in items
            for title in (_titles(item) if isinstance(item, list) else {item.title.strip()})}


def test_each_edition_lists_the_chapters_and_names_itself_on_its_cover(
        exercise_sheets: dict[str, Path], texts: dict[str, str]) -> None:
    assert "练习册" in texts["exercises"][:300] and "解答册" in texts["solutions"][:300]
    # the cover's note is the edition's own: neither holds the handout's 数字核对 it would point to
    assert all("讲义中的每个数字" not in text[:600] and "数字核对" not in text for text in texts.values())
    for edition, path in exercise_sheets.items():
        titles = _titles(PdfReader(path).outline)
        assert {"最小二乘法", "总结与对比", "练习"} <= titles, (edition, titles)
        assert "导读" not in titles and "数字核对" not in titles and "1.1 什么是最小二乘法？" not in titles, titles
