"""交叉熵: the explorables the reader moves.

``negative_log`` extends the figure of ``-log p``: the reader moves the predicted probability ``p``
and switches the true label, and watches the loss slide along ``-log p`` (or ``-log(1 - p)``), in
nats and in bits.  It starts on the article's example: a cat, ``p = 0.9``.

``gradients`` extends the figure of the two gradients (where the summary's note on "faster learning"
points): the reader moves the logit ``z`` and watches ``∂CE/∂z =
σ(z) - y`` and ``∂SE/∂z = 2(σ(z) - y)σ(z)(1 - σ(z))`` — the second vanishes exactly where the model is
confidently wrong.  It starts on our annotation's example, a cat at ``z = -5``.
"""

from __future__ import annotations

from snippets.cross_entropy.model import CAT_LABEL, P_CONFIDENT, WRONG_LOGIT
from snippets.explorables import Choice, Explorable, Readout, Slider
from snippets.words import Words

#: The logit slider reaches this far either side of 0.
LOGIT_REACH = 10.0
#: The two labels of the picture, 猫 (y = 1) or not.
CAT_OPTIONS = ((1, Words(zh="是猫", en="cat")), (0, Words(zh="不是猫", en="not a cat")))

EXPLORABLES = (
    Explorable(
        "negative_log", "binary_cross_entropy.js",
        Words(zh="拖动 p，或换一个标签：看损失沿着哪条曲线走。",
              en="Drag p, or switch the label: see which curve the loss moves along."),
        controls=(
            Slider("p", Words(zh="模型给“是猫”的概率 p", en="Probability the model gives to “cat”, p"),
                   0.01, 0.99, 0.01, P_CONFIDENT),
            Choice("y", Words(zh="图片的真实标签 y", en="True label of the picture, y"), CAT_OPTIONS, CAT_LABEL),
        ),
        readouts=(
            Readout("loss", Words(zh="损失", en="Loss"), "cross_entropy.cat_confident_loss", "nats"),
            Readout("bits", Words(zh="即", en="that is"), "cross_entropy.cat_confident_bits", "bits"),
        ),
    ),
    Explorable(
        "gradients", "gradients.js",
        Words(zh="拖动 logit z：模型错得越自信（标签是猫时 z 越小），交叉熵梯度（实线）的大小越接近 1，平方误差的梯度（虚线）却趋于 0。",
              en="Drag the logit z: the more confidently the model is wrong (the smaller z, when the label is cat), "
                 "the closer the size of the cross-entropy's gradient (solid line) comes to 1, while the squared "
                 "error's gradient (dashed line) goes to 0."),
        controls=(
            Slider("z", Words(zh="logit z", en="Logit z"), -LOGIT_REACH, LOGIT_REACH, 0.5, WRONG_LOGIT),
            Choice("y", Words(zh="真实标签 y", en="True label y"), CAT_OPTIONS, CAT_LABEL),
        ),
        readouts=(
            Readout("p", Words(zh="σ(z) =", en="σ(z) ="), "cross_entropy.wrong_probability"),
            Readout("ce", Words(zh="∂CE/∂z =", en="∂CE/∂z ="), "cross_entropy.wrong_cross_entropy_gradient"),
            Readout("se", Words(zh="∂SE/∂z =", en="∂SE/∂z ="), "cross_entropy.wrong_squared_error_gradient"),
            Readout("ratio", Words(zh="相差", en="Ratio"), "cross_entropy.gradient_ratio", Words(zh="倍", en="×")),
        ),
    ),
)
