"""The site's languages: Chinese at ``/`` (the default), English at ``/en/``, one page file each.

A page's English edition sits beside it with the suffix ``.en`` (``least-squares.en.md``), as
mkdocs-static-i18n's *suffix* structure reads it; the Chinese page has no suffix.  The plugin builds
the site once per language and says which one it is building in ``theme.language``.

Examples
--------
>>> language_of("least-squares.en.md"), language_of("least-squares.md"), language_of("notebooks/x.en.ipynb")
('en', 'zh', 'en')
>>> in_language("least-squares.md", "en"), in_language("least-squares.en.md", "zh")
('least-squares.en.md', 'least-squares.md')
>>> neutral("cross-entropy.en.md"), url_prefix("en"), url_prefix("zh")
('cross-entropy.md', 'en/', '')
"""

from __future__ import annotations

import posixpath
from typing import Any

#: Every language the site is written in, the default first.
LANGUAGES: tuple[str, ...] = ("zh", "en")
DEFAULT = LANGUAGES[0]


def language_of(src_uri: str) -> str:
    """The language a page file is written in, from its suffix (no suffix: the default)."""
    stem, _ = posixpath.splitext(src_uri)
    suffix = posixpath.splitext(stem)[1].lstrip(".")
    return suffix if suffix in LANGUAGES[1:] else DEFAULT


def neutral(src_uri: str) -> str:
    """The file name without its language suffix: the name both editions of a page share."""
    stem, extension = posixpath.splitext(src_uri)
    base, suffix = posixpath.splitext(stem)
    return base + extension if suffix.lstrip(".") in LANGUAGES[1:] else src_uri


def in_language(src_uri: str, language: str) -> str:
    """The file name of ``src_uri``'s edition in ``language``."""
    plain = neutral(src_uri)
    if language == DEFAULT:
        return plain
    stem, extension = posixpath.splitext(plain)
    return f"{stem}.{language}{extension}"


def url_prefix(language: str) -> str:
    """Where an edition's pages live below the site's root: ``""`` or ``"en/"``."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; the site has {LANGUAGES}")
    return "" if language == DEFAULT else f"{language}/"


def building(config: Any) -> str:
    """The language mkdocs-static-i18n is building now (``theme.language``, which it sets per build)."""
    language = config.theme["language"]
    if language not in LANGUAGES:
        raise ValueError(f"theme.language is {language!r}; the site has {LANGUAGES}")
    return language
