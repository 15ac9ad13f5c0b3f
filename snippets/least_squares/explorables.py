"""最小二乘法: the explorable the reader moves.

``fit_and_outlier`` extends the figure of the fit and the outlier: the reader moves the last day's sales
and watches the least-squares line follow it, each residual's square drawn as a square, and ``w``,
``b`` and ``L`` change.  It starts on the article's table (the line ``ŷ = 2x + 10``, ``L = 0``) and
reaches the article's outlier, ``1000`` cups, at the slider's end.
"""

from __future__ import annotations

from snippets.explorables import Explorable, Readout, Slider
from snippets.least_squares.model import OUTLIER_DAY, OUTLIER_SALES, SALES, TEMPERATURE
from snippets.words import Words

#: Sales move in steps of this many cups.
SALES_STEP = 10

EXPLORABLES = (
    Explorable(
        "fit_and_outlier", "least_squares_fit.js",
        Words(zh="拖动最后一天的销量：看一个点怎样把直线拉走；每个残差的平方画成一个方块。",
              en="Drag the last day's sales: see how one point pulls the line away; each residual's square is drawn "
                 "as a square."),
        controls=(Slider("last_sales", Words(zh=f"第 {OUTLIER_DAY + 1} 天的销量", en=f"Sales on day {OUTLIER_DAY + 1}"),
                         0, OUTLIER_SALES, SALES_STEP, SALES[OUTLIER_DAY]),),
        readouts=(
            Readout("w", Words(zh="w =", en="w ="), "least_squares.fitted_slope", digits=2),
            Readout("b", Words(zh="b =", en="b ="), "least_squares.fitted_intercept", digits=1),
            Readout("loss", Words(zh="L =", en="L ="), "least_squares.loss_at_fit", digits=1),
        ),
        data={"x": list(TEMPERATURE), "y": list(SALES), "moved": OUTLIER_DAY},
    ),
)
