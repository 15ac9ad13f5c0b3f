"""从信息论推导交叉熵: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.cross_entropy_from_information.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

from snippets.claim import Claim
from snippets.cross_entropy_from_information.exercises import EXERCISE_CLAIMS
from snippets.cross_entropy_from_information.model import (
    cross_entropy, entropy, kl_divergence, predicted_distribution, true_distribution,
)
from snippets.emails import P_FREE, P_MEETING, label_free, label_meeting
from snippets.words import Words


def cross_entropy_free() -> float:
    """``H(P₁, Q₁)`` of the "免费" email."""
    return cross_entropy(true_distribution(label_free()), predicted_distribution(P_FREE))


def cross_entropy_meeting() -> float:
    """``H(P₂, Q₂)`` of the "会议" email."""
    return cross_entropy(true_distribution(label_meeting()), predicted_distribution(P_MEETING))


def entropy_of_true_label() -> float:
    """``H(P₁)``: a one-hot distribution carries no uncertainty."""
    return entropy(true_distribution(label_free()))


def kl_free() -> float:
    """``D_KL(P₁‖Q₁)``, equal to the cross-entropy because ``H(P₁) = 0``."""
    return kl_divergence(true_distribution(label_free()), predicted_distribution(P_FREE))


CLAIMS = (
    Claim("cross_entropy_free", cross_entropy_free, 3, "§2.5",
          Words(zh="“免费”邮件的交叉熵 −log 0.8", en="Cross-entropy of the “free” email, −log 0.8"), article="0.223"),
    Claim("cross_entropy_meeting", cross_entropy_meeting, 3, "§2.5",
          Words(zh="“会议”邮件的交叉熵 −log 0.7", en="Cross-entropy of the “meeting” email, −log 0.7"), article="0.357"),
    Claim("entropy_of_true_label", entropy_of_true_label, 0, "§2.2",
          Words(zh="one-hot 真实分布的熵 H(P)", en="Entropy H(P) of the one-hot true distribution"), origin="annotation"),
    Claim("kl_free", kl_free, 3, "§2.2",
          Words(zh="“免费”邮件的 KL 散度 D_KL(P‖Q)", en="KL divergence D_KL(P‖Q) of the “free” email"), origin="annotation"),
    Claim("illustration_p", "ILLUSTRATION_P", 1, "§2.2",
          Words(zh="示意图中真实分布 P 的垃圾邮件概率", en="Spam probability of the true distribution P in the illustration"),
          origin="annotation"),
    *EXERCISE_CLAIMS,
)
