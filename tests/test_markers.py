"""The marker language: one tokenizer (``sitekit/markers.py``), one renderer per kind (the hooks).

The tokenizer is tested on its own; the renderers through the site's own hooks, in one child
process that renders pages without building the site (``tests/render_markers.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sitekit.markers import Joined, MarkerError, markers, render, unknown
from tests.article import EXERCISE_VALUES, PRINTED, TABLES
from tests.conftest import ROOT, build_env

PAGE = """\
# 页 {#page}

损失是 [[claim:cross_entropy.cat_confident_loss]]，见式 [[eq:cross-entropy.md#loss]]。

$$
L = [[claim:least_squares.fitted_loss]] \\tag{1}
$$

行内 $p = [[claim:cross_entropy.p_confident]]$ 和 `[[claim:in.inline_code]]`。

<!-- [[figure:in.a_comment]] -->

```python
"[[check:in.a_fence]]"
```

!!! note "核对"

    缩进里的 [[table:least_squares.sales_table]]

    ```text
    [[eq:in.an_indented_fence]]
    ```

[[figure:least_squares.fit_and_outlier]]
[[explorable:cross_entropy.negative_log]]
[[check:least_squares.verify_normal_equations]]
[[article]] [[article:title]] [[handout]] [[offline-copy]] [[concept-map]]
[[exercise:least_squares.1.1]] [[answer:least_squares.ex_changed_day_squared_error]] [[exercise-help:least_squares]]
"""

EVERY_KIND = {"claim", "table", "figure", "explorable", "check", "eq", "article", "handout", "offline-copy",
              "concept-map", "exercise", "answer", "exercise-help"}


def test_every_marker_is_found_once_with_its_line_and_math_context() -> None:
    found = [(m.kind, m.argument, m.line, m.in_math) for m in markers(PAGE)]
    assert found == [
        ("claim", "cross_entropy.cat_confident_loss", 3, False),
        ("eq", "cross-entropy.md#loss", 3, False),
        ("claim", "least_squares.fitted_loss", 6, True),
        ("claim", "cross_entropy.p_confident", 9, True),
        ("table", "least_squares.sales_table", 19, False),
        ("figure", "least_squares.fit_and_outlier", 25, False),
        ("explorable", "cross_entropy.negative_log", 26, False),
        ("check", "least_squares.verify_normal_equations", 27, False),
        ("article", None, 28, False),
        ("article", "title", 28, False),
        ("handout", None, 28, False),
        ("offline-copy", None, 28, False),
        ("concept-map", None, 28, False),
        ("exercise", "least_squares.1.1", 29, False),
        ("answer", "least_squares.ex_changed_day_squared_error", 29, False),
        ("exercise-help", "least_squares", 29, False),
    ]
    assert {kind for kind, *_ in found} == EVERY_KIND, "the page uses every kind"


def test_a_marker_knows_its_indent_whether_it_is_alone_and_the_formula_before_it() -> None:
    table, figure, claim, other = markers("!!! note\n\n    [[table:t]]\n[[figure:f]] 图\n$w$ = [[claim:w]]\n$a$ `c` [[claim:x]]")
    assert (table.indent, table.alone) == ("    ", True)
    assert (figure.indent, figure.alone) == ("", False)
    assert (claim.indent, claim.formula_before) == (None, ("w", " = "))
    assert other.formula_before is None, "code stands between the formula and the marker"


def test_render_replaces_markers_outside_code_and_joins_a_number_to_its_formula() -> None:
    def one(marker):
        if marker.formula_before:
            return Joined(f" = <{marker.argument}>")
        return f"<{marker.argument}{'@' if marker.in_math else ''}:{marker.line}>"

    source = "a [[x:1]]\n`[[x:2]]` <!-- [[x:3]] -->\n$f([[x:4]])$ = [[x:5]] $$[[x:6]]$$"
    assert render(source, one, first_line=10) == ("a <1:10>\n`[[x:2]]` <!-- [[x:3]] -->\n"
                                                   "$f(<4@:12>) = <5>$ $$<6@:12>$$")


def test_joining_without_a_formula_before_is_an_error_with_its_line() -> None:
    with pytest.raises(MarkerError, match=r"^line 4: \[\[x:1\]\]: no formula directly before"):
        render("\n见 [[x:1]]", lambda marker: Joined(" = 1"), first_line=3)


def test_an_unknown_kind_is_reported_with_its_line() -> None:
    strays = unknown(markers("第一行\n见 [[figur:least_squares.fit]] 和 [[claim:ok.name]]\n`[[nonsense]]`\n"), EVERY_KIND)
    assert [(m.text, m.line) for m in strays] == [("[[figur:least_squares.fit]]", 2)]


# --- the renderers, through the site's hooks ---------------------------------------------------

#: A page that uses every kind with names the site knows, markers in code, comments, math and an admonition.
KNOWN_PAGE = """\
# 每种标记

损失是 [[claim:cross_entropy.cat_confident_loss]]，$-\\log 0.9 \\approx$ [[claim:cross_entropy.cat_confident_loss]]，
见式 [[eq:binary-cross-entropy]]。行内 $p = [[claim:cross_entropy.p_confident]]$，`[[claim:in.code]]` 不算。

<!-- [[figure:in.a_comment]] -->

```python
"[[check:in.a_fence]]"
```

!!! note "核对"

    缩进里的表：

    [[table:least_squares.sales_table]]

    ```text
    [[eq:in.an_indented_fence]]
    ```

[[figure:least_squares.fit_and_outlier]]

[[explorable:cross_entropy.negative_log]]

[[check:least_squares.verify_normal_equations]]

[[article]] [[article:title]] [[handout]] [[offline-copy]]

[[concept-map]]

[[exercise:least_squares.1.1]]

[[answer:least_squares.ex_changed_day_squared_error]]

由易到难。[[exercise-help:least_squares]]
"""

#: One unknown name (or a marker where it cannot stand) per kind, and what the error says.
BAD = {
    "claim": ("[[claim:cross_entropy.cat_confident_los]]", "did you mean cross_entropy.cat_confident_loss"),
    "table": ("[[table:least_squares.no_such_table]]", "unknown table 'least_squares.no_such_table'"),
    "claim-without-name": ("[[claim]]", "a claim needs its name"),
    "table-in-a-sentence": ("见表 [[table:least_squares.sales_table]]", "a table stands on a line of its own"),
    "figure": ("[[figure:cross_entropy.no_such_figure]]", "unknown figure 'cross_entropy.no_such_figure'"),
    "explorable": ("[[explorable:cross_entropy.no_such_explorable]]",
                   "unknown explorable 'cross_entropy.no_such_explorable'"),
    "check": ("[[check:least_squares.verify_nothing]]", "unknown check 'least_squares.verify_nothing'"),
    "eq": ("[[eq:no-such-equation]]", "unknown equation; labels on cross-entropy.md: binary-cross-entropy"),
    "article": ("[[article:author]]", "unknown; write [[article]] or [[article:title]]"),
    "handout": ("[[handout:a4]]", "[[handout]] takes no argument"),
    "offline-copy": ("[[offline-copy:zip]]", "[[offline-copy]] takes no argument"),
    "concept-map": ("[[concept-map:small]]", "[[concept-map]] takes no argument"),
    "exercise": ("[[exercise:least_squares.9.9]]", "unknown exercise 'least_squares.9.9'"),
    "answer": ("[[answer:least_squares.fitted_slope]]", "least_squares.fitted_slope answers no exercise"),
    "exercise-help": ("[[exercise-help:least_square]]", "unknown chapter 'least_square'"),
}
BAD_KIND = ("见 [[figur:least_squares.fit_and_outlier]]。", "unknown marker kind 'figur'")


@pytest.fixture(scope="module")
def rendered(built_site: Path) -> dict:
    """KNOWN_PAGE and one page per bad marker (on line 5, after front matter), through the site's hooks.

    Depends on the shared build only so that the build cache is warm (figures, notebooks).
    """
    front = "---\ndescription: 测试\n---\n\n"
    pages = [["cross-entropy.md", KNOWN_PAGE]]
    pages += [["cross-entropy.md", f"{front}{marker}\n"] for marker, _ in BAD.values()]
    pages += [["cross-entropy.md", f"{front}{BAD_KIND[0]}\n"]]
    result = subprocess.run([sys.executable, "-m", "tests.render_markers"], cwd=ROOT, input=json.dumps(pages),
                            env=build_env(PYTHONPATH=str(ROOT)), capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    known, *bad = answer["pages"]
    return {"kinds": set(answer["kinds"]), "known": known, "bad": dict(zip([*BAD, "kind"], bad, strict=True))}


def marker_in(line: str) -> str:
    """The marker of a bad line: ``见表 [[table:…]]`` → ``[[table:…]]``."""
    return line[line.index("[["):]


def test_every_kind_has_one_renderer(rendered: dict) -> None:
    assert rendered["kinds"] == EVERY_KIND
    assert EVERY_KIND <= set(BAD), "every kind has its bad-marker test"


def test_the_page_with_every_kind_renders(rendered: dict) -> None:
    assert "error" not in rendered["known"], rendered["known"].get("error")
    out = rendered["known"]["markdown"]
    assert "[[" not in out.replace("[[claim:in.code]]", "").replace("[[figure:in.a_comment]]", "").replace(
        "[[check:in.a_fence]]", "").replace("[[eq:in.an_indented_fence]]", ""), "every marker outside code rendered"
    for untouched in ("`[[claim:in.code]]`", "<!-- [[figure:in.a_comment]] -->", '"[[check:in.a_fence]]"',
                      "    [[eq:in.an_indented_fence]]"):
        assert untouched in out
    loss = PRINTED["cross-entropy/"]["cross_entropy.cat_confident_loss"]
    assert 'data-claim="cross_entropy.cat_confident_loss"' in out and f">{loss}</span>" in out
    assert f"$-\\log 0.9 \\approx \\htmlData{{claim=cross_entropy.cat_confident_loss}}{{{loss}}}$" in out
    assert f"$p = {PRINTED['cross-entropy/']['cross_entropy.p_confident']}$" in out, "bare value inside math"
    assert "[(1)](#eq-binary-cross-entropy)" in out
    rows = TABLES["least-squares/"]
    assert "\n    | " + " | ".join(rows[0]) + " |\n    | " + " | ".join(rows[1]) + " |" in out, "rows keep the indent"
    assert '<img class="figure-image" src="../figures/least_squares/fit_and_outlier.svg#only-light"' in out
    assert '<div class="explorable" id="explorable-cross-entropy-negative-log"' in out
    assert '<script type="module" src="../javascripts/explorables/binary_cross_entropy.js"></script>' in out
    assert '??? success "验证这一步：' in out
    assert "[原文](https://" in out and "[《似然函数_交叉熵》](https://" in out
    assert "本地用 `make pdf` 生成" in out and "本地用 `make offline` 生成" in out
    assert '<svg class="concept-map"' in out
    assert "### 练习 1.1　" in out and "{#ex-1-1}" in out
    answer = EXERCISE_VALUES["least-squares/"]["least_squares.ex_changed_day_squared_error"]
    assert f'<form class="self-check" data-answer="{float(answer)!r}" data-digits="0"' in out
    assert "由易到难。每道题的数都由本章的代码算出，并在[数字核对](ledger.md#least_squares)里列出；数值题可以在框里填答案自查" in out


@pytest.mark.parametrize("kind", list(BAD))
def test_a_bad_marker_of_each_kind_stops_the_build_with_page_and_line(rendered: dict, kind: str) -> None:
    marker, says = BAD[kind]
    error = rendered["bad"][kind].get("error", "")
    assert error.startswith(f"cross-entropy.md:5: {marker_in(marker)}: "), error
    assert says in error


def test_an_unknown_kind_stops_the_build_with_page_and_line(rendered: dict) -> None:
    error = rendered["bad"]["kind"].get("error", "")
    assert error.startswith("cross-entropy.md:5: [[figur:least_squares.fit_and_outlier]]: " + BAD_KIND[1]), error


def test_every_page_uses_only_known_kinds(rendered: dict) -> None:
    pages = sorted((ROOT / "docs").rglob("*.md"))
    assert pages
    assert [(p.name, m.text) for p in pages for m in unknown(markers(p.read_text(encoding="utf-8")),
                                                             rendered["kinds"])] == []
