"""Words the site shows in each of its languages: Chinese (the default) and English.

A claim's summary, a check's statement, an exercise's title, a figure's alt text and an explorable's
labels are written once per language, side by side, so that both editions quote the same numbers and
neither can lose a sentence the other has.

Examples
--------
>>> title = Words(zh="交叉熵", en="Cross-entropy")
>>> title["en"], title["zh"]
('Cross-entropy', '交叉熵')
>>> title["fr"]
Traceback (most recent call last):
...
KeyError: "no words in 'fr'; written in zh, en"
"""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Words:
    """The same words in Chinese and in English.

    Parameters
    ----------
    zh : str
        The Chinese words.
    en : str
        The English words, saying the same thing.
    """

    zh: str
    en: str

    def __post_init__(self) -> None:
        for field in fields(self):
            if not getattr(self, field.name).strip():
                raise ValueError(f"Words: the {field.name} text is empty")

    def __getitem__(self, language: str) -> str:
        if language not in LANGUAGES:
            raise KeyError(f"no words in {language!r}; written in {', '.join(LANGUAGES)}")
        return getattr(self, language)

    def format(self, **values: object) -> Words:
        """Both languages with the same ``{fields}`` filled in (``str.format``).

        >>> Words(zh="z = {z} 时", en="at z = {z}").format(z=-5)
        Words(zh='z = -5 时', en='at z = -5')
        """
        return Words(**{field.name: getattr(self, field.name).format(**values) for field in fields(self)})


#: The languages every Words holds, the default first.
LANGUAGES: tuple[str, ...] = tuple(field.name for field in fields(Words))
