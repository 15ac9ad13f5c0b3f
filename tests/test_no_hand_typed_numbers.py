"""No numeric result is typed by hand in the prose: numbers come from claims.

The lint strips what may legitimately hold digits (code, claim markers, link
targets, heading anchors) and then allows only the structural numbers below,
each with its reason.  Every other number in ``docs/**/*.md`` fails the test.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import ROOT

#: Removed before looking for numbers: code, markers, link targets, attribute lists, comments.
STRIPPED = [
    re.compile(r"\A---\n.*?\n---\n", re.DOTALL),  # front matter: page settings, not prose
    re.compile(r"^(`{3,}|~{3,}).*?^\1[ \t]*$", re.DOTALL | re.MULTILINE),  # fenced code
    re.compile(r"`[^`\n]+`"),  # inline code
    re.compile(r"\[\[(?:claim|table):[^\]]*\]\]"),  # computed values
    re.compile(r"\]\([^)]*\)"),  # link targets (page paths and anchors)
    re.compile(r"\{[#.:][^}]*\}"),  # attribute lists such as {#s1-2-example}
    re.compile(r"<!--.*?-->", re.DOTALL),  # comments
]

#: Structural numbers, removed with the reason they are not results.
ALLOWED = [
    (re.compile(r"^#{1,6} \d+(\.\d+)*(?= )", re.MULTILINE), "heading numbering of the article's sections"),
    (re.compile(r"步骤 \d\b"), "step numbers of the article's derivations"),
    (re.compile(r"§\d+(\.\d+)*(–§?\d+(\.\d+)*)?"), "references to the article's sections"),
    (re.compile(r"^\s*\d+\. ", re.MULTILINE), "ordered list markers"),
    (re.compile(r"\d{4}-\d{2}-\d{2}"), "the article's publication date"),
    (re.compile(r"以 2 为底"), "the base of a logarithm"),
    (re.compile(r"练习 \d+\.\d+"), "exercise numbers, as their headings (from the snippets) print them"),
    # The English pages' forms of the same structural numbers.
    (re.compile(r"\bStep \d\b"), "step numbers of the article's derivations, in English"),
    (re.compile(r"\bbase 2\b"), "the base of a logarithm, in English"),
    (re.compile(r"\bExercises? \d+\.\d+"), "exercise numbers, in English"),
]
MATH = re.compile(r"\$\$.+?\$\$|\$[^$\n]+?\$", re.DOTALL)
NUMBER = re.compile(r"(?<![A-Za-z0-9_.])\d+(?:\.\d+)?")  # not part of a name like x_1 or s1
#: Inside math: indices, exponents, labels 0/1, 1 − p, ½ and 2π.  In prose: the labels 0 and 1.
MATH_STRUCTURAL = {"0", "1", "2"}
PROSE_STRUCTURAL = {"0", "1"}


def hand_typed_numbers(markdown: str) -> list[str]:
    """Numbers in ``markdown`` that are neither computed claims nor structural."""
    for pattern in STRIPPED:
        markdown = pattern.sub(" ", markdown)
    for pattern, _reason in ALLOWED:
        markdown = pattern.sub(" ", markdown)
    found = [n for m in MATH.findall(markdown) for n in NUMBER.findall(m) if n not in MATH_STRUCTURAL]
    prose = MATH.sub(" ", markdown)
    return found + [n for n in NUMBER.findall(prose) if n not in PROSE_STRUCTURAL]


PAGES = sorted((ROOT / "docs").rglob("*.md"))
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.py"))


def markdown_cells(notebook: str) -> str:
    """The Markdown cells of a jupytext percent-format notebook, comment markers removed."""
    cells = re.findall(r"^# %% \[markdown\]\n((?:#.*\n?)*)", notebook, re.MULTILINE)
    return "\n\n".join(re.sub(r"^# ?", "", cell, flags=re.MULTILINE) for cell in cells)


@pytest.mark.parametrize("page", PAGES, ids=[p.relative_to(ROOT).as_posix() for p in PAGES])
def test_page_has_no_hand_typed_numbers(page: Path) -> None:
    assert hand_typed_numbers(page.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_text_has_no_hand_typed_numbers(notebook: Path) -> None:
    text = markdown_cells(notebook.read_text(encoding="utf-8"))
    assert text.strip(), "the notebook explains itself in Markdown cells"
    assert hand_typed_numbers(text) == []


@pytest.mark.parametrize(
    ("markdown", "caught"),
    [
        ("损失是 $-\\log(0.9) \\approx 0.105$，很小。", ["0.9", "0.105"]),
        ("可以算出 $p = 0.6$ 时概率最大。", ["0.6"]),
        ("正面6次，反面4次", ["6", "4"]),
        ("误差约为 −0.223。", ["0.223"]),
        ("| 20 | 50 |", ["20", "50"]),
        ("## 1.2 例子\n\n预测销量 50", ["50"]),
        ("如果 $w = 2$，$b = 10$", ["10"]),
        ("收集了五天、5天的数据", ["5"]),
    ],
)
def test_lint_catches_typed_results(markdown: str, caught: list[str]) -> None:
    assert hand_typed_numbers(markdown) == caught


def test_lint_lets_computed_and_structural_numbers_through() -> None:
    markdown = (
        "## 2.2 通俗例子 {#s2-2-example}\n\n"
        "### 步骤 1：定义\n\n"
        "见 §1.1–1.4。损失 [[claim:cross_entropy.cat_confident_loss]]，"
        "$L = -[y \\log p + (1 - y)\\log(1 - p)]$，$\\frac{1}{2}\\sigma^2$，标签（1）或（0），"
        "[例子](least-squares.md#s1-2-example)，`[[claim:x]]` 与 2025-04-18。\n\n1. 第一条\n"
    )
    assert hand_typed_numbers(markdown) == []
