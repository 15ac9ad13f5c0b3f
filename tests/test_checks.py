"""Every derivation check passes, finds the article's results, and is shown beside its step."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from snippets.claim import chapter_parts
from tests.article import CHECKS
from tests.conftest import build_env, run_build

FOUND = {f"{chapter}.{check.__name__}": check
         for chapter, module in chapter_parts("checks").items() for check in module.CHECKS}


@pytest.mark.parametrize("name", FOUND)
def test_check_passes(name: str) -> None:
    result = FOUND[name]()
    assert result.passed, (result.statement, result.evidence)


def test_every_check_is_placed_on_a_page() -> None:
    assert set(FOUND) == set(CHECKS)


@pytest.mark.parametrize(
    ("name", "evidence"),
    [
        ("least_squares.verify_normal_equations", "(w, b) = (2, 10)"),  # §1.3 w ≈ 2, b ≈ 10
        ("maximum_likelihood.verify_coin_maximum", r"p = \frac{3}{5}"),  # §3.2 p = 0.6
        ("maximum_likelihood.verify_coin_maximum",
         r"6 \log{\left(p \right)} + 4 \log{\left(1 - p \right)}"),  # §3.2 log P = 6 log p + 4 log(1 − p)
        ("categorical_cross_entropy.verify_categorical_log_probability", r"= \log{\left(p_{2} \right)}"),
        ("maximum_likelihood.verify_ordering_factor_changes_nothing", r"\binom{10}{6} = 210"),  # 10! / (6! 4!)
        ("cross_entropy.verify_gradients_as_written", "= -0.0132"),  # 2(σ(-5) - 1) σ(-5) σ(5) = -0.01321
    ],
)
def test_check_finds_the_article_result(name: str, evidence: str) -> None:
    assert any(evidence in line for line in FOUND[name]().evidence), FOUND[name]().evidence


def places() -> list[tuple[str, str]]:
    return [(name, page) for name, pages in CHECKS.items() for page in pages]


@pytest.mark.parametrize(("name", "page"), places(), ids=[f"{p}{n}" for n, p in places()])
def test_check_is_shown_with_evidence_first_then_verdict_and_code(built_site: Path, name: str, page: str) -> None:
    html = BeautifulSoup((built_site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    function = FOUND[name]
    blocks = [d for d in html.select("details.success")
              if f"def {function.__name__}(" in d.get_text()]
    assert len(blocks) == 1, f"{name} not shown once on {page}"
    text = blocks[0].get_text(" ")
    assert blocks[0].summary.get_text().startswith("验证这一步：" + function().statement["zh"])
    assert "结论：通过" in text
    assert len(blocks[0].select(".arithmatex")) == len(function().evidence)
    # the reader sees the typeset result first; the code waits behind a second disclosure
    code = blocks[0].select_one("details.example")
    assert code is not None and f"def {function.__name__}(" in code.get_text()
    first = next(e for e in blocks[0].find_all(True) if e.name != "summary" and e.parent is blocks[0])
    assert "arithmatex" in first.get("class", []), first


BROKEN_STEPS = [
    # (file, right expression, wrong expression, the check that must catch it)
    ("snippets/normal_least_squares/checks.py", "- (yi - (w * xi + b)) ** 2 / (2 * sigma**2) for xi",
     "- (yi - (w * xi + b)) ** 2 / sigma**2 for xi", "verify_gaussian_log_likelihood"),
    ("snippets/maximum_likelihood/checks.py", "article_form = h * sp.log(p) + t * sp.log(1 - p)",
     "article_form = h * sp.log(p) + t * sp.log(p)", "verify_coin_maximum"),
    ("snippets/cross_entropy_from_information/checks.py", "kl = sp.Add(*[pi * sp.log(pi / qi)",
     "kl = sp.Add(*[qi * sp.log(pi / qi)", "verify_cross_entropy_decomposition"),
    # the page once wrote the squared-error gradient without its factor 2, beside numbers that have it
    ("snippets/cross_entropy/checks.py", "page_cross_entropy, page_squared_error = p - y, 2 * (p - y) * p * (1 - p)",
     "page_cross_entropy, page_squared_error = p - y, (p - y) * p * (1 - p)", "verify_gradients_as_written"),
    ("snippets/least_squares/checks.py", "y = [w * xi + b + e for xi, e",
     "y = [w * xi + b + e**2 for xi, e", "verify_unbiased_without_normality"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "right", "wrong", "check"), BROKEN_STEPS, ids=[b[3] for b in BROKEN_STEPS])
def test_a_broken_step_is_caught(project_copy: Path, path: str, right: str, wrong: str, check: str) -> None:
    source = project_copy / path
    text = source.read_text(encoding="utf-8")
    assert text.count(right) == 1, f"{right!r} not found once in {path}"
    source.write_text(text.replace(right, wrong), encoding="utf-8")
    result = subprocess.run(
        # only the broken check's own test: the proof needs no other
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_checks.py",
         "-k", f"test_check_passes and {check}"],
        cwd=project_copy, env=build_env(PYTHONPATH=str(project_copy)), capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 1, result.stdout[-2000:]
    assert check in result.stdout


@pytest.mark.slow
def test_a_failing_check_stops_the_build(project_copy: Path, tmp_path: Path) -> None:
    path, right, wrong, _ = BROKEN_STEPS[1]
    source = project_copy / path
    source.write_text(source.read_text(encoding="utf-8").replace(right, wrong), encoding="utf-8")
    result = run_build(project_copy, tmp_path / "site")
    assert result.returncode != 0
    assert "maximum-likelihood.md:" in result.stderr and "check failed" in result.stderr

