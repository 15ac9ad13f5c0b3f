"""Changing an input in a snippet makes the suite fail: proved on a temporary copy.

Each case edits one input of the article in a copy of the project and runs the
claim tests there; they must fail, and the failure must name the claim the
edit breaks.  An unedited copy must pass, so the failure is the edit's doing.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import build_env

MUTATIONS = [
    # (file, original line, mutated line, a claim the change must break)
    ("snippets/cross_entropy/model.py", "P_CONFIDENT = 0.9", "P_CONFIDENT = 0.85", "cross_entropy.cat_confident_loss"),
    ("snippets/maximum_likelihood/model.py", "HEADS = 6", "HEADS = 8", "maximum_likelihood.mle_closed_form"),
    ("snippets/least_squares/model.py", "SALES: tuple[float, ...] = (50, 60, 70, 80, 90)",
     "SALES: tuple[float, ...] = (52, 60, 70, 80, 90)", "least_squares.fitted_intercept"),
    ("snippets/emails.py", "P_MEETING = 0.3", "P_MEETING = 0.35",
     "cross_entropy_from_information.cross_entropy_meeting"),
    ("snippets/maximum_likelihood/exercises.py", "NEW_HEADS = 7", "NEW_HEADS = 8", "maximum_likelihood.ex_new_estimate"),
]


def run_claim_tests(project: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_claims.py"],
        cwd=project,
        env=build_env(PYTHONPATH=str(project)),
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_unchanged_copy_passes(project_copy: Path) -> None:
    result = run_claim_tests(project_copy)
    assert result.returncode == 0, result.stdout[-2000:]


@pytest.mark.slow
@pytest.mark.parametrize(("path", "original", "mutated", "broken"), MUTATIONS, ids=[m[2] for m in MUTATIONS])
def test_changing_an_input_fails_the_suite(project_copy: Path, path: str, original: str, mutated: str,
                                           broken: str) -> None:
    source = project_copy / path
    text = source.read_text(encoding="utf-8")
    assert text.count(original) == 1, f"{original!r} not found once in {path}"
    source.write_text(text.replace(original, mutated), encoding="utf-8")
    result = run_claim_tests(project_copy)
    assert result.returncode == 1, result.stdout[-2000:]
    failed = [line for line in result.stdout.splitlines() if line.startswith("FAILED tests/test_claims.py::")]
    assert any(f"[{broken}]" in line for line in failed), failed  # the article's value, or the exercise's worked one
