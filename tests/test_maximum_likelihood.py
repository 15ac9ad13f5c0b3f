"""极大似然估计: the coin's p from the formula and from a numerical search."""

import numpy as np
import pytest

from snippets import maximum_likelihood as ml


def test_numerical_maximisation_agrees_with_the_closed_form() -> None:
    assert ml.maximise_coin_likelihood(ml.HEADS, ml.TAILS) == pytest.approx(ml.coin_mle(ml.HEADS, ml.TAILS), abs=1e-9)


def test_likelihood_at_the_estimate_beats_every_grid_point() -> None:
    grid = np.linspace(0.01, 0.99, 99)
    best = ml.coin_likelihood(ml.mle_closed_form(), ml.HEADS, ml.TAILS)
    assert np.all(ml.coin_likelihood(grid, ml.HEADS, ml.TAILS) <= best)


def test_log_likelihood_and_likelihood_peak_at_the_same_p() -> None:
    grid = np.linspace(0.01, 0.99, 981)
    assert np.argmax(ml.coin_likelihood(grid, 6, 4)) == np.argmax(ml.coin_log_likelihood(grid, 6, 4))


def test_fair_coin_is_less_likely_than_the_estimate() -> None:
    assert ml.coin_likelihood(ml.FAIR_P, ml.HEADS, ml.TAILS) < ml.coin_likelihood(ml.mle_closed_form(), ml.HEADS, ml.TAILS)


def test_coin_mle_rejects_no_tosses() -> None:
    with pytest.raises(ValueError, match="at least one toss"):
        ml.coin_mle(0, 0)
