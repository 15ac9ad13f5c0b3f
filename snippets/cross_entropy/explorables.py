"""交叉熵: the explorable the reader moves.

``negative_log`` extends the figure of ``-log p``: the reader moves the predicted probability ``p``
and switches the true label, and watches the loss slide along ``-log p`` (or ``-log(1 - p)``), in
nats and in bits.  It starts on the article's example: a cat, ``p = 0.9``.
"""

from __future__ import annotations

from snippets.cross_entropy.model import CAT_LABEL, P_CONFIDENT
from snippets.explorables import Choice, Explorable, Readout, Slider

EXPLORABLES = (
    Explorable(
        "negative_log", "binary_cross_entropy.js",
        "拖动 p，或换一个标签：看损失沿着哪条曲线走。",
        controls=(
            Slider("p", "模型给“是猫”的概率 p", 0.01, 0.99, 0.01, P_CONFIDENT),
            Choice("y", "图片的真实标签 y", ((1, "是猫"), (0, "不是猫")), CAT_LABEL),
        ),
        readouts=(
            Readout("loss", "损失", "cross_entropy.cat_confident_loss", "nats"),
            Readout("bits", "即", "cross_entropy.cat_confident_bits", "bits"),
        ),
    ),
)
