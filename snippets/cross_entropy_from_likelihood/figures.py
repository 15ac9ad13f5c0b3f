"""从极大似然推导交叉熵: the chapter's figures.

Each ``plot_…(scheme)`` draws one figure from the chapter's data and claims, and each ``…_alt()``
says in words what it shows; ``FIGURES`` lists them for the build (:mod:`snippets.figures`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from snippets.claim import find_claim
from snippets.cross_entropy_from_likelihood.claims import contribution_free, contribution_meeting
from snippets.figures import FigureSpec, Scheme, new_figure
from snippets.words import Words

if TYPE_CHECKING:
    from matplotlib.figure import Figure


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


def email_contributions_alt() -> Words:
    """Alt text of :func:`plot_email_contributions`."""
    c = {name: find_claim(name).text().replace("-", "−") for name in (
        "cross_entropy_from_likelihood.contribution_free", "cross_entropy_from_likelihood.contribution_meeting",
        "cross_entropy_from_information.cross_entropy_free", "cross_entropy_from_information.cross_entropy_meeting")}
    return Words(
        zh=(f"柱状图，两封邮件各两根柱子。第一封（免费）：对数似然贡献 {c['cross_entropy_from_likelihood.contribution_free']}，"
            f"交叉熵 {c['cross_entropy_from_information.cross_entropy_free']}；第二封（会议）：对数似然贡献 "
            f"{c['cross_entropy_from_likelihood.contribution_meeting']}，交叉熵 "
            f"{c['cross_entropy_from_information.cross_entropy_meeting']}。每对柱子等长、方向相反。"),
        en=(f"Bar chart with two bars for each of two emails. The first (“free”): log-likelihood contribution "
            f"{c['cross_entropy_from_likelihood.contribution_free']}, cross-entropy "
            f"{c['cross_entropy_from_information.cross_entropy_free']}; the second (“meeting”): log-likelihood "
            f"contribution {c['cross_entropy_from_likelihood.contribution_meeting']}, cross-entropy "
            f"{c['cross_entropy_from_information.cross_entropy_meeting']}. The two bars of each pair have the same "
            f"length and point in opposite directions."))


FIGURES = (FigureSpec("email_contributions", plot_email_contributions, email_contributions_alt),)
