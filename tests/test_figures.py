"""Figures: generated at build time, on their pages with numbered captions, repeatable, carrying the claims."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import numpy as np
import pytest
from bs4 import BeautifulSoup
from matplotlib.figure import Figure

from snippets.claim import chapter_parts
from snippets.maximum_likelihood import figures as coin_figures
from snippets.figures import SCHEMES, render_figure
from tests.article import FIGURES

SPECS = {f"{chapter}.{spec.name}": spec for chapter, module in chapter_parts("figures").items()
         for spec in module.FIGURES}
PLACES = [(name, page, fid) for name, places in FIGURES.items() for page, fid in places]


@functools.cache  # drawn once in this process, shared by the tests that read the same drawing
def drawn(name: str, scheme: str, narrow: bool = False) -> bytes:
    return render_figure(SPECS[name].plot, scheme, "svg", narrow=narrow)


def figure_files(name: str) -> dict[str, str]:
    module, figure = name.split(".")
    return {kind: f"figures/{module}/{figure}{suffix}" for kind, suffix in
            (("light", ".svg"), ("dark", ".dark.svg"), ("narrow-light", ".narrow.svg"),
             ("narrow-dark", ".narrow.dark.svg"), ("png", ".png"))}


def test_every_figure_has_a_place_on_a_page() -> None:
    assert set(SPECS) == set(FIGURES)


@pytest.mark.parametrize("name", SPECS)
def test_figure_files_are_in_the_built_site_and_small(built_site: Path, name: str) -> None:
    files = {kind: built_site / path for kind, path in figure_files(name).items()}
    assert all(path.is_file() for path in files.values()), files
    assert all(files[kind].stat().st_size < 100_000 for kind in ("light", "dark", "narrow-light", "narrow-dark"))
    assert files["png"].read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("name", "page", "figure_id"), PLACES, ids=[f"{p}{i}" for _, p, i in PLACES])
def test_figure_is_on_its_page_with_alt_text_and_a_numbered_caption(built_site: Path, name: str, page: str,
                                                                    figure_id: str) -> None:
    html = BeautifulSoup((built_site / page / "index.html").read_text(encoding="utf-8"), "html.parser")
    figure = html.find("figure", id=figure_id)
    assert figure is not None, f"#{figure_id} missing on {page}"
    images = {Path(img["src"].split("#")[0]).name: img for img in figure.find_all("img")}
    module, short = name.split(".")
    assert set(images) == {f"{short}.svg", f"{short}.dark.svg"}
    assert all(img["alt"] == SPECS[name].alt()["zh"] and len(img["alt"]) > 20 for img in images.values())
    phone = {img.find_parent("picture").source["srcset"].split("/")[-1] for img in images.values()}
    assert phone == {f"{short}.narrow.svg", f"{short}.narrow.dark.svg"}  # a phone gets the stacked variant
    links = {a["href"].split("/")[-1] for a in figure.find_all("a")}
    assert {f"{short}.svg", f"{short}.dark.svg", f"{short}.png"} <= links  # opens large, downloads SVG and PNG
    caption = figure.find("figcaption").get_text(" ", strip=True)
    assert re.match(r"图 \d+：", caption), caption


def test_figures_on_a_page_are_numbered_in_order(built_site: Path) -> None:
    html = BeautifulSoup((built_site / "least-squares" / "index.html").read_text(encoding="utf-8"), "html.parser")
    prefixes = [f.find("span", class_="caption-prefix").get_text() for f in html.find_all("figure")]
    assert prefixes == ["图 1：", "图 2：", "图 3："]


@pytest.mark.parametrize("name", SPECS)
@pytest.mark.parametrize("scheme", SCHEMES)
def test_figure_is_byte_identical_when_drawn_twice_without_a_date(built_site: Path, name: str, scheme: str) -> None:
    """Drawn here and drawn by the build (another process, maybe another day, through the build cache)."""
    here = drawn(name, scheme)
    assert here == (built_site / figure_files(name)["light" if scheme == "light" else "dark"]).read_bytes()
    assert b"<dc:date>" not in here


@pytest.mark.parametrize(
    ("name", "labels"),
    [
        ("maximum_likelihood.coin_likelihood", [r"\hat{p} = 0.6", "p = 0.5"]),
        ("cross_entropy.negative_log", ["p = 0.9", r"\approx 0.105", "p = 0.1", r"\approx 2.3"]),
        ("least_squares.fit_and_outlier", [r"\hat{y} = 2x + 10", r"\hat{y} = 38.4x - 900", "y_{5} = 1000"]),
        ("least_squares.loss_contours", ["(w, b) = (2, 10)"]),
        ("cross_entropy_from_likelihood.email_contributions", ["\N{MINUS SIGN}0.223", "0.357", "p(x_1) = 0.8"]),
        ("cross_entropy_from_information.entropy_gap", [r"\approx 0.223", "P(y = 1) = 0.3"]),
        ("normal_least_squares.likelihood_and_squares", ["w = 2", r"\sigma^2 = 25"]),
    ],
)
def test_figure_labels_carry_the_article_values(name: str, labels: list[str]) -> None:
    # matplotlib writes each label's text as a comment beside the glyph paths.
    svg = drawn(name, "light").decode()
    comments = " | ".join(re.findall(r"<!-- (.*?) -->", svg))
    for label in labels:
        assert label in comments, f"{label!r} not among the labels: {comments[:500]}"


def test_coin_figure_marks_the_maximum_of_the_curve_it_draws() -> None:
    curves = coin_figures.coin_curves()
    grid_max = curves["p"][np.argmax(curves["likelihood"])]
    assert curves["p_max"] == pytest.approx(grid_max, abs=curves["p"][1] - curves["p"][0])
    assert f"{curves['p_max']:.1f}" == "0.6"


def test_a_missing_glyph_is_an_error() -> None:
    def plot_chinese(scheme):
        fig = Figure()
        fig.subplots().set_title("似然")
        return fig

    with pytest.raises(RuntimeError, match="Glyph"):
        render_figure(plot_chinese, "light", "svg")


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("scheme", "page_background"), [("light", "#ffffff"), ("dark", "#1e2129")])
def test_figure_strokes_contrast_with_the_page(scheme: str, page_background: str) -> None:
    colours = SCHEMES[scheme]
    background = relative_luminance(page_background)
    for stroke in (colours.ink, colours.muted, colours.accent, colours.second, colours.third):
        lighter, darker = sorted((relative_luminance(stroke), background), reverse=True)
        assert (lighter + 0.05) / (darker + 0.05) >= 3.0, (scheme, stroke)


def figure_texts(name: str, narrow: bool) -> list[str]:
    """Every visible text a figure draws, in its phone or wide variant."""
    import dataclasses

    import matplotlib
    from matplotlib.text import Text

    from snippets.figures import _style

    scheme = dataclasses.replace(SCHEMES["light"], narrow=narrow)
    with matplotlib.rc_context(_style(scheme)):
        fig = SPECS[name].plot(scheme)
        fig.canvas.draw()
        return [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text().strip()]


@pytest.mark.parametrize("narrow", [False, True], ids=["wide", "phone"])
@pytest.mark.parametrize("name", SPECS)
def test_figure_text_is_math_notation_only(name: str, narrow: bool) -> None:
    """No words in a figure (Chinese belongs in the caption): one drawing serves every reader."""
    words = [text for text in figure_texts(name, narrow)
             if not re.fullmatch(r"\([a-h]\)", text)  # panel tags, which captions refer to
             and re.search(r"[A-Za-z\u4e00-\u9fff]", re.sub(r"\$[^$]*\$", "", text).replace("°C", ""))]
    assert words == []


@pytest.mark.parametrize("name", SPECS)
def test_phone_variant_is_narrow_and_repeatable(built_site: Path, name: str) -> None:
    from snippets.figures import NARROW_WIDTH

    svg = drawn(name, "dark", narrow=True)
    assert svg == (built_site / figure_files(name)["narrow-dark"]).read_bytes(), "as the build drew it"
    width_pt = float(re.search(rb'<svg[^>]* width="([\d.]+)pt"', svg)[1])
    assert width_pt == pytest.approx(NARROW_WIDTH * 72, abs=1)


def test_text_too_small_for_a_phone_is_an_error() -> None:
    def plot_tiny(scheme):
        fig = Figure(figsize=(3, 2))
        fig.subplots().set_title("$p$", fontsize=6)
        return fig

    with pytest.raises(ValueError, match="6 pt"):
        render_figure(plot_tiny, "light", "svg")


SIDES = re.compile(r"左[图：为]|右[图：为]|（[左右]）")
ENGLISH_SIDES = re.compile(r"\b(?:on|in|at) the (?:left|right)\b|\b(?:left|right)[- ](?:hand |side )?(?:panel|figure|plot|graph)"
                           r"|\((?:left|right)\)", re.IGNORECASE)


def test_captions_and_alt_texts_name_panels_by_letter_not_side() -> None:
    """A phone stacks the panels, so "左/右" ("the left panel") would be false there; (a), (b) hold in every layout."""
    from tests.conftest import ROOT

    captions = re.findall(r"^/// figure-caption\n(.*?)^///", "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.md"))), re.MULTILINE | re.DOTALL)
    assert captions and [c for c in captions if SIDES.search(c)] == []
    assert [name for name, spec in SPECS.items() if SIDES.search(spec.alt()["zh"])] == []
    english = re.findall(r"^/// figure-caption-en\n(.*?)^///", "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "docs").glob("*.en.md"))), re.MULTILINE | re.DOTALL)
    assert english and [c for c in english if ENGLISH_SIDES.search(c)] == []
    assert ENGLISH_SIDES.search("In the left panel the curve rises") and ENGLISH_SIDES.search("the right plot")
    assert [name for name, spec in SPECS.items() if ENGLISH_SIDES.search(spec.alt()["en"])] == []
