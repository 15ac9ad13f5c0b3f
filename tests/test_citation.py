"""Citing the site: a valid CITATION.cff, and a generated 引用本页 block on every chapter."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.conftest import ROOT, copy_project, run_build

CFFCONVERT = ROOT / ".venv-tools" / "bin" / "cffconvert"
#: Where the article is published (found by its title and text; written here independently of snippets).
ARTICLE_URL = "https://mlcore-engine.uk/math_foundation/likelihood_entropy"
CHAPTERS = ["", "least-squares/", "cross-entropy/", "maximum-likelihood/", "normal-least-squares/",
            "categorical-cross-entropy/", "cross-entropy-from-likelihood/", "cross-entropy-from-information/",
            "summary/"]


def run_cffconvert(path: Path) -> subprocess.CompletedProcess[str]:
    assert CFFCONVERT.exists(), "cffconvert is missing: run 'make setup'"
    return subprocess.run([str(CFFCONVERT), "--validate", "-i", str(path)], capture_output=True, text=True, timeout=60)


def test_citation_cff_is_valid() -> None:
    result = run_cffconvert(ROOT / "CITATION.cff")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_cffconvert_rejects_an_invalid_file(tmp_path: Path) -> None:
    broken = tmp_path / "CITATION.cff"
    broken.write_text((ROOT / "CITATION.cff").read_text(encoding="utf-8").replace("cff-version: 1.2.0", "cff-version: x"))
    assert run_cffconvert(broken).returncode != 0


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_chapter_has_a_citation_with_title_url_version_and_article(built_site: Path, chapter: str) -> None:
    page = BeautifulSoup((built_site / chapter / "index.html").read_text(encoding="utf-8"), "html.parser")
    block = next(d for d in page.select("details.quote") if d.summary.get_text(strip=True) == "引用本页")
    text = block.get_text(" ")
    title = page.find("h1").get_text(strip=True).rstrip("#")
    canonical = page.find("link", rel="canonical")["href"]
    assert f"《{title}》" in text and canonical in text
    assert f"《似然函数_交叉熵》（2025-04-18），{ARTICLE_URL}" in text
    assert re.search(r"版本 \S+（构建于 \d{4}-\d{2}-\d{2}）", text), text
    bibtex = block.select_one("code").get_text()
    assert bibtex.startswith("@misc{site-") and f"\\url{{{canonical}}}" in bibtex
    assert f"\\url{{{ARTICLE_URL}}}" in bibtex


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_where_a_page_first_says_yuanwen_it_links_the_article(built_site: Path, chapter: str) -> None:
    """The first paragraph naming the article (本页对应原文… on a chapter) links it."""
    page = BeautifulSoup((built_site / chapter / "index.html").read_text(encoding="utf-8"), "html.parser")
    first = next(p for p in page.select("article p") if "原文" in p.get_text() or "似然函数_交叉熵" in p.get_text())
    link = first.select_one("a.article-link")
    assert link is not None, first.get_text()
    assert link["href"] == ARTICLE_URL and link.get_text() in ("原文", "《似然函数_交叉熵》")


@pytest.mark.slow
def test_anchors_do_not_move_when_unrelated_text_is_edited(built_site: Path, tmp_path: Path) -> None:
    def anchors(site: Path) -> dict[str, list[str]]:
        found = {}
        for chapter in CHAPTERS[1:]:
            page = BeautifulSoup((site / chapter / "index.html").read_text(encoding="utf-8"), "html.parser")
            found[chapter] = [e["id"] for e in page.select("article [id]")
                              if re.match(r"(eq|fig|s\d|step)-", e["id"])]
        return found

    project = copy_project(tmp_path / "project")
    for name in ("least-squares.md", "normal-least-squares.md"):
        page = project / "docs" / name
        text = page.read_text(encoding="utf-8")
        # A new paragraph near the top of each page, before every equation and figure.
        page.write_text(text.replace("\n## ", "\n这是讲课前临时加的一段说明。\n\n## ", 1), encoding="utf-8")
    assert run_build(project, tmp_path / "site").returncode == 0
    before, after = anchors(built_site), anchors(tmp_path / "site")
    assert after == before
    assert any(a.startswith("eq-") for a in before["normal-least-squares/"])
