"""从信息论推导交叉熵 (article part three, §2): entropy, cross-entropy, KL divergence.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`, :mod:`.checks`.
"""

from __future__ import annotations

from snippets.cross_entropy_from_information.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.cross_entropy_from_information.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
