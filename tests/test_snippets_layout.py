"""How the snippet modules hang together: imports go one way (no chapter imports a chapter that imports it)."""

from __future__ import annotations

import ast

from tests.conftest import ROOT

PACKAGE = ROOT / "snippets"


def imports_of(name: str) -> set[str]:
    """The snippet modules ``snippets/<name>.py`` imports, anywhere in it (inside functions too)."""
    found = set()
    for node in ast.walk(ast.parse((PACKAGE / f"{name}.py").read_text(encoding="utf-8"))):
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
    modules = {path.stem for path in PACKAGE.glob("*.py")}
    return (found & modules) - {name}


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
    graph = {path.stem: imports_of(path.stem) for path in PACKAGE.glob("*.py")}
    assert "emails" in graph["cross_entropy_from_information"] and "emails" in graph["cross_entropy_from_likelihood"]
    assert cycle(graph) is None, " → ".join(cycle(graph))


def test_two_chapters_importing_each_other_are_a_cycle(tmp_path, monkeypatch) -> None:
    """What the test above would catch: an import inside a function counts too."""
    (tmp_path / "a.py").write_text("from snippets.b import X\n")
    (tmp_path / "b.py").write_text("def f():\n    from snippets import a\n")
    monkeypatch.setattr(__import__(__name__, fromlist=["PACKAGE"]), "PACKAGE", tmp_path)
    graph = {name: imports_of(name) for name in ("a", "b")}
    assert cycle(graph) == ["a", "b", "a"]
