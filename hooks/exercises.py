"""``[[exercise:module.N.n]]`` and ``[[answer:module.claim]]``: a chapter's exercises and the reader's self-check.

The snippets declare each exercise (``snippets/<chapter>/exercises.py``: its number, kind, title and
the claim that answers it); the page writes the statement, a hint (``??? hint "提示"``) and a worked
solution (``??? solution "解答"``) in prose.  This hook writes

* ``[[exercise:least_squares.1.2]]`` as the exercise's heading, ``### 练习 1.2 换一张销量表``, with
  the stable anchor ``#ex-1-2`` teachers cite;
* ``[[answer:least_squares.ex_new_slope]]`` as a small form: the reader types a number and
  ``javascripts/self_check.js`` says whether it is right at the claim's digits, opening the hint
  after a wrong try.  The answer must be the one the exercise declares.  Without JavaScript (and in
  print, and in the offline copy) the form is not shown; the solution stays collapsed until opened;
* ``[[exercise-help:least_squares]]`` as the sentence that tells the reader what the section offers.

A build with ``SOLUTIONS=false`` (``extra.solutions``, :mod:`sitekit.solutions`) is the course
edition: every ``??? solution`` block is taken out of the pages before any hook reads them, the
self-checks are left out, and the help sentence says so.
"""

from __future__ import annotations

import html
import posixpath
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from sitekit import solutions
from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

SCRIPT = "javascripts/self_check.js"
#: Unit words the reader may add to an answer, by the unit an exercise asks in.
UNITS = {"nats": "nats", "bits": "bits"}


def exercises() -> dict[str, tuple[str, object]]:
    """Every declared exercise, by ``chapter.number`` (``least_squares.1.2``): (chapter, exercise)."""
    from snippets.claim import chapter_parts

    return {f"{chapter}.{exercise.number}": (chapter, exercise)
            for chapter, module in chapter_parts("exercises").items() for exercise in module.EXERCISES}


def solutions_shown(config: MkDocsConfig) -> bool:
    """Whether this build shows the exercises' solutions and self-checks."""
    try:
        return solutions.shown(config.extra)
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: {error}") from None


@event_priority(-102)  # after mkdocs-static-i18n (-100) has made this language's files (it rereads them from docs/)
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """In the course edition, every page loses its solution blocks before any page is read
    (hooks/claims.py, which looks at the pages earlier, takes the solutions out of what it reads itself)."""
    if not solutions_shown(config):
        for file in files.documentation_pages():
            if file.generated_by is None and file.src_uri.endswith(".md"):
                source = file.content_string
                if solutions.count(source):
                    file.content_string = solutions.without_solutions(source)
    return files


