"""交叉熵: binary and categorical cross-entropy."""

import math

import pytest

from snippets import cross_entropy as ce


def test_binary_cross_entropy_is_minus_log_p_for_a_cat() -> None:
    assert ce.binary_cross_entropy(1, 0.9) == pytest.approx(-math.log(0.9))


def test_binary_cross_entropy_uses_one_minus_p_for_label_zero() -> None:
    assert ce.binary_cross_entropy(0, 0.3) == pytest.approx(-math.log(0.7))


def test_confident_wrong_prediction_costs_more_than_confident_right_one() -> None:
    assert ce.cat_wrong_loss() > 20 * ce.cat_confident_loss()


def test_categorical_cross_entropy_reduces_to_binary_with_two_classes() -> None:
    assert ce.categorical_cross_entropy([0, 1], [0.1, 0.9]) == pytest.approx(ce.binary_cross_entropy(1, 0.9))


def test_binary_cross_entropy_rejects_a_non_probability() -> None:
    with pytest.raises(ValueError, match="probability"):
        ce.binary_cross_entropy(1, 1.5)


def test_binary_cross_entropy_refuses_an_infinite_loss() -> None:
    with pytest.raises(ValueError, match="infinite"):
        ce.binary_cross_entropy(1, 0.0)


def test_gradients_match_finite_differences() -> None:
    import numpy as np

    from snippets import cross_entropy as ce

    z, h = np.linspace(-6, 4, 21), 1e-6

    def bce(v):
        return -np.log(ce.sigmoid(v))

    def squared(v):
        return (ce.sigmoid(v) - 1) ** 2

    assert np.allclose((bce(z + h) - bce(z - h)) / (2 * h), ce.cross_entropy_gradient(z), atol=1e-6)
    assert np.allclose((squared(z + h) - squared(z - h)) / (2 * h), ce.squared_error_gradient(z), atol=1e-6)


def test_kl_is_zero_only_for_equal_distributions_and_cross_entropy_adds_the_entropy() -> None:
    import numpy as np

    from snippets import cross_entropy as ce

    rng = np.random.default_rng(7)
    for _ in range(100):
        p, q = rng.dirichlet([1, 1, 1]), rng.dirichlet([1, 1, 1])
        assert ce.kl_divergence(p, q) > 0
        assert np.isclose(ce.cross_entropy_between(p, q), ce.cross_entropy_between(p, p) + ce.kl_divergence(p, q))


def test_weighted_best_prediction_is_where_the_weighted_loss_is_least() -> None:
    from snippets import cross_entropy as ce

    q = ce.weighted_best_prediction()
    weights = ce.balancing_weights()
    assert ce.mean_cross_entropy(q, *weights) <= min(ce.mean_cross_entropy(q + d, *weights) for d in (-0.01, 0.01))
