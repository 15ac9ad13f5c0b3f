"""极大似然估计 (article part one, §3): the coin tossed ten times.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`, :mod:`.checks`.
"""

from __future__ import annotations

from snippets.maximum_likelihood.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.maximum_likelihood.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
