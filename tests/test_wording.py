"""Sentences as true as the numbers beside them.

Some sentences were wrong next to correct numbers: a likelihood called
proportional to a sum of squares, cross-entropy called the difference between
two distributions, a residual called "the largest" when it is the largest in
absolute value, a fit called "not an integer" when its intercept is 12.0.
These lints read the Markdown of ``docs/`` sentence by sentence and fail when
such wording comes back; each is shown, on the sentence that was once on the
site, to catch it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from snippets.claim import find_claim
from tests.conftest import ROOT
from tests.test_no_hand_typed_numbers import markdown_cells

PAGES = sorted((ROOT / "docs").glob("*.md"))
NOTEBOOKS = sorted((ROOT / "docs" / "notebooks").glob("*.py"))
CLAIM = re.compile(r"\[\[claim:([\w.]+)\]\]")
MARKER = re.compile(r"\[\[[\w-]+:[^\]]*\]\]")


@dataclass(frozen=True)
class Sentence:
    """One sentence of a page, with where it stands."""

    text: str
    section: str  # the heading above it
    in_annotation: bool  # inside a 核对 note


def sentences(markdown: str) -> list[Sentence]:
    """Split a page into sentences (at 。；！？, at . ; ! ? before a new sentence, and at list items), knowing the
    section and 核对 (English: Check) notes."""
    markdown = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.DOTALL)
    found: list[Sentence] = []
    section, in_note = "", False
    for block in re.split(r"\n[ \t]*\n", markdown):
        if not block.strip():
            continue
        if block.startswith("#"):
            section = block.splitlines()[0]
        if re.match(r'(!!!|\?\?\?\+?) note "(?:核对|Check)', block.lstrip()):
            in_note = True
        elif not block.startswith("    "):
            in_note = False
        for part in re.split(r"(?<=[。；！？])|(?<=[.;!?])\s+(?=[A-Z$*(])|\n(?=\s*[-*] )", block):
            text = " ".join(part.split())
            if text:
                found.append(Sentence(text, section, in_note))
    return found


def prose(path: Path) -> str:
    """The reader's text of a page, or of a notebook's Markdown cells."""
    text = path.read_text(encoding="utf-8")
    return markdown_cells(text) if path.suffix == ".py" else text


def page_sentences() -> list[tuple[str, Sentence]]:
    return [(path.name, s) for path in (*PAGES, *NOTEBOOKS) for s in sentences(prose(path))]


# --- A normal likelihood and a sum of squares are related affinely, not proportionally ---------------
PROPORTIONAL = re.compile(r"∝|\\propto|成正比|proportional", re.IGNORECASE)
IDENTITY = re.compile(r"就是|即|等于|=|\bis\b|\bequals?\b|same as|\bbecomes\b", re.IGNORECASE)
#: What makes an identity between the two exact: the constant is named, or only the optimum is compared.
AFFINE_OR_OPTIMUM = re.compile(r"常数|仿射|最优|最大化|最小化|最大点|最小点"
                               r"|constant|affine|optim|maximi[sz]|minimi[sz]|maximum|minimum", re.IGNORECASE)


def likelihood_squares_problem(sentence: str) -> str | None:
    """Why ``sentence`` misstates how a likelihood and a sum of squares relate, or None."""
    sentence = MARKER.sub("", sentence)  # a claim's name (normal_least_squares.…_likelihood_…) is not prose
    chinese = "似然" in sentence and "平方" in sentence
    english = re.search(r"likelihood", sentence, re.IGNORECASE) and re.search(r"squar(?:es?|ed)\b", sentence, re.IGNORECASE)
    if not (chinese or english):
        return None
    if PROPORTIONAL.search(sentence):
        return "a likelihood and a sum of squares are not proportional: −log L = (n/2)·log 2πσ² + SSE/(2σ²)"
    if IDENTITY.search(sentence) and not AFFINE_OR_OPTIMUM.search(sentence):
        return "equates a likelihood with a sum of squares without naming the constant and the positive factor"
    return None


@pytest.mark.parametrize(
    "sentence",
    [
        "负对数似然 ∝ 平方和",  # the home page's map, once
        "伯努利似然取负对数就是交叉熵，正态似然取负对数就是平方误差。",  # 极大似然估计's 小结, once
        r"$-\log L \propto \sum_i (y_i - \hat{y}_i)^2$，所以似然最大就是平方和最小",
    ],
)
def test_likelihood_lint_catches_a_proportional_or_bare_identity(sentence: str) -> None:
    assert likelihood_squares_problem(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The negative log-likelihood is proportional to the sum of squares.",
        "So the normal negative log-likelihood is just the sum of squared errors.",
    ],
)
def test_likelihood_lint_catches_the_english_wording_too(sentence: str) -> None:
    assert likelihood_squares_problem(sentence)


def test_likelihood_lint_accepts_the_exact_statements() -> None:
    for sentence in ("正态似然取负对数，得到平方误差之和乘以正数 $\\frac{1}{2\\sigma^2}$ 再加一个常数。",
                     "常数项和正的倍数都不影响最优点，所以最大化似然就是最小化平方和。",
                     "Up to an additive constant and a positive factor, the negative log-likelihood is the sum of "
                     "squares, so maximizing the likelihood is minimizing the sum of squares."):
        assert likelihood_squares_problem(sentence) is None


def test_no_page_misstates_the_likelihood_of_squares() -> None:
    problems = [(page, s.text, why) for page, s in page_sentences()
                if (why := likelihood_squares_problem(s.text))]
    assert problems == []


# --- Cross-entropy is not the difference between two distributions; D_KL is ------------------------
DIFFERENCE = re.compile(r"距离|差异|差距|相差|distance|difference|\bgap\b|mismatch", re.IGNORECASE)
NAMES_KL = re.compile(r"KL")


def difference_problems(markdown: str) -> list[str]:
    """Sentences that call cross-entropy a distance or difference without saying that D_KL is that part.

    Allowed: inside a 核对 note; when the sentence or the next one names the KL divergence; or when
    the sentence reports the article's words (原文) and a 核对 note in the same section names KL.
    """
    found = sentences(markdown)
    notes_with_kl = {s.section for s in found if s.in_annotation and NAMES_KL.search(s.text)}
    problems = []
    for i, s in enumerate(found):
        text = MARKER.sub("", s.text)
        names_cross_entropy = "交叉熵" in text or re.search(r"cross-entropy", text, re.IGNORECASE)
        if s.in_annotation or not names_cross_entropy or not DIFFERENCE.search(text):
            continue
        following = found[i + 1].text if i + 1 < len(found) else ""
        if NAMES_KL.search(s.text) or NAMES_KL.search(following):
            continue
        if ("原文" in s.text or "the article" in s.text) and s.section in notes_with_kl:
            continue
        problems.append(s.text)
    return problems


@pytest.mark.parametrize(
    "markdown",
    [
        "## 2.1 背景与场景\n\n在这个视角下，交叉熵衡量两个概率分布之间的差异。还是邮件分类。",  # once on the site
        "- **信息论角度**：交叉熵度量真实分布与预测分布之间的信息量差异。最小化交叉熵让预测更准确。",
        "## 2.3\n\n原文称交叉熵表示两个分布之间的“距离”。\n\n后面没有核对。",
        "## 2.1 Background\n\nIn this view, cross-entropy measures the difference between two distributions. Next.",
    ],
)
def test_difference_lint_catches_cross_entropy_called_a_difference(markdown: str) -> None:
    assert difference_problems(markdown)


def test_difference_lint_accepts_an_annotated_quotation() -> None:
    markdown = ("## 2.3\n\n原文称交叉熵表示两个分布之间的“距离”。\n\n"
                '??? note "核对：不是距离"\n\n    KL 散度才是超出 $H(P)$ 的那部分。\n')
    assert difference_problems(markdown) == []


@pytest.mark.parametrize("page", [*PAGES, *NOTEBOOKS], ids=[p.relative_to(ROOT / "docs").as_posix() for p in [*PAGES, *NOTEBOOKS]])
def test_cross_entropy_is_called_a_difference_only_beside_kl(page: Path) -> None:
    assert difference_problems(prose(page)) == []


# --- Words that a computed number must bear out ----------------------------------------------------
def sentences_quoting(page: str, claim: str) -> list[str]:
    marker = f"[[claim:{claim}]]"
    return [s.text for s in sentences((ROOT / "docs" / page).read_text(encoding="utf-8")) if marker in s.text]


def test_noisy_residual_is_called_largest_in_absolute_value() -> None:
    from snippets.least_squares import noisy_residuals

    residual = find_claim("least_squares.noisy_largest_residual").value()
    assert residual == min(noisy_residuals()) != max(noisy_residuals()), "it is the most negative, not the largest"
    quoting = sentences_quoting("least-squares.md", "least_squares.noisy_largest_residual")
    assert quoting and all("绝对值最大" in s for s in quoting), quoting
    quoting = sentences_quoting("least-squares.en.md", "least_squares.noisy_largest_residual")
    assert quoting and all("largest in absolute value" in s for s in quoting), quoting


NOT_INTEGER = re.compile(r"不是整数|不再是整数|非整数")


def test_a_number_called_not_an_integer_is_not_one() -> None:
    called = [(page, name) for page, s in page_sentences() if NOT_INTEGER.search(s.text)
              for name in CLAIM.findall(s.text)]
    integers = [(page, name) for page, name in called if float(find_claim(name).text()).is_integer()]
    assert integers == []


def test_not_an_integer_lint_catches_the_old_noisy_fit_sentence() -> None:
    old = ("同样两个方程给出 $w$ = [[claim:least_squares.noisy_slope]]、$b$ = [[claim:least_squares.noisy_intercept]]："
           "仍有精确解，只是不再是整数，也不等于生成数据的那条直线。")
    assert NOT_INTEGER.search(old)
    assert float(find_claim("least_squares.noisy_intercept").text()).is_integer()  # 12.0: the sentence was false


def test_outlier_share_is_described_as_less_than_half() -> None:
    own = find_claim("least_squares.outlier_day_squared_error").value()
    others = find_claim("least_squares.other_days_squared_error").value()
    assert own < others, "the refitted line gives the outlier less than half of the squared error"
    quoting = sentences_quoting("least-squares.md", "least_squares.outlier_share_percent")
    assert quoting and all("只占" in s for s in quoting), quoting
    quoting = sentences_quoting("least-squares.en.md", "least_squares.outlier_share_percent")
    assert quoting and all(re.search(r"\bonly\b|less than half", s) for s in quoting), quoting
    page = (ROOT / "docs" / "least-squares.md").read_text(encoding="utf-8")
    assert "压过" not in page, "the outlier does not outweigh the other days on the refitted line"


def test_home_page_gives_the_articles_starting_point() -> None:
    """The article opens with the loss function as the core problem and three approaches to it."""
    home = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    section = home.split("{#where-the-article-starts}", 1)[1].split("\n## ", 1)[0]
    assert "损失函数" in section
    assert all(name in section for name in ("最小二乘", "交叉熵", "极大似然"))
