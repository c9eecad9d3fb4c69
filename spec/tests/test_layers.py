"""How the kit's hand-written packages may depend on each other, read from their import statements.

The spec layer is at the bottom and imports nothing of the kit; the contract tools never import the mock (they
check the real service, and the mock only stands in for it in tests); and no module imports, directly or round
a loop, a module that imports it back. Imports inside functions count (deferring an import hides a loop, it does
not remove it); imports under `if TYPE_CHECKING:` do not (they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = {
    "blink_spec": ROOT / "spec" / "blink_spec",
    "blink_mock": ROOT / "mock_server" / "blink_mock",
    "blink_contract": ROOT / "contract_tests" / "blink_contract",
    "blink_session": ROOT / "blink_client" / "blink_session",
}
# Which of the kit's packages each may import (the generated client is a leaf every layer may use).
ALLOWED = {
    "blink_spec": set(),
    "blink_session": set(),
    "blink_mock": {"blink_spec"},
    "blink_contract": {"blink_spec", "blink_session"},
}


def module_name(package: str, path: Path) -> str:
    parts = path.relative_to(PACKAGES[package]).with_suffix("").parts
    return ".".join([package, *(p for p in parts if p != "__init__")])


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_modules(tree: ast.AST, modules: set[str]) -> set[str]:
    """The kit's modules this tree imports; `from pkg import sub` names the submodule when there is one."""
    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for branch in node.orelse:
                visit(branch)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.split(".")[0] in PACKAGES)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] in PACKAGES:
            for alias in node.names:
                submodule = f"{node.module}.{alias.name}"
                found.add(submodule if submodule in modules else node.module)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    files = {module_name(p, f): f for p, folder in PACKAGES.items() for f in folder.rglob("*.py")}
    modules = set(files)
    return {
        name: imported_modules(ast.parse(path.read_text(encoding="utf-8")), modules) for name, path in files.items()
    }


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import loop as a list of modules (first repeated at the end), or None."""
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    path: list[str] = []

    def visit(module: str) -> list[str] | None:
        state[module] = 1
        path.append(module)
        for target in sorted(graph.get(module, ())):
            if target == module:
                continue
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (cycle := visit(target)) is not None:
                return cycle
        path.pop()
        state[module] = 2
        return None

    for module in sorted(graph):
        if module not in state and (cycle := visit(module)) is not None:
            return cycle
    return None


def test_every_package_imports_only_the_layers_below_it() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        for target in targets
        if (package := module.split(".")[0]) != (other := target.split(".")[0]) and other not in ALLOWED[package]
    ]
    assert wrong == []


def test_no_import_loop_among_the_hand_written_modules() -> None:
    assert find_cycle(import_graph()) is None


def test_the_loop_finder_finds_a_loop() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None
