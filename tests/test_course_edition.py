"""The course edition (``SOLUTIONS=false``): the site without the exercises' solutions.

What it must leave out is read off the full site: every solution's prose, every self-check (its form
carries the answer), and every number that only a solution quotes — in the pages' HTML, their scripts
and data, the search index and the ledger.  What it must keep: every exercise, its hint and its data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from snippets.claim import all_claims, chapter_parts
from tests.article import EXERCISE_VALUES, EXERCISES

#: A run of Chinese prose long enough to name one sentence (math and numbers cut it).
PROSE = re.compile(r"[\u4e00-\u9fff，、；：“”（）]{10,}")
#: Where the snippets' code is published: it computes the answers, it does not print them.
SOURCE_PAGES = "source/"


def soup(site: Path, page: str) -> BeautifulSoup:
    return BeautifulSoup((site / page / "index.html").read_text(encoding="utf-8"), "html.parser")


def answers() -> set[str]:
    """Every declared exercise's answer claim."""
    return {f"{chapter}.{exercise.answer}" for chapter, module in chapter_parts("exercises").items()
            for exercise in module.EXERCISES if exercise.answer}


@pytest.fixture(scope="module")
def withheld(built_site: Path) -> set[str]:
    """Answers, and every computed exercise number that the full site quotes only inside a solution."""
    outside: set[str] = set()
    for page in EXERCISES:
        html = soup(built_site, page)
        for solution in html.select("details.solution"):
            solution.decompose()
        outside |= {span["data-claim"] for span in html.select("[data-claim]")}
    computed = {name for name, bound in all_claims().items()
                if bound.claim.origin == "exercise" and not bound.is_input}
    assert answers() <= computed
    return answers() | (computed - outside)


@pytest.fixture(scope="module")
def solution_prose(built_site: Path) -> list[str]:
    """Every sentence of every solution on the full site (its words only, formulas cut out)."""
    found = []
    for page in EXERCISES:
        for solution in soup(built_site, page).select("details.solution"):
            for part in solution.select(".katex, details, summary"):
                part.replace_with("|")
            found += PROSE.findall(re.sub(r"\s+", "", solution.get_text()))
    assert len(found) > 40
    return found


def published_files(site: Path) -> dict[str, str]:
    """Every HTML, JavaScript and JSON file of a build but the published source code, by path."""
    return {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8", errors="replace")
            for path in site.rglob("*") if path.suffix in {".html", ".js", ".json"}
            and not path.relative_to(site).as_posix().startswith(SOURCE_PAGES)}


@pytest.mark.parametrize("page", EXERCISES)
def test_every_exercise_keeps_its_statement_and_hint_and_loses_its_solution_and_self_check(
        course_site: Path, page: str) -> None:
    html = soup(course_site, page)
    for anchor in EXERCISES[page]:
        heading = html.find(id=anchor)
        assert heading is not None and heading.name == "h3", anchor
        block = []
        for sibling in heading.find_next_siblings():
            if sibling.name in {"h2", "h3"}:
                break
            block.append(sibling)
        assert any(e.name == "p" for e in block), f"{anchor}: no statement"
        assert any(e.name == "details" and "hint" in e.get("class", []) for e in block), f"{anchor}: no hint"
    assert html.select("details.solution, .admonition.solution, form.self-check") == []
    assert not html.select('script[src$="self_check.js"]')
    assert "这一版网站供课堂使用，不附答案和解答" in html.get_text()


def test_no_file_names_a_withheld_number(course_site: Path, withheld: set[str]) -> None:
    leaks = {path: sorted(name for name in withheld if name in text)
             for path, text in published_files(course_site).items()}
    assert {path: names for path, names in leaks.items() if names} == {}


def test_what_the_test_looks_for_is_on_the_full_site(built_site: Path, withheld: set[str]) -> None:
    """The same look at the full site finds every answer: the test above can fail."""
    found = set().union(*({name for name in withheld if name in text}
                          for text in published_files(built_site).values()))
    assert answers() <= found


