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


#: Functions of ``snippets.claim`` that import every chapter module.
REACHES_EVERY_MODULE = frozenset({"all_claims", "all_tables", "chapter_modules"})


def _imported_snippets(path: Path, modules: set[str]) -> set[str]:
    return set(_scan(path.name, path.read_bytes(), frozenset(modules)))


@cache  # keyed on the file's content: parsing is the cost, reading is cheap
def _scan(name: str, source: bytes, modules: frozenset[str]) -> frozenset[str]:
    return frozenset(_scan_source(name, source, modules))


def _scan_source(name: str, source: bytes, modules: frozenset[str]) -> set[str]:
    """Names of the package's ``modules`` that the module ``name`` (its ``source``) imports or names.

    Named counts too: ``find_claim("cross_entropy.wrong_logit")`` reaches a module through a
    string, so any string constant starting ``<module>.`` is taken as a dependency; and a file
    that calls one of :data:`REACHES_EVERY_MODULE` (other than ``claim.py``, which defines them)
    depends on every module.
    """
    found = set()
    for node in ast.walk(ast.parse(source, filename=name)):
        called = node.id if isinstance(node, ast.Name) else node.attr if isinstance(node, ast.Attribute) else None
        if called in REACHES_EVERY_MODULE and name != "claim.py":
            found.update(modules)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            found.update(m for m in modules if node.value.startswith(f"{m}."))
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:  # from .figures import new_figure
                found.add(node.module)
            elif node.level == 1 or node.module == "snippets":  # from . import claim
                found.update(alias.name for alias in node.names)
            elif node.module and node.module.startswith("snippets."):
                found.add(node.module.removeprefix("snippets."))
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("snippets.") for a in node.names if a.name.startswith("snippets."))
    return {module.split(".")[0] for module in found if module}


def dependency_sources(package: Path, start: Path) -> dict[str, bytes]:
    """The source of the file ``start`` and of every ``package`` module it imports, transitively.

    ``package`` is the ``snippets`` folder; its ``__init__.py`` always counts (every import runs it).
    ``start`` is a module of the package or a file that imports from it (a notebook's source).
    """
    modules = {path.stem for path in package.glob("*.py")}
    sources: dict[str, bytes] = {"": start.read_bytes()}
    waiting = ["__init__", *sorted(_imported_snippets(start, modules))]
    while waiting:
        name = waiting.pop()
        path = package / f"{name}.py"
        if name in sources or not path.is_file():
            continue
        sources[name] = path.read_bytes()
        waiting += sorted(_imported_snippets(path, modules) - sources.keys())
    return dict(sorted(sources.items()))


def dependency_key(package: Path, start: Path) -> str:
    """A key that changes exactly when ``start`` or a ``package`` module it imports (transitively) changes."""
    sources = dependency_sources(package, start)
    return digest(*(part for name, source in sources.items() for part in (name, source)))


def module_key(package: Path, module: str) -> str:
    """:func:`dependency_key` of the package's own ``module``."""
    return dependency_key(package, package / f"{module}.py")


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
