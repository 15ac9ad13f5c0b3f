"""最小二乘法 (article part one, §1): the 奶茶店 temperature and sales data.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`, :mod:`.checks`.
"""

from __future__ import annotations

from snippets.least_squares.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.least_squares.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
