"""分类分布与交叉熵 (article part two, §2): Bernoulli and categorical likelihoods.

The chapter in parts: :mod:`.model`, :mod:`.claims` (its exercises' numbers), :mod:`.checks`.
"""

from __future__ import annotations

from snippets.categorical_cross_entropy.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.categorical_cross_entropy.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
