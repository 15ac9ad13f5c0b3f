"""正态分布与最小二乘: the Gaussian likelihood's maximiser is the least-squares line."""

import pytest

from snippets import least_squares as ls
from snippets import normal_least_squares as nls


@pytest.mark.parametrize("sigma2", [0.01, 1.0, 25.0, 400.0])
def test_gaussian_maximiser_is_the_least_squares_line_for_any_sigma(sigma2: float) -> None:
    assert nls.maximise_normal_likelihood(ls.TEMPERATURE, ls.SALES, sigma2) == pytest.approx(
        ls.fit_line(ls.TEMPERATURE, ls.SALES), abs=1e-6
    )


def test_same_maximiser_on_noisy_data() -> None:
    x, y = (1.0, 2.0, 3.0, 4.0), (2.9, 5.2, 6.8, 9.1)
    assert nls.maximise_normal_likelihood(x, y, 2.0) == pytest.approx(ls.fit_line(x, y), abs=1e-6)


def test_log_likelihood_falls_as_the_sum_of_squares_grows() -> None:
    at_fit = nls.normal_log_likelihood(ls.TEMPERATURE, ls.SALES, 2, 10, 1.0)
    off_fit = nls.normal_log_likelihood(ls.TEMPERATURE, ls.SALES, 2, 11, 1.0)
    assert at_fit - off_fit == pytest.approx(len(ls.TEMPERATURE) / 2)


def test_non_positive_variance_is_rejected() -> None:
    with pytest.raises(ValueError, match="sigma2 must be positive"):
        nls.normal_log_likelihood([1], [1], 1, 0, 0.0)


def test_variance_search_finds_the_mean_squared_residual_on_random_data() -> None:
    import numpy as np

    from snippets.least_squares import fit_line
    from snippets.normal_least_squares import maximise_over_variance

    rng = np.random.default_rng(3)
    for _ in range(20):
        x, y = rng.normal(size=8), rng.normal(size=8)
        w, b = fit_line(x, y)
        assert np.isclose(maximise_over_variance(x, y, w, b), np.mean((y - (w * x + b)) ** 2), rtol=1e-6)  # a flat top: √ε
