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
