"""The course edition: a site built without the exercises' solutions (``SOLUTIONS=false``).

``mkdocs.yml`` reads the setting as ``extra.solutions`` (``!ENV [SOLUTIONS, true]``).  With it off,
``hooks/exercises.py`` takes every ``??? solution`` block out of the pages before anything reads them,
so no solution, and no number only a solution quotes, reaches the HTML, the search index or the ledger;
the self-checks, which carry their answers, are left out too.

Examples
--------
>>> page = '题目。\\n\\n??? hint "提示"\\n    想一想。\\n\\n??? solution "解答"\\n    答案是 [[claim:x.y]]。\\n\\n    再一段。\\n\\n下一题。\\n'
>>> print(without_solutions(page))
题目。
<BLANKLINE>
??? hint "提示"
    想一想。
<BLANKLINE>
下一题。
<BLANKLINE>
"""

from __future__ import annotations

import re

#: The opening line of a solution block: collapsible (``???``, ``???+``) or not (``!!!``).
_OPENING = re.compile(r"^(?P<indent>[ \t]*)(?:\?\?\?\+?|!!!)[ \t]+solution\b")


def shown(extra: dict) -> bool:
    """Whether this build shows solutions (``extra.solutions``, true unless set to false).

    Raises
    ------
    ValueError
        If the setting is neither true nor false (``SOLUTIONS=no`` would otherwise be read as true).

    Examples
    --------
    >>> shown({}), shown({"solutions": False})
    (True, False)
    >>> shown({"solutions": "no"})
    Traceback (most recent call last):
    ValueError: extra.solutions (SOLUTIONS) must be true or false, got 'no'
    """
    value = extra.get("solutions", True)
    if not isinstance(value, bool):
        raise ValueError(f"extra.solutions (SOLUTIONS) must be true or false, got {value!r}")
    return value


def from_environment(environ: dict[str, str]) -> bool:
    """Whether a build run in ``environ`` shows solutions: ``SOLUTIONS`` read as ``!ENV`` reads it (YAML).

    >>> from_environment({}), from_environment({"SOLUTIONS": "false"}), from_environment({"SOLUTIONS": "True"})
    (True, False, True)
    """
    import yaml

    return shown({"solutions": yaml.safe_load(environ.get("SOLUTIONS", "true"))})


#: The PDF metadata key that says which edition of the site a PDF was printed from (``make pdf``).
EDITION_KEY = "/SiteEdition"


def edition_name(solutions_shown: bool) -> str:
    """The value of :data:`EDITION_KEY`: ``full``, or ``course`` for a site without solutions."""
    return "full" if solutions_shown else "course"


def without_solutions(markdown: str) -> str:
    """``markdown`` with every solution block removed: its opening line and every line indented under it.

    The blank lines before the block are kept and those inside it dropped, so the text around it reads on.
    """
    lines = markdown.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        opening = _OPENING.match(lines[i])
        if not opening:
            out.append(lines[i])
            i += 1
            continue
        indent = len(opening["indent"].expandtabs(4))
        i += 1
        while i < len(lines):
            line = lines[i]
            if line.strip() and len(line) - len(line.lstrip()) <= indent:
                break
            i += 1
        # the blank lines that ended the block stay between what came before and what follows
        while out and not out[-1].strip() and i < len(lines) and not lines[i].strip():
            out.pop()
    return "".join(out)


def count(markdown: str) -> int:
    """How many solution blocks ``markdown`` holds."""
    return sum(1 for line in markdown.splitlines() if _OPENING.match(line))
