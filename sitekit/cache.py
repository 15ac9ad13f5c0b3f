"""A content-keyed build cache: what does not depend on the page being edited is computed once.

Every key hashes content, never time: the source that computes an entry, the
sources it imports, the versions of the libraries that shape it.  An entry can
therefore only be reused when recomputing it would give the same bytes, and a
cold build and a warm build write the same site (``tests/test_cache.py``).

The cache lives in ``$BUILD_CACHE_DIR`` when set (the tests share one between
builds of project copies), else in ``.cache/`` of the project; each kind of
entry has its own folder.  Entries are written to a temporary name and renamed,
so two builds at once, or a build killed half-way, never leave a torn entry.
"""

from __future__ import annotations

import ast
import hashlib
import json
import os
import tempfile
from functools import cache
from importlib.metadata import version
from pathlib import Path


def cache_root(project: Path) -> Path:
    """``$BUILD_CACHE_DIR`` if set, else ``<project>/.cache``."""
    return Path(os.environ.get("BUILD_CACHE_DIR") or project / ".cache")


def digest(*parts: str | bytes) -> str:
    """A hex key for ``parts``, each length-prefixed so that no two different lists collide."""
    hasher = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        hasher.update(len(data).to_bytes(8, "big") + data)
    return hasher.hexdigest()[:32]


@cache
def versions(*packages: str) -> str:
    """``numpy=2.5.5 sympy=1.14.0 …``: library versions that shape an entry."""
    return " ".join(f"{name}={version(name)}" for name in packages)


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as stream:
        stream.write(data)
    os.replace(temporary, path)


#: Functions of ``snippets.claim`` that import every chapter module (or every chapter's figures, checks).
REACHES_EVERY_MODULE = frozenset({"all_claims", "all_tables", "chapter_modules", "chapter_parts"})


def package_modules(package: Path) -> dict[str, Path]:
    """The package's modules by dotted name relative to it (``least_squares.claims``; ``__init__`` for
    the package's own ``__init__.py``), each with its file."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name or "__init__"] = path
    return found


def _imported_snippets(path: Path, name: str, modules: set[str]) -> set[str]:
    name = "" if name == "__init__" else name  # the package's own __init__.py
    return set(_scan(name, path.name == "__init__.py", path.read_bytes(), frozenset(modules)))


@cache  # keyed on the file's content: parsing is the cost, reading is cheap
def _scan(name: str, is_package: bool, source: bytes, modules: frozenset[str]) -> frozenset[str]:
    return frozenset(_scan_source(name, is_package, source, modules))


def _scan_source(name: str, is_package: bool, source: bytes, modules: frozenset[str]) -> set[str]:
    """The package's ``modules`` that the module ``name`` (its ``source``) imports or names, and the
    packages they sit in (importing ``snippets.a.b`` runs ``snippets/a/__init__.py``).

    ``name`` is dotted and relative to the package (``least_squares.figures``; ``""`` for a file outside
    it, a notebook's source); ``is_package`` says whether it is an ``__init__.py``.  Named counts too:
    ``find_claim("cross_entropy.wrong_logit")`` reaches a module through a string, so any string
    constant starting ``<module>.`` is taken as a dependency; and a file that calls one of
    :data:`REACHES_EVERY_MODULE` (other than ``claim``, which defines them) depends on every module.

    >>> modules = frozenset({"claim", "a", "a.model", "a.claims", "b", "b.model"})
    >>> sorted(_scan_source("a.claims", False, b"from .model import x\\nfrom snippets.b import y", modules))
    ['a', 'a.model', 'b']
    >>> sorted(_scan_source("", False, b"find_claim('b.total')", modules))
    ['b']
    """
    here = name if is_package else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(source, filename=name or "<file>")):
        called = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        if called in REACHES_EVERY_MODULE and name != "claim":
            found.update(modules)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(m for m in modules if node.value.startswith(f"{m}."))
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # from .model import x, from . import claim, from ..figures import new_figure
                base = ".".join(here.split(".")[:len(here.split(".")) - node.level + 1]) if here else ""
                target = ".".join(part for part in (base, node.module) if part)
            elif node.module == "snippets" or (node.module or "").startswith("snippets."):
                target = node.module.removeprefix("snippets").removeprefix(".")
            else:
                continue
            found.add(target)
            found.update(".".join(part for part in (target, alias.name) if part) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("snippets.") for a in node.names if a.name.startswith("snippets."))
    with_packages = {".".join(module.split(".")[:end]) for module in found for end in range(1, module.count(".") + 2)}
    return {module for module in with_packages if module in modules}


def dependency_sources(package: Path, start: Path) -> dict[str, bytes]:
    """The source of the file ``start`` and of every ``package`` module it imports, transitively.

    ``package`` is the ``snippets`` folder; its ``__init__.py`` always counts (every import runs it).
    ``start`` is a module of the package or a file that imports from it (a notebook's source).
    """
    paths = package_modules(package)
    modules = set(paths)
    start_name = next((name for name, path in paths.items() if path == start), "")
    sources: dict[str, bytes] = {"": start.read_bytes()}
    waiting = ["__init__", *sorted(_imported_snippets(start, start_name, modules))]
    while waiting:
        name = waiting.pop()
        if name in sources or name not in paths:
            continue
        sources[name] = paths[name].read_bytes()
        waiting += sorted(_imported_snippets(paths[name], name, modules) - sources.keys())
    return dict(sorted(sources.items()))


def dependency_key(package: Path, start: Path) -> str:
    """A key that changes exactly when ``start`` or a ``package`` module it imports (transitively) changes."""
    sources = dependency_sources(package, start)
    return digest(*(part for name, source in sources.items() for part in (name, source)))


def module_key(package: Path, module: str) -> str:
    """:func:`dependency_key` of the package's ``module`` (dotted: ``least_squares.figures``)."""
    return dependency_key(package, package_modules(package)[module])


class JsonStore:
    """One JSON file of entries (key → value) for a kind whose entries are small and many.

    Loaded once; :meth:`save` writes it back only when something was added.  It keeps the old
    entries too (builds of different flavours, or of a test's project copy, share the file), until
    they outnumber this build's three to one; then only this build's entries stay.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._old = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._old = {}
        self._used: dict[str, object] = {}
        self.hits = self.misses = 0

    def get(self, key: str) -> object | None:
        if key in self._used:
            self.hits += 1
            return self._used[key]
        if key in self._old:
            self.hits += 1
            self._used[key] = self._old[key]
            return self._old[key]
        self.misses += 1
        return None

    def put(self, key: str, value: object) -> None:
        self._used[key] = value

    def save(self) -> None:
        if not self.misses:
            return
        kept = {**self._old, **self._used} if len(self._old) <= 3 * len(self._used) else self._used
        data = json.dumps(kept, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        write_atomically(self.path, data.encode())
