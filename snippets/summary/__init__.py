"""总结与对比 (article part three, §3): the two routes to cross-entropy side by side.

The article's summary derives nothing new, so the chapter has no numbers of its own; its parts are
:mod:`.model` (the routes put next to each other), :mod:`.claims` (its exercises' numbers) and :mod:`.checks`.
"""

from __future__ import annotations

from snippets.summary.model import *  # noqa: F403 - one namespace for pages, notebooks, tests
from snippets.summary.claims import *  # noqa: F403 - one namespace for pages, notebooks, tests
