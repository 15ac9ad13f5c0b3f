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


def test_separable_training_never_stops_without_a_penalty() -> None:
    import numpy as np

    from snippets import maximum_likelihood as ml

    path = ml.training_path(2000)
    losses = [ml.email_loss(w) for w in path]
    sizes = np.abs(path).max(axis=1)
    assert all(b < a for a, b in zip(losses, losses[1:], strict=False))
    assert all(b > a for a, b in zip(sizes, sizes[1:], strict=False))


def test_regularised_optimum_has_zero_gradient() -> None:
    import numpy as np

    from snippets import maximum_likelihood as ml

    w = ml.train_emails(ml.SEPARABLE_STEPS_LONG, ml.L2_PENALTY)
    h = 1e-6
    gradient = [(ml.email_loss(w + h * e, ml.L2_PENALTY) - ml.email_loss(w - h * e, ml.L2_PENALTY)) / (2 * h)
                for e in np.eye(len(w))]
    assert np.max(np.abs(gradient)) < 1e-6


def test_standard_error_is_the_curvature_of_the_log_likelihood() -> None:
    from snippets import maximum_likelihood as ml

    p, h = ml.mle_closed_form(), 1e-4
    second = (ml.coin_log_likelihood(p + h, ml.HEADS, ml.TAILS) - 2 * ml.coin_log_likelihood(p, ml.HEADS, ml.TAILS)
              + ml.coin_log_likelihood(p - h, ml.HEADS, ml.TAILS)) / h**2
    assert abs(ml.peak_width() - (-second) ** -0.5) < 1e-6
