"""KaTeX's HTML set aside while search and print-site read a page, and put back when written (hooks/set_aside.py)."""

from __future__ import annotations

import json
from pathlib import Path


def test_no_placeholder_is_left_in_any_page(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > 20
    left = [str(p.relative_to(built_site)) for p in pages
            if "data-set-aside" in (text := p.read_text(encoding="utf-8")) or "data-snippet-source" in text]
    assert left == []


def test_every_formula_is_whole_in_the_page(built_site: Path) -> None:
    page = (built_site / "least-squares" / "index.html").read_text(encoding="utf-8")
    # Each formula keeps KaTeX's MathML (with its TeX) and its HTML for the eye, once each.
    assert page.count('<span class="katex">') == page.count("<math xmlns=") == page.count('<katex-html class="katex-html"')
    assert page.count('<span class="katex">') > 20


def test_search_indexes_the_text_of_the_mathml(built_site: Path) -> None:
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"] if doc["location"].startswith("least-squares/"))
    assert "y^=wx+b" in text.replace("\u200b", ""), "the MathML's text of ŷ = wx + b"
    assert "\\hat" not in text, "the TeX annotation stays out of the index"



def test_the_handout_print_page_has_every_formula_whole(handout_site: Path) -> None:
    page = (handout_site / "print_page" / "index.html").read_text(encoding="utf-8")
    assert "data-set-aside" not in page
    assert page.count('<span class="katex">') == page.count("<math xmlns=") == page.count('<katex-html class="katex-html"')
    assert page.count('<span class="katex">') > 200, "every chapter's formulas are on the print page"
