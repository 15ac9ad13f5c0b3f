"""Every claim, printed at the article's precision, equals what the article prints."""

from __future__ import annotations

import pytest

from snippets.claim import Claim, all_claims, find_claim, format_number
from tests.article import ANNOTATED, EXERCISE_VALUES, PRINTED

ARTICLE = {name: text for claims in PRINTED.values() for name, text in claims.items()}
OURS = {name: text for claims in ANNOTATED.values() for name, text in claims.items()}
EXERCISE = {name: text for claims in EXERCISE_VALUES.values() for name, text in claims.items()}


@pytest.mark.parametrize(("name", "printed"), ARTICLE.items(), ids=ARTICLE)
def test_claim_matches_article(name: str, printed: str) -> None:
    assert find_claim(name).text() == printed


@pytest.mark.parametrize(("name", "verified"), OURS.items(), ids=OURS)
def test_annotation_claim_matches_verified_value(name: str, verified: str) -> None:
    assert find_claim(name).text() == verified


@pytest.mark.parametrize(("name", "worked_out"), EXERCISE.items(), ids=EXERCISE)
def test_exercise_claim_matches_the_value_worked_out_by_hand(name: str, worked_out: str) -> None:
    claim = find_claim(name)
    assert (claim.text(), claim.claim.article, claim.claim.origin) == (worked_out, None, "exercise")


def test_every_claim_is_checked_against_a_written_value() -> None:
    registered = set(all_claims())
    expected = ARTICLE.keys() | OURS.keys() | EXERCISE.keys()
    assert registered - expected == set(), "claims with no expected value in tests/article.py"
    assert expected - registered == set(), "expected values for claims that do not exist"


@pytest.mark.parametrize("name", ARTICLE, ids=ARTICLE)
def test_ledger_quotes_the_article_as_printed(name: str) -> None:
    claim = find_claim(name).claim
    assert (claim.article, claim.origin) == (ARTICLE[name], "article")


@pytest.mark.parametrize("name", OURS, ids=OURS)
def test_annotation_claims_are_marked_as_ours(name: str) -> None:
    claim = find_claim(name).claim
    assert (claim.article, claim.origin) == (None, "annotation")


def test_unknown_claim_names_its_closest_match() -> None:
    with pytest.raises(KeyError, match="cross_entropy.cat_confident_loss"):
        find_claim("cross_entropy.cat_confident_los")


def test_format_number_keeps_the_article_precision() -> None:
    assert [format_number(v, d) for v, d in [(0.10536, 3), (2.302585, 1), (-0.22314, 3), (-1e-15, 0)]] == [
        "0.105",
        "2.3",
        "-0.223",
        "0",
    ]


def test_format_number_refuses_non_finite_values() -> None:
    with pytest.raises(ValueError, match="non-finite"):
        format_number(float("nan"), 3)


def test_claim_rejects_an_unknown_origin() -> None:
    with pytest.raises(ValueError, match="origin"):
        Claim("x", "X", 0, "§0", "x", origin="folklore")
