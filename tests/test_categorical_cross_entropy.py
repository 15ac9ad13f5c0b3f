"""分类分布与交叉熵: Bernoulli and categorical likelihoods."""

import math

import pytest

from snippets import categorical_cross_entropy as cat


def test_bernoulli_probability_picks_p_or_one_minus_p() -> None:
    assert (cat.bernoulli_probability(1, 0.8), cat.bernoulli_probability(0, 0.3)) == (0.8, pytest.approx(0.7))


def test_categorical_probability_is_the_true_class_probability() -> None:
    assert cat.categorical_probability(cat.DOG_ONE_HOT, (0.2, 0.7, 0.1)) == pytest.approx(0.7)


def test_mean_cross_entropy_is_negative_mean_log_likelihood() -> None:
    y, p = [1, 0, 1], [0.8, 0.3, 0.6]
    expected = -(math.log(0.8) + math.log(0.7) + math.log(0.6)) / 3
    assert cat.mean_cross_entropy(y, p) == pytest.approx(expected)


def test_categorical_probability_rejects_a_label_that_is_not_one_hot() -> None:
    with pytest.raises(ValueError, match="one-hot"):
        cat.categorical_probability((1, 1, 0), (0.2, 0.7, 0.1))
