"""正态分布与最小二乘 (article part two, §1): Gaussian errors give least squares.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`, :mod:`.checks`.
"""

from __future__ import annotations

from snippets.normal_least_squares.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.normal_least_squares.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
