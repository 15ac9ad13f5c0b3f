"""从极大似然推导交叉熵: the numbers the pages quote.

Each number is a small function of the chapter's data (:mod:`snippets.cross_entropy_from_likelihood.model`), listed in
``CLAIMS`` with its section, its precision and what the article prints; ``TABLES`` are the data
tables the pages show.
"""

from __future__ import annotations

from snippets.claim import Claim, Table
from snippets.cross_entropy_from_likelihood.exercises import EXERCISE_CLAIMS
from snippets.cross_entropy_from_likelihood.model import log_likelihood_contribution
from snippets.emails import EMAIL_WORDS, EMAILS, LABEL_NAMES, P_FREE, P_MEETING, label_free, label_meeting
from snippets.words import Words


def not_spam_meeting() -> float:
    """``1 - p(x_2)``, the model's probability that "会议" is not spam."""
    return 1 - P_MEETING


def contribution_free() -> float:
    """``log p(x_1)``: the "免费" email's term of the log-likelihood."""
    return log_likelihood_contribution(label_free(), P_FREE)


def contribution_meeting() -> float:
    """``log(1 - p(x_2))``: the "会议" email's term of the log-likelihood."""
    return log_likelihood_contribution(label_meeting(), P_MEETING)


def email_table() -> tuple[list[Words], list[list[Words]]]:
    """The article's table of emails (§1.1)."""
    rows = [[Words(zh=f"包含“{word}”", en=f"Contains “{EMAIL_WORDS[word].en}”"),
             Words(zh=f"{label} ({LABEL_NAMES[label].zh})", en=f"{label} ({LABEL_NAMES[label].en})")]
            for word, label in EMAILS]
    return [Words(zh="邮件特征 ($x_i$)", en="Email feature ($x_i$)"), Words(zh="标签 ($y_i$)", en="Label ($y_i$)")], rows


TABLES = (Table("email_table", email_table, section="§1.1"),)

CLAIMS = (
    Claim("label_free", label_free, 0, "§1.4",
          Words(zh="“免费”邮件的标签 y₁", en="Label y₁ of the “free” email"), article="1", input=True),
    Claim("label_meeting", label_meeting, 0, "§1.4",
          Words(zh="“会议”邮件的标签 y₂", en="Label y₂ of the “meeting” email"), article="0", input=True),
    Claim("p_free", "P_FREE", 1, "§1.4",
          Words(zh="模型对“免费”邮件的预测 p(x₁)", en="The model's prediction p(x₁) for the “free” email"), article="0.8"),
    Claim("p_meeting", "P_MEETING", 1, "§1.4",
          Words(zh="模型对“会议”邮件的预测 p(x₂)", en="The model's prediction p(x₂) for the “meeting” email"), article="0.3"),
    Claim("not_spam_meeting", not_spam_meeting, 1, "§1.4", Words(zh="1 − p(x₂)", en="1 − p(x₂)"), article="0.7"),
    Claim("contribution_free", contribution_free, 3, "§1.4",
          Words(zh="“免费”邮件对对数似然的贡献 log 0.8", en="The “free” email's contribution to the log-likelihood, log 0.8"),
          article="-0.223"),
    Claim("contribution_meeting", contribution_meeting, 3, "§1.4",
          Words(zh="“会议”邮件对对数似然的贡献 log 0.7", en="The “meeting” email's contribution to the log-likelihood, log 0.7"),
          article="-0.357"),
    *EXERCISE_CLAIMS,
)
