"""The PDFs ``make pdf`` prints, one set per language: the handout, the exercise sheet and the solutions.

``make pdf`` writes them into one folder (``dist/``); the site's build publishes that folder's PDFs under the
same names (``HANDOUT_DIR=dist``), and each page's ``[[handout]]`` links its own language's.

Examples
--------
>>> pdf_name("handout", "en"), pdf_name("exercises", "zh")
('handout.en.pdf', 'exercises.zh.pdf')
>>> print_page("zh"), print_page("en")
('print_page/', 'print_page_en/')
>>> [name for name in printed(solutions_shown=False)]
['handout.zh.pdf', 'exercises.zh.pdf', 'handout.en.pdf', 'exercises.en.pdf']
"""

from __future__ import annotations

from sitekit.languages import LANGUAGES

#: What one print page gives: the whole handout, the exercises alone, the exercises with their solutions.
EDITIONS: tuple[str, ...] = ("handout", "exercises", "solutions")


def print_page(language: str) -> str:
    """Where the handout build puts a language's print page, the page ``make pdf`` prints.

    One folder below the root for every language: mkdocs-print-site-plugin writes the page's links and images
    for that depth.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no print page in {language!r}: languages {LANGUAGES}")
    return "print_page/" if language == LANGUAGES[0] else f"print_page_{language}/"


def pdf_name(edition: str, language: str) -> str:
    """The file name of one edition in one language."""
    if edition not in EDITIONS or language not in LANGUAGES:
        raise ValueError(f"no PDF {edition!r} in {language!r}: editions {EDITIONS}, languages {LANGUAGES}")
    return f"{edition}.{language}.pdf"


def editions(solutions_shown: bool) -> tuple[str, ...]:
    """The editions a build prints: the course edition (no solutions) prints no solutions."""
    return EDITIONS if solutions_shown else tuple(e for e in EDITIONS if e != "solutions")


def printed(solutions_shown: bool) -> list[str]:
    """Every PDF file ``make pdf`` writes, language by language."""
    return [pdf_name(edition, language) for language in LANGUAGES for edition in editions(solutions_shown)]
