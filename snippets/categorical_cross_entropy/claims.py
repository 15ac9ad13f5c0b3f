"""分类分布与交叉熵: the numbers the pages quote.

The article's part two §2 derives without numbers of its own (its checks are symbolic); the chapter's
numbers are its exercises' (:mod:`snippets.categorical_cross_entropy.exercises`).
"""

from __future__ import annotations

from snippets.categorical_cross_entropy.exercises import EXERCISE_CLAIMS

CLAIMS = (
    *EXERCISE_CLAIMS,
)
