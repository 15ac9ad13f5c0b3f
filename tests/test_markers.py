"""The marker tokenizer (``sitekit/markers.py``): every marker found once, none in code or comments."""

from __future__ import annotations

from pathlib import Path

from sitekit.markers import KINDS, markers, unknown
from tests.conftest import ROOT

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
[[check:least_squares.verify_normal_equations]]
[[article]] [[article:title]] [[handout]] [[offline-copy]] [[concept-map]]
"""


def test_every_marker_is_found_once_with_its_line_and_math_context() -> None:
    found = [(m.kind, m.argument, m.line, m.in_math) for m in markers(PAGE)]
    assert found == [
        ("claim", "cross_entropy.cat_confident_loss", 3, False),
        ("eq", "cross-entropy.md#loss", 3, False),
        ("claim", "least_squares.fitted_loss", 6, True),
        ("claim", "cross_entropy.p_confident", 9, True),
        ("table", "least_squares.sales_table", 19, False),
        ("figure", "least_squares.fit_and_outlier", 25, False),
        ("check", "least_squares.verify_normal_equations", 26, False),
        ("article", None, 27, False),
        ("article", "title", 27, False),
        ("handout", None, 27, False),
        ("offline-copy", None, 27, False),
        ("concept-map", None, 27, False),
    ]
    assert {kind for kind, *_ in found} == set(KINDS), "the page uses every kind"
    assert unknown(markers(PAGE)) == []


def test_an_unknown_kind_is_reported_with_its_line() -> None:
    strays = unknown(markers("第一行\n见 [[figur:least_squares.fit]] 和 [[claim:ok.name]]\n`[[nonsense]]`\n"))
    assert [(m.text, m.line) for m in strays] == [("[[figur:least_squares.fit]]", 2)]


def test_every_page_uses_only_known_kinds() -> None:
    pages = sorted((ROOT / "docs").rglob("*.md"))
    assert pages
    assert [(p.name, m.text) for p in pages for m in unknown(markers(p.read_text(encoding="utf-8")))] == []
