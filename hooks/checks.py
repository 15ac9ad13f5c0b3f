"""Run each derivation check at build time and show it beside the step it checks.

A line ``[[check:module.verify_something]]`` becomes a collapsed block
"验证这一步" holding what the computation produced (typeset) and the verdict,
then the check's code behind a second disclosure, all rendered from the actual
run.  Printed, the block shows the evidence and the verdict, never the code.  A check that does not pass, an
unknown check or an exception stops the build with page, line and cause.

SymPy takes seconds, so results are cached (``sitekit.cache``) under a key of the
check's name, the source of its module and of every snippet module that module
imports, and the SymPy and NumPy versions: a prose edit re-runs no check, an edit
to a module re-runs the checks that depend on it.
"""

from __future__ import annotations

import inspect
import logging
import platform
import posixpath
import textwrap
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

from sitekit.cache import JsonStore, cache_root, digest, module_key, versions
from sitekit.languages import language_of
from sitekit.markers import Marker, MarkerError, renders

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

log = logging.getLogger("mkdocs.plugins.checks")

#: Results of this build's checks, by qualified name (a check shown on two pages runs once).
_results: dict[str, object] = {}
#: Checks run (not taken from the cache) in this build, by qualified name: the tests read the log.
_ran: list[str] = []
_store: JsonStore | None = None


def on_pre_build(config: MkDocsConfig) -> None:
    global _store
    _results.clear()
    _ran.clear()
    _store = JsonStore(cache_root(Path(config.config_file_path).parent) / "checks.json")


def on_post_build(config: MkDocsConfig) -> None:
    if _store is not None:
        _store.save()
    log.info("checks: %d run, %d from the cache%s", len(_ran), _store.hits if _store else 0,
             f" (ran: {', '.join(_ran)})" if _ran else "")


def _run(name: str, check, project: Path):
    """The check's :class:`~snippets.verification.Verification`, from the cache or freshly run."""
    from snippets.verification import Verification
    from snippets.words import Words

    chapter = name.split(".")[0]
    key = digest("statement in each language", name, module_key(project / "snippets", f"{chapter}.checks"), versions("sympy", "numpy"),
                 platform.python_version())
    cached = _store.get(key) if _store is not None else None
    if cached is not None:
        return Verification(Words(**cached["statement"]), cached["passed"], tuple(cached["evidence"]))
    result = check()
    _ran.append(name)
    if _store is not None:
        _store.put(key, {"statement": {"zh": result.statement.zh, "en": result.statement.en}, "passed": bool(result.passed),
                         "evidence": [str(formula) for formula in result.evidence]})
    return result


def _checks() -> dict[str, object]:
    from snippets.claim import chapter_parts

    return {f"{chapter}.{check.__name__}": check
            for chapter, module in chapter_parts("checks").items() for check in module.CHECKS}


#: The block's words, in each language.
WORDS = {"zh": {"title": "验证这一步：{}", "passed": "结论：通过。", "failed": "结论：未通过。",
                "code": "计算它的代码（{path} 第 {line} 行）", "source": "在源码页中查看"},
         "en": {"title": "Check this step: {}", "passed": "Verdict: passed.", "failed": "Verdict: failed.",
                "code": "The code that computes it ({path}, line {line})", "source": "See it on its source page"}}


@renders("check")
def render_check(marker: Marker, page: Page, config: MkDocsConfig, files: Files) -> str:
    """``[[check:module.verify_…]]`` on a line of its own: the collapsed block 验证这一步, from the run."""
    name = marker.argument
    if not marker.alone:
        raise MarkerError("a check stands on a line of its own")
    checks = _checks()
    if name not in checks:
        raise MarkerError(f"unknown check {name!r}; known: {', '.join(checks)}")
    check = checks[name]
    if name not in _results:
        try:
            _results[name] = _run(name, check, Path(config.config_file_path).parent)
        except Exception as error:  # noqa: BLE001 - any failure stops the build
            raise MarkerError(f"{check.__name__}() raised {error!r}") from error
    result = _results[name]
    if not result.passed:
        raise MarkerError(f"check failed: {result.statement.zh}\n  " + "\n  ".join(result.evidence))
    from snippets.code_location import code_page, module_path

    path = module_path(inspect.getmodule(check))  # snippets/least_squares/checks.py
    line = inspect.getsourcelines(check)[1]
    source_page, lines = code_page(path)
    source_link = f"{posixpath.relpath(source_page, posixpath.dirname(page.file.src_uri) or '.')}#{lines}-{line}"
    code = inspect.getsource(check).rstrip()
    evidence = "\n\n".join(f"$$\n{formula}\n$$" for formula in result.evidence)
    code_block = textwrap.indent(f"```python\n{code}\n```", "    ", lambda line: True)
    language = language_of(page.file.src_uri)
    words = WORDS[language]
    body = (
        f"{evidence}\n\n"
        f"**{words['passed'] if result.passed else words['failed']}**\n\n"
        f'??? example "{words["code"].format(path=path, line=line)}"\n\n'
        f"{code_block}\n\n"
        f"    [{words['source']}]({source_link})"
    )
    return (f'??? success "{words["title"].format(result.statement[language])}"\n\n'
            + textwrap.indent(body, marker.indent + "    ", lambda line: True))


def on_page_content(html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    # The code behind a check is there for a reader who opens it, not for search results.
    return html.replace('<details class="example">', '<details class="example" data-search-exclude>')
