"""Where a number's code lives: the file and line a ledger entry or a popup links to.

A chapter is a package (``snippets/least_squares/``) whose ``__init__`` re-exports its parts; a
claim names a function (which knows its module) or a constant (which does not).  For a constant
the module that assigns it is found by following the ``from snippets… import`` lines, star
imports of a chapter's parts included, from the chapter to the file that holds the line.

Examples
--------
>>> import snippets.least_squares as ls
>>> assigning_module(ls, "TRIAL_W").__name__
'snippets.least_squares.model'
"""

from __future__ import annotations

import ast
import functools
import importlib
import inspect
from pathlib import Path
from types import ModuleType


@functools.cache  # per imported module: a rebuild under `mkdocs serve` imports new module objects
def source_lines(module: ModuleType) -> tuple[str, ...]:
    return tuple(inspect.getsource(module).splitlines())


def module_path(module: ModuleType) -> str:
    """``snippets/least_squares/claims.py``: the module's file, relative to the project.

    >>> import snippets.least_squares
    >>> module_path(snippets.least_squares.claims), module_path(snippets.least_squares)
    ('snippets/least_squares/claims.py', 'snippets/least_squares/__init__.py')
    """
    return module.__name__.replace(".", "/") + (Path(module.__file__).name == "__init__.py") * "/__init__" + ".py"


#: The source pages' folder on the site.
SOURCE_DIR = "source"


def code_page(path: str) -> tuple[str, str]:
    """The source page that shows the file ``path`` (``snippets/…``), and the prefix of its line anchors.

    A shared module has a page of its own, lines ``#L-42``; a chapter's parts share the chapter's
    page, one section each, lines ``#claims-L-42``.

    >>> code_page("snippets/claim.py"), code_page("snippets/least_squares/claims.py")
    (('source/claim.md', 'L'), ('source/least_squares.md', 'claims-L'))
    >>> code_page("snippets/least_squares/__init__.py")
    ('source/least_squares.md', 'init-L')
    """
    parts = path.removeprefix("snippets/").removesuffix(".py").split("/")
    if len(parts) == 1:
        return f"{SOURCE_DIR}/{parts[0]}.md", "L"
    return f"{SOURCE_DIR}/{parts[0]}.md", f"{parts[1].strip('_')}-L"


def assigning_module(module: ModuleType, name: str) -> ModuleType:
    """The module that assigns ``name`` at top level: ``module`` itself, or one it imports ``name`` from
    (``from snippets.x import name``, or a chapter's ``from snippets.x.model import *``)."""
    found = _assigning_module(module, name)
    if found is None:
        raise LookupError(f"{module.__name__}: no module assigns {name}")
    return found


def _assigning_module(module: ModuleType, name: str) -> ModuleType | None:
    if any(line.startswith((f"{name} =", f"{name}:")) for line in source_lines(module)):
        return module
    named, starred = _imports(module)
    for imported in (*named.get(name, ()), *starred):
        found = _assigning_module(importlib.import_module(imported), name)
        if found is not None:
            return found
    return None


@functools.cache
def _imports(module: ModuleType) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """The ``snippets`` modules ``module`` imports from: by imported name, and those it star-imports."""
    named: dict[str, tuple[str, ...]] = {}
    starred: list[str] = []
    for node in ast.walk(ast.parse("\n".join(source_lines(module)))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("snippets."):
            for alias in node.names:
                if alias.name == "*":
                    starred.append(node.module)
                else:
                    key = alias.asname or alias.name
                    named[key] = (*named.get(key, ()), node.module)
    return named, tuple(starred)
