"""The three emails of 从极大似然推导交叉熵 §1 and 从信息论推导交叉熵 §2.5: one home for both chapters.

Each email is described by one word and labelled spam (1) or not (0); the article's model
predicts ``p(x_i)``, the probability of spam, for the first two.  The likelihood chapter turns
these into log-likelihood terms, the information chapter into cross-entropies; both import the
data from here, and neither imports the other.

Examples
--------
>>> [label_of(word) for word, _ in EMAILS]
[1, 0, 1]
>>> [f"{EMAIL_WORDS[word]['en']}: {LABEL_NAMES[label]['en']}" for word, label in EMAILS]
['free: spam', 'meeting: not spam', 'prize: spam']
"""

from __future__ import annotations

from snippets.words import Words

#: The article's data (§1.1): the word an email contains, and its label (1 = 垃圾, 0 = 正常).
EMAILS: tuple[tuple[str, int], ...] = (("免费", 1), ("会议", 0), ("中奖", 1))
#: Each email's word in each language, keyed by the word as ``EMAILS`` gives it (the article's Chinese).
EMAIL_WORDS: dict[str, Words] = {"免费": Words(zh="免费", en="free"), "会议": Words(zh="会议", en="meeting"),
                                 "中奖": Words(zh="中奖", en="prize")}
#: Predicted spam probability for the first email, "免费" (§1.4).
P_FREE = 0.8
#: Predicted spam probability for the second email, "会议" (§1.4).
P_MEETING = 0.3
#: How the article names the labels, in each language.
LABEL_NAMES: dict[int, Words] = {1: Words(zh="垃圾", en="spam"), 0: Words(zh="正常", en="not spam")}


def label_of(word: str) -> int:
    """Label of the email containing ``word``.

    Raises
    ------
    KeyError
        If no email in the data contains ``word``.
    """
    for email_word, label in EMAILS:
        if email_word == word:
            return label
    raise KeyError(f"no email contains {word!r}")


def label_free() -> int:
    """``y_1``, label of the "免费" email."""
    return label_of("免费")


def label_meeting() -> int:
    """``y_2``, label of the "会议" email."""
    return label_of("会议")
