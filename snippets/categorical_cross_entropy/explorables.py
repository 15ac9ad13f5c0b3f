"""分类分布与交叉熵: the explorable the reader moves.

``softmax`` sits after the multi-class loss: the reader moves three logits and picks the true class,
and watches softmax turn the logits into probabilities and the one-hot label keep a single term of the
sum, ``-log p`` of the true class.  It starts on the article's one-hot example ``[0, 1, 0]`` (the
second class) with all logits 0 — our choice, the article names no model: equal probabilities.
"""

from __future__ import annotations

from snippets.categorical_cross_entropy.model import DOG_ONE_HOT, softmax
from snippets.cross_entropy import categorical_cross_entropy
from snippets.explorables import Choice, Explorable, Readout, Slider
from snippets.words import Words

#: Each logit moves this far either side of 0, in steps of LOGIT_STEP; all start at 0.
LOGIT_REACH, LOGIT_STEP, LOGIT_START = 5.0, 0.1, 0.0
CLASSES = (Words(zh="第一类", en="class 1"), Words(zh="第二类", en="class 2"), Words(zh="第三类", en="class 3"))


def _probabilities_at_start() -> list[float]:
    return list(softmax([LOGIT_START] * len(CLASSES)))

EXPLORABLES = (
    Explorable(
        "softmax", "softmax.js",
        Words(zh="拖动三个 logit，换真实类别：softmax 把 logit 变成概率，交叉熵只看真实类别那一项。",
              en="Drag the three logits and change the true class: softmax turns the logits into probabilities, "
                 "and the cross-entropy looks only at the true class's term."),
        controls=(
            *(Slider(f"z{k + 1}", Words(zh=f"{name.zh}的 logit z{'₁₂₃'[k]}", en=f"Logit z{'₁₂₃'[k]} of {name.en}"),
                     -LOGIT_REACH, LOGIT_REACH, LOGIT_STEP, LOGIT_START)
              for k, name in enumerate(CLASSES)),
            Choice("true_class", Words(zh="真实类别", en="True class"), tuple((k, name) for k, name in enumerate(CLASSES)),
                   DOG_ONE_HOT.index(1)),
        ),
        readouts=(
            *(Readout(f"p{k + 1}", Words(zh=f"p{'₁₂₃'[k]} =", en=f"p{'₁₂₃'[k]} ="), None, digits=3,
                      at_start=lambda k=k: _probabilities_at_start()[k]) for k in range(len(CLASSES))),
            Readout("loss", Words(zh="交叉熵 =", en="Cross-entropy ="), None, digits=3,
                    at_start=lambda: categorical_cross_entropy(DOG_ONE_HOT, _probabilities_at_start())),
        ),
    ),
)
