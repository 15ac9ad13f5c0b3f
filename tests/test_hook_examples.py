"""The examples in the hooks' docstrings (``>>>``) run: MkDocs loads hooks from their files, pytest does not collect them."""

from __future__ import annotations


def test_the_doctests_of_the_hooks_pass() -> None:
    """The hooks are loaded by MkDocs from their files, not imported as a package: run their examples here."""
    import doctest
    import importlib.util
    import sys

    from tests.conftest import ROOT

    tried = 0
    for path in sorted((ROOT / "hooks").glob("*.py")):
        spec = importlib.util.spec_from_file_location(f"hook_doctest_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # a dataclass looks its module up while it is defined
        try:
            spec.loader.exec_module(module)
            result = doctest.testmod(module)
        finally:
            del sys.modules[spec.name]
        assert result.failed == 0, f"{path.name}: {result.failed} examples failed"
        tried += result.attempted
    assert tried >= 4