def test_no_solution_sentence_is_in_the_pages_or_the_search_index(course_site: Path,
                                                                  solution_prose: list[str]) -> None:
    index = json.loads((course_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    searched = re.sub(r"\s+", "", " ".join(doc["text"] for doc in index["docs"]))
    shown = re.sub(r"\s+", "", " ".join(soup(course_site, page).get_text() for page in EXERCISES))
    assert [sentence for sentence in solution_prose if sentence in searched or sentence in shown] == []


def test_no_exercise_section_of_the_search_index_holds_its_answer(course_site: Path, built_site: Path) -> None:
    def sections(site: Path) -> dict[str, str]:
        index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
        return {doc["location"]: doc["text"] for doc in index["docs"] if "#ex-" in doc["location"]}

    def answer_of(anchor: str) -> str | None:
        for chapter, module in chapter_parts("exercises").items():
            for exercise in module.EXERCISES:
                if exercise.anchor == anchor and exercise.answer:
                    name = f"{chapter}.{exercise.answer}"
                    return next(values[name] for values in EXERCISE_VALUES.values() if name in values)
        return None

    course, full = sections(course_site), sections(built_site)
    expected = {f"{page}#{anchor}" for page, anchors in EXERCISES.items() for anchor in anchors}
    assert set(course) == expected == set(full)
    in_full = {location for location, text in full.items()
               if (value := answer_of(location.split("#")[1])) and value.replace("-", "−") in text}
    assert len(in_full) >= 20, "the full site's index holds the answers (what this test looks for)"
    assert [location for location, text in course.items()
            if (value := answer_of(location.split("#")[1])) and value.replace("-", "−") in text] == []


def test_the_ledger_lists_the_exercises_data_but_not_their_withheld_numbers(course_site: Path,
                                                                             withheld: set[str]) -> None:
    rows = {row["id"] for row in soup(course_site, "ledger").select("table.ledger tr[id]")}
    inputs = {name for name, bound in all_claims().items() if bound.claim.origin == "exercise" and bound.is_input}
    assert inputs <= rows and rows.isdisjoint(withheld)


def test_the_course_edition_publishes_the_exercise_sheet_but_not_the_solutions(course_site: Path) -> None:
    for language in ("zh", "en"):
        assert (course_site / f"handout.{language}.pdf").is_file() and (course_site / f"exercises.{language}.pdf").is_file()
        assert not (course_site / f"solutions.{language}.pdf").exists()
    links = [a["href"] for a in soup(course_site, "").select("a.handout-link")]
    assert links == ["handout.zh.pdf", "exercises.zh.pdf"]
    links = [a["href"] for a in soup(course_site, "en").select("a.handout-link")]
    assert links == ["../handout.en.pdf", "../exercises.en.pdf"]


def test_the_course_handout_lists_no_withheld_number(course_site: Path, handout_site: Path,
                                                     handout_pdf: Path, withheld: set[str]) -> None:
    """``SOLUTIONS=false make pdf``: the handout's 数字核对 lists the exercises' data, not their answers.

    Read on the print page each handout was printed from (a PDF's table cells come out interleaved).
    """
    from pypdf import PdfReader

    def ledger_rows(print_site: Path) -> set[str]:
        page = BeautifulSoup((print_site / "print_page" / "index.html").read_text(encoding="utf-8"), "html.parser")
        return {row["id"].removeprefix("ledger-") for row in page.select("table.ledger tr[id]")}

    full, course = ledger_rows(handout_site), ledger_rows(course_site.parent / "handout-site")
    assert withheld <= full, "the full handout lists them"
    assert course.isdisjoint(withheld) and course, "the course handout lists the rest"
    assert PdfReader(course_site / "handout.zh.pdf").metadata["/SiteEdition"] == "course"
    assert PdfReader(course_site / "handout.en.pdf").metadata["/SiteEdition"] == "course"
    assert PdfReader(handout_pdf).metadata["/SiteEdition"] == "full"
