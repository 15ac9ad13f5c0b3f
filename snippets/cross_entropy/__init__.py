"""交叉熵 (article part one, §2): the 猫 example and the two loss formulas.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`, :mod:`.checks`.
"""

from __future__ import annotations

from snippets.cross_entropy.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.cross_entropy.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
