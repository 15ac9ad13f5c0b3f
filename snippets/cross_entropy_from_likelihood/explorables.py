"""从极大似然推导交叉熵: the explorable the reader moves.

``email_contributions`` extends the figure of each email's term: the reader moves the model's spam
probabilities for the "免费" and the "会议" email and watches each email's term of ``log L``, their sum,
and ``n·J`` — the summed cross-entropy, always ``-log L``.  It starts on the article's predictions,
``p(x₁) = 0.8`` and ``p(x₂) = 0.3``.
"""

from __future__ import annotations

from snippets.categorical_cross_entropy import bernoulli_log_likelihood, mean_cross_entropy
from snippets.emails import P_FREE, P_MEETING, label_free, label_meeting
from snippets.explorables import Explorable, Readout, Slider
from snippets.words import Words

LABELS, PREDICTIONS = [label_free(), label_meeting()], [P_FREE, P_MEETING]

EXPLORABLES = (
    Explorable(
        "email_contributions", "email_contributions.js",
        Words(zh="拖动模型对两封邮件的预测：看每封邮件对 log L 的贡献，以及 n·J 怎样始终等于 −log L。",
              en="Drag the model's predictions for the two emails: watch each email's contribution to log L, and "
                 "how n·J always equals −log L."),
        controls=(
            Slider("p_free", Words(zh="p(x₁)：“免费”是垃圾邮件的概率", en="p(x₁): probability that “free” is spam"),
                   0.01, 0.99, 0.01, P_FREE),
            Slider("p_meeting", Words(zh="p(x₂)：“会议”是垃圾邮件的概率", en="p(x₂): probability that “meeting” is spam"),
                   0.01, 0.99, 0.01, P_MEETING),
        ),
        readouts=(
            Readout("free", Words(zh="第一封的贡献", en="First email's contribution"),
                    "cross_entropy_from_likelihood.contribution_free"),
            Readout("meeting", Words(zh="第二封", en="Second email's contribution"),
                    "cross_entropy_from_likelihood.contribution_meeting"),
            Readout("log_likelihood", Words(zh="log L =", en="log L ="), None, digits=3,
                    at_start=lambda: bernoulli_log_likelihood(LABELS, PREDICTIONS)),
            Readout("n_j", Words(zh="n·J =", en="n·J ="), None, digits=3,
                    at_start=lambda: len(LABELS) * mean_cross_entropy(LABELS, PREDICTIONS)),
        ),
        data={"labels": LABELS},
    ),
)
