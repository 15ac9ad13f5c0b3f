"""从极大似然推导交叉熵 and 从信息论推导交叉熵: the email example, both ways."""

import pytest

from snippets import cross_entropy_from_information as info
from snippets import cross_entropy_from_likelihood as lik


def test_each_cross_entropy_is_minus_the_log_likelihood_term() -> None:
    assert info.cross_entropy_free() == pytest.approx(-lik.contribution_free())
    assert info.cross_entropy_meeting() == pytest.approx(-lik.contribution_meeting())


def test_cross_entropy_is_entropy_plus_kl_divergence() -> None:
    p, q = (0.3, 0.7), (0.6, 0.4)
    assert info.cross_entropy(p, q) == pytest.approx(info.entropy(p) + info.kl_divergence(p, q))


def test_one_hot_distribution_has_zero_entropy() -> None:
    assert info.entropy(info.true_distribution(1)) == 0.0


def test_the_email_labels_are_the_article_table() -> None:
    assert [label for _, label in lik.EMAILS] == [1, 0, 1]


def test_log_likelihood_contribution_rejects_a_certain_prediction() -> None:
    with pytest.raises(ValueError, match="strictly between"):
        lik.log_likelihood_contribution(1, 1.0)
