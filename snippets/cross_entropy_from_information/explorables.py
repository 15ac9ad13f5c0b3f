"""从信息论推导交叉熵: the explorable the reader moves.

``entropy_gap`` extends the figure of the gap between cross-entropy and entropy: the reader moves the
spam probability of the true distribution ``P`` and of the model's ``Q`` and watches four bars —
``H(P)``, ``H(P, Q)``, ``D_KL(P‖Q)`` and ``D_KL(Q‖P)`` — the last two unequal: KL divergence is not
symmetric.  It starts on the article's "免费" email: ``P`` one-hot on spam, ``Q`` = the model's 0.8.
"""

from __future__ import annotations

from snippets.cross_entropy_from_information.model import kl_divergence
from snippets.emails import P_FREE, label_free
from snippets.explorables import Explorable, Readout, Slider
from snippets.words import Words


def _kl_reverse_at_start() -> float:
    """D_KL(Q‖P) for the article's email: infinite, Q puts mass where P (one-hot) puts none."""
    p, q = float(label_free()), P_FREE
    return kl_divergence((1 - q, q), (1 - p, p))

EXPLORABLES = (
    Explorable(
        "entropy_gap", "entropy_gap.js",
        Words(zh="拖动真实分布 P 和模型 Q 给“垃圾邮件”的概率：看交叉熵、熵和两个方向的 KL 散度。",
              en="Drag the probabilities that the true distribution P and the model Q give to “spam”: watch the "
                 "cross-entropy, the entropy and the KL divergence in both directions."),
        controls=(
            Slider("p", Words(zh="P(垃圾邮件)", en="P(spam)"), 0, 1, 0.01, float(label_free())),
            Slider("q", Words(zh="Q(垃圾邮件)", en="Q(spam)"), 0.01, 0.99, 0.01, P_FREE),
        ),
        readouts=(
            Readout("entropy", Words(zh="H(P) =", en="H(P) ="), "cross_entropy_from_information.entropy_of_true_label",
                    digits=3),
            Readout("cross_entropy", Words(zh="H(P, Q) =", en="H(P, Q) ="),
                    "cross_entropy_from_information.cross_entropy_free"),
            Readout("kl", Words(zh="D(P‖Q) =", en="D(P‖Q) ="), "cross_entropy_from_information.kl_free"),
            Readout("kl_reverse", Words(zh="D(Q‖P) =", en="D(Q‖P) ="), None, digits=3, at_start=_kl_reverse_at_start),
        ),
    ),
)
