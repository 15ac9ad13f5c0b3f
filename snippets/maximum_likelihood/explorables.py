"""极大似然估计: the explorable the reader moves.

``coin_likelihood`` extends the figure of the coin's likelihood: the reader changes the counts of heads
and tails and moves a candidate ``p``, and watches the relative likelihood ``L(p) / L(p̂)`` peak at
``p̂ = h / (h + t)`` — and how much likelier the data are at ``p̂`` than at ``p``.  It starts on the
article's example: six heads, four tails, and the fair coin ``p = 0.5`` as the candidate.
"""

from __future__ import annotations

from snippets.explorables import Explorable, Readout, Slider
from snippets.maximum_likelihood.model import FAIR_P, HEADS, TAILS
from snippets.words import Words

#: The most heads (or tails) a reader may set: twice the article's ten tosses in all.
MOST_OF_ONE_SIDE = 20

EXPLORABLES = (
    Explorable(
        "coin_likelihood", "coin_likelihood.js",
        Words(zh="改变正反面次数，拖动候选的 p：看似然在哪里最高，候选的 p 比它低多少。",
              en="Change the numbers of heads and tails, and drag the candidate p: see where the likelihood is "
                 "highest, and how far below it the candidate p falls."),
        controls=(
            Slider("heads", Words(zh="正面次数 h", en="Number of heads h"), 0, MOST_OF_ONE_SIDE, 1, HEADS),
            Slider("tails", Words(zh="反面次数 t", en="Number of tails t"), 0, MOST_OF_ONE_SIDE, 1, TAILS),
            Slider("p", Words(zh="候选的 p", en="Candidate p"), 0.01, 0.99, 0.01, FAIR_P),
        ),
        readouts=(
            Readout("mle", Words(zh="p̂ = h / (h + t) =", en="p̂ = h / (h + t) ="),
                    "maximum_likelihood.mle_closed_form", digits=3),
            Readout("ratio", Words(zh="L(p̂) / L(p) =", en="L(p̂) / L(p) ="), "maximum_likelihood.ratio_to_fair"),
        ),
    ),
)
