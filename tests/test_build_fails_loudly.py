"""A broken page or snippet stops the strict build with a message naming file and line.

Each marker kind's unknown name is proven without a build, through the hooks themselves
(``tests/test_markers.py``); the builds here prove the message reaches ``mkdocs build``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_build

PAGE = "docs/cross-entropy.md"


def append_line(project: Path, text: str) -> int:
    """Append ``text`` as a paragraph to the cross-entropy page; return its line number."""
    page = project / PAGE
    lines = page.read_text(encoding="utf-8").splitlines()
    lines += ["", text]
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def failed_build(project: Path, tmp_path: Path) -> str:
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0, "the build should have failed"
    return result.stderr


@pytest.mark.slow
def test_unknown_claim_stops_the_build_with_page_and_line(project_copy: Path, tmp_path: Path) -> None:
    line = append_line(project_copy, "损失是 [[claim:cross_entropy.cat_confident_los]]。")
    stderr = failed_build(project_copy, tmp_path)
    assert f"cross-entropy.md:{line}: [[claim:cross_entropy.cat_confident_los]]" in stderr
    assert "did you mean cross_entropy.cat_confident_loss" in stderr


@pytest.mark.slow
def test_unknown_marker_kind_stops_the_build_with_page_and_line(project_copy: Path, tmp_path: Path) -> None:
    line = append_line(project_copy, "见图 [[figur:least_squares.fit_and_outlier]]，`[[nonsense]]` 在代码里不算。")
    stderr = failed_build(project_copy, tmp_path)
    assert f"cross-entropy.md:{line}: [[figur:least_squares.fit_and_outlier]]: unknown marker kind 'figur'" in stderr
    assert "nonsense" not in stderr


@pytest.mark.slow
def test_snippet_exception_stops_the_build_with_page_line_and_cause(project_copy: Path, tmp_path: Path) -> None:
    snippet = project_copy / "snippets/cross_entropy/model.py"
    snippet.write_text(snippet.read_text(encoding="utf-8").replace("P_WRONG = 0.1", "P_WRONG = 1.5"), encoding="utf-8")
    stderr = failed_build(project_copy, tmp_path)
    assert "cross-entropy.md:" in stderr
    assert "cat_wrong_loss() raised ValueError('p must be a probability, got 1.5')" in stderr


@pytest.mark.slow
def test_broken_link_and_anchor_stop_the_build(project_copy: Path, tmp_path: Path) -> None:
    append_line(project_copy, "见[不存在的页](no-such-page.md)和[不存在的小节](least-squares.md#s9-9)。")
    stderr = failed_build(project_copy, tmp_path)
    assert "cross-entropy.md' contains a link 'no-such-page.md'" in stderr
    assert "does not contain an anchor '#s9-9'" in stderr


@pytest.mark.slow
def test_missing_katex_stops_the_build(project_copy: Path, tmp_path: Path) -> None:
    (project_copy / "node_modules").unlink()
    stderr = failed_build(project_copy, tmp_path)
    assert "KaTeX is not installed" in stderr and "make setup" in stderr


@pytest.mark.slow
def test_failing_figure_function_stops_the_build(project_copy: Path, tmp_path: Path) -> None:
    snippet = project_copy / "snippets/maximum_likelihood/figures.py"
    text = snippet.read_text(encoding="utf-8")
    broken = text.replace('    curves = coin_curves()\n    p_max,', '    curves = coin_curves()\n    del curves["p_max"]\n    p_max,')
    assert broken != text
    snippet.write_text(broken, encoding="utf-8")
    stderr = failed_build(project_copy, tmp_path)
    assert "figure maximum_likelihood.coin_likelihood: plot_coin_likelihood failed: KeyError('p_max')" in stderr


@pytest.mark.slow
def test_formula_katex_cannot_typeset_stops_the_build(project_copy: Path, tmp_path: Path) -> None:
    append_line(project_copy, "$$\n\\nosuchmacro{p}\n$$")
    stderr = failed_build(project_copy, tmp_path)
    assert "cross-entropy.md: KaTeX cannot typeset" in stderr and "nosuchmacro" in stderr


def test_missing_handout_folder_stops_the_build(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    result = run_build(ROOT, tmp_path / "site", HANDOUT_DIR=str(tmp_path / "absent"))
    assert result.returncode != 0
    assert f"HANDOUT_DIR={tmp_path / 'absent'}: no such folder; run 'make pdf' first" in result.stderr


def test_a_handout_without_its_english_edition_and_exercise_sheets_stops_the_build(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    (tmp_path / "pdf").mkdir()
    (tmp_path / "pdf" / "handout.zh.pdf").write_bytes(b"%PDF-1.4\n")
    result = run_build(ROOT, tmp_path / "site", HANDOUT_DIR=str(tmp_path / "pdf"))
    assert result.returncode != 0
    assert f"HANDOUT_DIR={tmp_path / 'pdf'}: no exercises.zh.pdf in it; 'make pdf' writes it there" in result.stderr
    for name in ("exercises.zh.pdf", "solutions.zh.pdf"):
        (tmp_path / "pdf" / name).write_bytes(b"%PDF-1.4\n")
    result = run_build(ROOT, tmp_path / "site", HANDOUT_DIR=str(tmp_path / "pdf"))
    assert f"HANDOUT_DIR={tmp_path / 'pdf'}: no handout.en.pdf in it; 'make pdf' writes it there" in result.stderr


def test_the_full_handout_in_a_course_edition_stops_the_build(tmp_path: Path, handout_pdfs: Path) -> None:
    """Its 数字核对 lists every answer: a course edition must print its own (SOLUTIONS=false make pdf)."""
    from tests.conftest import ROOT

    result = run_build(ROOT, tmp_path / "site", SOLUTIONS="false", HANDOUT_DIR=str(handout_pdfs))
    assert result.returncode != 0
    assert (f"HANDOUT_DIR={handout_pdfs}: handout.zh.pdf was printed from the full edition of the site, this build "
            "is the course edition; print it with 'SOLUTIONS=false make pdf'") in result.stderr


def test_missing_offline_zip_stops_the_build(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    result = run_build(ROOT, tmp_path / "site", OFFLINE_ZIP=str(tmp_path / "absent.zip"))
    assert result.returncode != 0
    assert f"OFFLINE_ZIP={tmp_path / 'absent.zip'}: no such file; run 'make offline' first" in result.stderr


def test_without_the_handout_the_home_page_says_how_to_make_it(tmp_path: Path) -> None:
    from bs4 import BeautifulSoup

    from tests.conftest import ROOT

    result = run_build(ROOT, tmp_path / "site")
    assert result.returncode == 0, result.stderr
    home = BeautifulSoup((tmp_path / "site" / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.select_one("a.handout-link") is None and not (tmp_path / "site" / "handout.zh.pdf").exists()
    assert "本地用 make pdf 生成" in home.get_text()
    # The same for the offline copy.
    assert home.select_one("a.offline-link") is None and not (tmp_path / "site" / "offline.zip").exists()
    assert "本地用 make offline 生成" in home.get_text()
