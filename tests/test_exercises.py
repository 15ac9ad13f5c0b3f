"""Exercises: declared in the snippets, placed on their pages with stable anchors, a hint and a collapsed
solution each; a derivation's solution carries its SymPy check; a numeric exercise's self-check accepts
the answer the snippets compute (read from the claim here, never typed) in the forms a reader writes it,
rejects a wrong one and opens the hint — by keyboard, at 390 and 1280 px.

The answers themselves are proven in ``tests/test_claims.py`` against values worked out by hand
(``EXERCISE_VALUES`` in ``tests/article.py``).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from playwright.sync_api import Browser

from snippets.claim import chapter_parts, find_claim
from tests.article import EXERCISE_TABLES, EXERCISES
from tests.conftest import BIN, ROOT
from tests.test_browser import Visit, browser, site_url  # noqa: F401 - fixtures

SELF_CHECK = ROOT / "docs" / "javascripts" / "self_check.js"
RUNNER = Path(__file__).with_name("explorable_parity.mjs")  # runs named exports of an ES module on JSON cases


def declared() -> dict[str, object]:
    return {exercise.anchor: (chapter, exercise) for chapter, module in chapter_parts("exercises").items()
            for exercise in module.EXERCISES}


def test_every_declared_exercise_is_where_tests_expect_it() -> None:
    expected = {anchor: kind for page in EXERCISES.values() for anchor, kind in page.items()}
    assert {anchor: exercise.kind for anchor, (_, exercise) in declared().items()} == expected


def exercise_blocks(built_site: Path, page: str) -> dict[str, list]:
    """Each exercise's elements on the page: from its heading to the next heading."""
    html = BeautifulSoup((built_site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    blocks = {}
    for anchor in EXERCISES[page]:
        heading = html.find(id=anchor)
        assert heading is not None and heading.name == "h3", f"#{anchor} is not an exercise heading on {page}"
        assert heading.get_text().startswith("练习 "), heading.get_text()
        blocks[anchor] = [heading]
        for sibling in heading.find_next_siblings():
            if sibling.name in {"h2", "h3"}:
                break
            blocks[anchor].append(sibling)
    return blocks


@pytest.mark.parametrize("page", EXERCISES)
def test_each_exercise_has_a_hint_a_collapsed_solution_and_what_its_kind_needs(built_site: Path, page: str) -> None:
    for anchor, block in exercise_blocks(built_site, page).items():
        _, exercise = declared()[anchor]
        kinds = [(element.name, tuple(element.get("class", []))) for element in block]
        hints = [e for e in block if e.name == "details" and "hint" in e.get("class", [])]
        solutions = [e for e in block if e.name == "details" and "solution" in e.get("class", [])]
        forms = [e for e in block if e.name == "form" and "self-check" in e.get("class", [])]
        assert len(hints) == 1 and not hints[0].has_attr("open"), (anchor, kinds)
        assert len(solutions) == 1 and not solutions[0].has_attr("open"), (anchor, kinds)
        if exercise.answer is not None:  # its self-check compares with the answer's claim
            (form,) = forms
            claim = find_claim(f"{declared()[anchor][0]}.{exercise.answer}")
            assert (float(form["data-answer"]), int(form["data-digits"])) == (claim.value(), claim.claim.digits)
            assert solutions[0].select(f'[data-claim="{claim.name}"]'), f"{anchor}: the solution states its answer"
        else:
            assert forms == [], anchor
        if exercise.kind == "derivation":  # its solution shows the SymPy check it declares
            checks = solutions[0].select("details.success")
            assert checks, f"{anchor}: no 验证这一步 in the solution"
            assert any(f"def {exercise.check}(" in check.get_text() for check in checks), \
                f"{anchor}: the solution's check is not {exercise.check}"


@pytest.mark.parametrize("page", EXERCISE_TABLES)
def test_exercise_tables_hold_the_rows_worked_out_by_hand(built_site: Path, page: str) -> None:
    html = BeautifulSoup((built_site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    exercises = html.find(id="exercises")
    table = exercises.find_next("table")
    rows = [[cell.get_text(strip=True) for cell in row.find_all("td")] for row in table.find_all("tr")[1:]]
    assert rows == EXERCISE_TABLES[page]


#: What a reader may type, and the verdict at the answer 0.10536 (3 decimals, in nats).
READER_ANSWERS = [
    ("0.105", "right"), (".105", "right"), ("0.1054", "right"), ("1.05e-1", "right"), ("1.05E-1", "right"),
    ("1.05 × 10^-1", "right"), ("1.05*10^(-1)", "right"), ("0.105 nats", "right"), (" 0.105奈特 ", "right"),
    ("0.106", "wrong"), ("0.1", "wrong"), ("0.10", "wrong"), ("−0.105", "wrong"), ("0.105 bits", "unit"),
    ("0.105 比特", "unit"), ("", "unreadable"), ("abc", "unreadable"), ("0.1.5", "unreadable"), ("1/0", "unreadable"),
    # what a Chinese keyboard and a reader's habits add: full-width digits, 。 as a point, a decimal comma, a name
    ("０.１０５", "right"), ("0。105", "right"), ("0,105", "right"), ("H = 0.105", "right"), ("H(Q,P)=0.105", "right"),
    ("ln 4", "unreadable"),
    # a reader who rounds says so; a probability may come as a percentage
    ("≈0.105", "right"), ("约 0.105", "right"), ("H ≈ 0.105", "right"), ("~0.105", "right"), ("10.54%", "right"),
    ("10.54 %", "right"), ("10.6%", "wrong"), ("%", "unreadable"),
]


def run_self_check(cases: list[tuple[str, list]]) -> list[dict]:
    run = subprocess.run([str(BIN / "node"), str(RUNNER), str(SELF_CHECK)], input=json.dumps(cases),
                         capture_output=True, text=True, timeout=60, check=True)
    return json.loads(run.stdout)["results"]


def test_self_check_reads_answers_as_readers_write_them() -> None:
    results = run_self_check([("judge", [typed, 0.10536051565782628, 3, "nats"]) for typed, _ in READER_ANSWERS])
    assert [r["value"] for r in results] == [verdict for _, verdict in READER_ANSWERS]
    fractions = run_self_check([("judge", ["7/10", 0.7, 3, ""]), ("judge", ["3/5", 0.7, 3, ""]),
                                ("judge", ["-0.223", -0.2231435513142097, 3, ""]), ("judge", ["25", 25.0, 0, ""]),
                                ("judge", ["25.4", 25.0, 0, ""]), ("judge", ["26", 25.0, 0, ""]),
                                # 多少倍: "2.28倍"; a unit word where the exercise asks none is not held against it
                                ("judge", ["2.28倍", 2.276931686399999, 2, ""]), ("judge", ["1.94 nats", 1.94, 2, ""])])
    assert [r["value"] for r in fractions] == ["right", "wrong", "right", "right", "right", "wrong", "right", "right"]


@pytest.mark.browser
@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("page", EXERCISES)
def test_self_check_accepts_the_computed_answer_and_opens_the_hint_after_a_wrong_one(
        browser: Browser, site_url: str, page: str, width: int) -> None:
    visit = Visit(browser, site_url, page, width=width, height=844)
    tab = visit.page
    numeric = [anchor for anchor, (_, exercise) in declared().items()
               if anchor in EXERCISES[page] and exercise.answer is not None]
    assert numeric, page
    for anchor in numeric:
        chapter, exercise = declared()[anchor]
        answer = find_claim(f"{chapter}.{exercise.answer}").text()  # as the claim prints it
        form = tab.locator(f'form.self-check[data-exercise="{anchor}"]')
        hint = tab.locator(f"#{anchor} ~ details.hint").first
        field = form.locator("input")
        # Keyboard only: focus the field, type, Enter.
        field.focus()
        tab.keyboard.type("1e9")
        tab.keyboard.press("Enter")
        assert form.get_attribute("data-verdict") == "wrong", anchor
        assert hint.evaluate("(details) => details.open"), f"{anchor}: the hint opens after a wrong try"
        field.fill("")
        tab.keyboard.type(answer.replace("-", "\N{MINUS SIGN}"))
        tab.keyboard.press("Enter")
        assert form.get_attribute("data-verdict") == "right", (anchor, answer)
        assert form.locator(".self-check__verdict").inner_text().startswith("对了"), anchor
        assert not tab.locator(f"#{anchor} ~ details.solution").first.evaluate("(d) => d.open"), "solution stays shut"
    sizes = tab.evaluate("""() => ({
        page: document.documentElement.scrollWidth,
        shortest: Math.min(...[...document.querySelectorAll("form.self-check input, form.self-check button")]
            .map((e) => e.getBoundingClientRect().height)),
    })""")
    tab.close()
    assert sizes["page"] == width and sizes["shortest"] >= 44, sizes
    assert visit.problems == []


@pytest.mark.browser
def test_without_javascript_the_self_check_hides_and_the_solution_stays_collapsed(browser: Browser,
                                                                                  site_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    page = next(iter(EXERCISES))
    tab.goto(site_url + page, wait_until="load")
    assert tab.locator("form.self-check").count() > 0
    assert not tab.locator("form.self-check").first.is_visible()
    assert tab.locator("details.solution").count() == len(EXERCISES[page])
    assert tab.locator("details.solution[open]").count() == 0
    context.close()
