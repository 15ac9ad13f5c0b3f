"""从极大似然推导交叉熵 (article part three, §1): the 邮件 example.

The chapter in parts: :mod:`.model`, :mod:`.claims`, :mod:`.figures`.
"""

from __future__ import annotations

from snippets.cross_entropy_from_likelihood.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.cross_entropy_from_likelihood.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
