"""从极大似然推导交叉熵 (article part three, §1): the 邮件 example.

Three emails, each described by one word, are spam (1) or not (0).  A model
predicts ``p(x_i)``, the probability of spam; each email adds
``y_i log p(x_i) + (1 - y_i) log(1 - p(x_i))`` to the log-likelihood.  The
article gives predictions for the first two emails only.  The emails and the predictions live in
:mod:`snippets.emails`, which the information chapter imports too.

Examples
--------
>>> f"{log_likelihood_contribution(1, 0.8):.3f}"
'-0.223'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from snippets.claim import Claim, Table, find_claim
from snippets.emails import EMAILS, LABEL_NAMES, P_FREE, P_MEETING, label_free, label_meeting
from snippets.figures import FigureSpec, Scheme, new_figure

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def log_likelihood_contribution(y: int, p: float) -> float:
    """One email's term ``y log p + (1 - y) log(1 - p)`` of ``log L(θ)``.

    Terms multiplied by a zero label are skipped, as ``0 · log 0`` is taken as 0.

    Raises
    ------
    ValueError
        If ``y`` is not 0 or 1 or ``p`` is outside (0, 1).

    Examples
    --------
    >>> f"{log_likelihood_contribution(0, 0.3):.3f}"
    '-0.357'
    """
    if y not in (0, 1):
        raise ValueError(f"y must be 0 or 1, got {y}")
    if not 0.0 < p < 1.0:
        raise ValueError(f"p must lie strictly between 0 and 1, got {p}")
    return float(np.log(p)) if y == 1 else float(np.log(1 - p))


def not_spam_meeting() -> float:
    """``1 - p(x_2)``, the model's probability that "会议" is not spam."""
    return 1 - P_MEETING


def contribution_free() -> float:
    """``log p(x_1)``: the "免费" email's term of the log-likelihood."""
    return log_likelihood_contribution(label_free(), P_FREE)


def contribution_meeting() -> float:
    """``log(1 - p(x_2))``: the "会议" email's term of the log-likelihood."""
    return log_likelihood_contribution(label_meeting(), P_MEETING)


def plot_email_contributions(scheme: Scheme) -> Figure:
    """Per email: its term of the log-likelihood (negative) beside its cross-entropy (positive)."""
    from matplotlib.patches import Patch

    # The cross-entropies are the information chapter's claims, looked up by name: no import between chapters.
    fig, ax = new_figure(scheme, (5.8, 3.6))
    emails = (
        ("label_free", "p_free", contribution_free(),
         find_claim("cross_entropy_from_information.cross_entropy_free").value(),
         "contribution_free", "cross_entropy_from_information.cross_entropy_free"),
        ("label_meeting", "p_meeting", contribution_meeting(),
         find_claim("cross_entropy_from_information.cross_entropy_meeting").value(),
         "contribution_meeting", "cross_entropy_from_information.cross_entropy_meeting"),
    )
    width = 0.36
    for i, (label, p, term, entropy, term_claim, entropy_claim) in enumerate(emails):
        for offset, value, colour, claim in ((-width / 2, term, scheme.second, f"cross_entropy_from_likelihood.{term_claim}"),
                                             (width / 2, entropy, scheme.accent, entropy_claim)):
            ax.bar(i + offset, value, width, color=colour)
            ax.annotate(find_claim(claim).text().replace("-", "\N{MINUS SIGN}"), (i + offset, value),
                        xytext=(0, 4 if value > 0 else -12), textcoords="offset points", ha="center",
                        color=scheme.ink, fontsize=9)
    handles = [Patch(color=scheme.second, label="$y_i \\log p(x_i) + (1 - y_i) \\log(1 - p(x_i))$"),
               Patch(color=scheme.accent, label="$H(P_i, Q_i)$")]
    ax.axhline(0, color=scheme.ink, linewidth=0.8)
    ax.set_xticks(range(len(emails)), [
        f"$x_{i + 1}$:  $y_{i + 1} = {find_claim('cross_entropy_from_likelihood.' + label).text()}$, "
        f"$p(x_{i + 1}) = {find_claim('cross_entropy_from_likelihood.' + p).text()}$"
        for i, (label, p, *_rest) in enumerate(emails)])
    ax.set(ylim=(-0.55, 0.55))
    ax.legend(handles=handles, loc="upper center", fontsize=8)
    return fig


def email_contributions_alt() -> str:
    """Alt text of :func:`plot_email_contributions`."""
    c = {name: find_claim(name).text().replace("-", "−") for name in (
        "cross_entropy_from_likelihood.contribution_free", "cross_entropy_from_likelihood.contribution_meeting",
        "cross_entropy_from_information.cross_entropy_free", "cross_entropy_from_information.cross_entropy_meeting")}
    return (f"柱状图，两封邮件各两根柱子。第一封（免费）：对数似然贡献 {c['cross_entropy_from_likelihood.contribution_free']}，"
            f"交叉熵 {c['cross_entropy_from_information.cross_entropy_free']}；第二封（会议）：对数似然贡献 "
            f"{c['cross_entropy_from_likelihood.contribution_meeting']}，交叉熵 "
            f"{c['cross_entropy_from_information.cross_entropy_meeting']}。每对柱子等长、方向相反。")


FIGURES = (FigureSpec("email_contributions", plot_email_contributions, email_contributions_alt),)


def email_table() -> tuple[list[str], list[list[str]]]:
    """The article's table of emails (§1.1)."""
    rows = [[f"包含“{word}”", f"{label} ({LABEL_NAMES[label]})"] for word, label in EMAILS]
    return ["邮件特征 ($x_i$)", "标签 ($y_i$)"], rows


TABLES = (Table("email_table", email_table, section="§1.1"),)

CLAIMS = (
    Claim("label_free", label_free, 0, "§1.4", "“免费”邮件的标签 y₁", article="1", input=True),
    Claim("label_meeting", label_meeting, 0, "§1.4", "“会议”邮件的标签 y₂", article="0", input=True),
    Claim("p_free", "P_FREE", 1, "§1.4", "模型对“免费”邮件的预测 p(x₁)", article="0.8"),
    Claim("p_meeting", "P_MEETING", 1, "§1.4", "模型对“会议”邮件的预测 p(x₂)", article="0.3"),
    Claim("not_spam_meeting", not_spam_meeting, 1, "§1.4", "1 − p(x₂)", article="0.7"),
    Claim("contribution_free", contribution_free, 3, "§1.4", "“免费”邮件对对数似然的贡献 log 0.8", article="-0.223"),
    Claim("contribution_meeting", contribution_meeting, 3, "§1.4", "“会议”邮件对对数似然的贡献 log 0.7",
          article="-0.357"),
)
