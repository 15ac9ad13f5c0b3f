"""总结与对比: the numbers the pages quote.

The article's §3 compares without numbers of its own; the chapter's numbers are its exercises'
(:mod:`snippets.summary.exercises`).
"""

from __future__ import annotations

from snippets.summary.exercises import EXERCISE_CLAIMS

CLAIMS = (
    *EXERCISE_CLAIMS,
)