def _handout(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("print-site")
    return plugin is not None and bool(plugin.config.get("enabled"))


def _offline(config: MkDocsConfig) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return plugin is not None and bool(plugin.config.get("enabled"))


#: What this hook writes, in each language.
WORDS = {
    "zh": {"heading": "### 练习 {number}　{title} {{#{anchor}}}",
           "decimals": "保留 {} 位小数", "integer": "取整数", "unit": "单位 {}，{}", "label": "你的答案（{}）",
           "check": "核对",
           "help_print": "每道题的数都由本章的代码算出，并由测试逐一核对。",
           "help_course": "题里的数据都由本章的代码给出。这一版网站供课堂使用，不附答案和解答；提示仍可展开。",
           "help_computed": "每道题的数都由本章的代码算出，并在[数字核对]({})里列出",
           "help_check": "数值题可以在框里填答案自查，", "help_offline": "数值题的答案在解答里，",
           "help": "{computed}；{check}“解答”默认收起。"},
    "en": {"heading": "### Exercise {number} · {title} {{#{anchor}}}",
           "decimals": "to {} decimals", "integer": "a whole number", "unit": "in {}, {}", "label": "Your answer ({})",
           "check": "Check",
           "help_print": "Every number in these exercises is computed by this chapter's code and checked by the tests.",
           "help_course": ("The exercises' data come from this chapter's code. This edition of the site is for "
                           "classes: it gives no answers or solutions; the hints still open."),
           "help_computed": "Every number in these exercises is computed by this chapter's code and listed in the "
                            "[Number ledger]({})",
           "help_check": "; for a numeric exercise, type your answer in the box to check it",
           "help_offline": "; a numeric exercise's answer is in its solution",
           "help": "{computed}{check}. The solutions start closed."},
}


@renders("exercise")
def render_exercise(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[exercise:chapter.N.n]]`` on a line of its own: the exercise's heading and anchor."""
    if not marker.alone:
        raise MarkerError("an exercise heading stands on a line of its own")
    known = exercises()
    if marker.argument not in known:
        raise MarkerError(f"unknown exercise {marker.argument!r}; known: {', '.join(known) or 'none'}")
    _, exercise = known[marker.argument]
    language = language_of(page.file.src_uri)
    return WORDS[language]["heading"].format(number=exercise.number, title=exercise.title[language],
                                             anchor=exercise.anchor)


@renders("answer")
def render_answer(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[answer:chapter.claim]]`` on a line of its own, under a numeric exercise: the self-check."""
    from snippets.claim import find_claim

    if not marker.alone:
        raise MarkerError("a self-check stands on a line of its own")
    chapter, _, claim_name = marker.argument.partition(".")
    answered = [exercise for key, (owner, exercise) in exercises().items()
                if owner == chapter and exercise.answer == claim_name]
    if not answered:
        raise MarkerError(f"{marker.argument} answers no exercise (declare it as an Exercise's answer)")
    try:
        claim = find_claim(marker.argument)
    except KeyError as error:
        raise MarkerError(error.args[0]) from None
    if claim.claim.origin != "exercise":
        raise MarkerError(f"{marker.argument} is not an exercise's claim (origin {claim.claim.origin!r})")
    if _offline(config):
        return ""  # file:// runs no ES module: the solution below is there to open
    if not solutions_shown(config):
        return ""  # the form carries its answer
    (exercise,) = answered
    words = WORDS[language_of(page.file.src_uri)]
    digits = claim.claim.digits
    precision = words["decimals"].format(digits) if digits else words["integer"]
    asked = words["unit"].format(html.escape(exercise.unit), precision) if exercise.unit else precision
    served_dir = (page.file.url.rstrip("/") if page.file.url.endswith("/") else posixpath.dirname(page.file.url)) or "."
    script = posixpath.relpath(SCRIPT, served_dir)
    field = f"answer-{exercise.anchor}"
    return (
        f'<form class="self-check" data-answer="{claim.value()!r}" data-digits="{digits}" '
        f'data-unit="{html.escape(exercise.unit)}" data-exercise="{exercise.anchor}" novalidate>'
        f'<label for="{field}">{words["label"].format(asked)}</label>'
        # a phone's decimal keypad has no minus sign: the full keyboard where the answer is negative
        f'<span class="self-check__row"><input id="{field}" type="text" '
        f'inputmode="{"decimal" if claim.value() >= 0 else "text"}" autocomplete="off" '
        f'spellcheck="false" enterkeyhint="done">'
        f'<button type="submit">{words["check"]}</button></span>'
        f'<span class="self-check__verdict" role="status" aria-live="polite"></span>'
        f"<noscript><style>.md-typeset form.self-check {{ display: none; }}</style></noscript>"
        f'</form><script type="module" src="{script}"></script>'
    )


@renders("exercise-help")
def render_exercise_help(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[exercise-help:chapter]]`` in a 练习 section's opening: what the section offers in this edition."""
    from snippets import CHAPTER_MODULES

    if marker.argument not in CHAPTER_MODULES:
        raise MarkerError(f"unknown chapter {marker.argument!r}; known: {', '.join(CHAPTER_MODULES)}")
    served_dir = posixpath.dirname(page.file.src_uri)
    ledger = posixpath.relpath("ledger.md", served_dir or ".")
    words = WORDS[language_of(page.file.src_uri)]
    if _handout(config):  # the handout, the exercise sheet and the solutions print this one sentence
        return words["help_print"]
    if not solutions_shown(config):
        return words["help_course"]
    computed = words["help_computed"].format(f"{ledger}#{marker.argument}")
    check = words["help_check"] if not _offline(config) else words["help_offline"]
    return words["help"].format(computed=computed, check=check)
