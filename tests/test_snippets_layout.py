"""How the snippets are laid out: a package per chapter whose parts keep computation apart from drawing and
checking, no file too long to read, and imports that go one way (no chapter imports a chapter that imports it)."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "snippets"


def top_level() -> list[str]:
    """The package's modules and chapter packages: ``claim``, ``least_squares`` …"""
    return sorted({path.relative_to(PACKAGE).parts[0].removesuffix(".py") for path in PACKAGE.rglob("*.py")}
                  - {"__init__", "__pycache__"})


def imports_of(name: str) -> set[str]:
    """The snippet modules and chapters that ``snippets/<name>.py`` or any file of the chapter package
    ``snippets/<name>/`` imports, anywhere in it (inside functions too)."""
    files = sorted((PACKAGE / name).rglob("*.py")) if (PACKAGE / name).is_dir() else [PACKAGE / f"{name}.py"]
    return {module for file in files for module in _imports_in(file)} & set(top_level()) - {name}


def _imports_in(file: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.module and node.module.startswith("snippets."):
                found.add(node.module.removeprefix("snippets.").split(".")[0])
            elif node.module == "snippets" or (node.level == 1 and not node.module):
                found.update(alias.name for alias in node.names)
            elif node.level == 1 and node.module:
                found.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("snippets.").split(".")[0] for a in node.names
                         if a.name.startswith("snippets."))
    return found


def cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """An import cycle of ``graph`` (module → modules it imports) as a path, or None."""
    state: dict[str, str] = {}

    def visit(module: str, path: list[str]) -> list[str] | None:
        state[module] = "open"
        for imported in sorted(graph[module]):
            if state.get(imported) == "open":
                return [*path, imported]
            if imported not in state and (found := visit(imported, [*path, imported])):
                return found
        state[module] = "done"
        return None

    for module in sorted(graph):
        if module not in state and (found := visit(module, [module])):
            return found
    return None


def test_the_import_graph_of_the_snippets_has_no_cycle() -> None:
    graph = {name: imports_of(name) for name in top_level()}
    assert "emails" in graph["cross_entropy_from_information"] and "emails" in graph["cross_entropy_from_likelihood"]
    assert cycle(graph) is None, " → ".join(cycle(graph))


def test_two_chapters_importing_each_other_are_a_cycle(tmp_path, monkeypatch) -> None:
    """What the test above would catch: an import inside a function counts too."""
    (tmp_path / "a.py").write_text("from snippets.b import X\n")
    (tmp_path / "b.py").write_text("def f():\n    from snippets import a\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", tmp_path)
    graph = {name: imports_of(name) for name in ("a", "b")}
    assert cycle(graph) == ["a", "b", "a"]


#: What only drawing and checking need: a chapter's model and claims import none of it.
PRESENTATION = ("matplotlib", "sympy", "snippets.figures", "snippets.verification", "snippets.explorables")


def test_every_chapter_is_a_package_whose_numbers_need_no_drawing_or_checking_code() -> None:
    from snippets import CHAPTER_MODULES

    for chapter in CHAPTER_MODULES:
        parts = {path.stem for path in (PACKAGE / chapter).glob("*.py")}
        known = {"__init__", "model", "claims", "figures", "explorables", "exercises", "checks"}
        assert {"__init__", "model"} <= parts <= known, chapter
        for part in ("__init__", "model", "claims", "exercises"):  # a page's numbers, exercises' included
            if part in parts:
                used = _all_imports(PACKAGE / chapter / f"{part}.py")
                drawing = [m for m in used if m.startswith(PRESENTATION)
                           or m.endswith((".figures", ".checks", ".explorables"))]
                assert drawing == [], f"{chapter}/{part}.py imports {drawing}"


def _all_imports(file: Path) -> set[str]:
    tree = ast.parse(file.read_text(encoding="utf-8"))
    return ({node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
            | {alias.name for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names})


#: A file a reader can take in at once (the issue that split the chapters asked for ~300 lines).
LONGEST = 300


def test_no_snippet_file_is_longer_than_a_reader_takes_in_at_once() -> None:
    lengths = {path.relative_to(PACKAGE).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
               for path in PACKAGE.rglob("*.py")}
    assert {name: n for name, n in lengths.items() if n > LONGEST} == {}
