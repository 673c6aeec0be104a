"""The shape of the code: one room per stage, detection blind to speaker resolution, no import cycle, small
classes and functions, language knowledge in data files."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "src" / "attribution"
# Modules that process language: their vocabulary must live in data/.
LANGUAGE_MODULES = ["text", "detect", "speakers", "outlets.py", "assemble.py", "pipeline.py"]


def _modules() -> dict[str, Path]:
    out = {}
    for f in PKG.rglob("*.py"):
        parts = list(f.relative_to(PKG.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = f
    return out


def _imports(name: str, path: Path) -> set[str]:
    """attribution.* modules that ``name`` imports anywhere in its file (function-level imports too)."""
    mods = _modules()
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            subs = [f"{target}.{a.name}" for a in node.names if f"{target}.{a.name}" in mods]
            cands = subs or [target]  # "from . import assemble" imports the submodule
        elif isinstance(node, ast.Import):
            cands = [a.name for a in node.names]
        else:
            continue
        out.update(c for c in cands if c in mods and c != name)
    return out


def test_detection_never_imports_speaker_resolution():
    for name, path in _modules().items():
        if name.startswith(("attribution.detect", "attribution.text")):
            bad = {m for m in _imports(name, path) if m.startswith(("attribution.speakers", "attribution.assemble",
                                                                     "attribution.pipeline", "attribution.outlets"))}
            assert not bad, f"{name} imports {bad}"
    for name, path in _modules().items():
        if name.startswith("attribution.text"):
            assert not any(m.startswith("attribution.detect") for m in _imports(name, path)), name


def test_no_import_cycle():
    graph = {n: _imports(n, p) for n, p in _modules().items()}  # explicit imports, function-level ones too
    state: dict[str, int] = {}

    def visit(n, stack):
        state[n] = 1
        for m in graph[n]:
            if state.get(m) == 1:
                raise AssertionError("import cycle: " + " -> ".join(stack[stack.index(m):] + [m]))
            if m not in state:
                visit(m, stack + [m])
        state[n] = 2

    for n in graph:
        if n not in state:
            visit(n, [n])


def test_no_class_over_300_lines_and_no_function_over_100():
    for name, path in _modules().items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            size = getattr(node, "end_lineno", 0) - getattr(node, "lineno", 0) + 1
            if isinstance(node, ast.ClassDef):
                assert size <= 300, f"{name}.{node.name}: class of {size} lines"
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                assert size <= 100, f"{name}.{node.name}: function of {size} lines"


def _word_lists(path: Path) -> list[tuple[int, list[str]]]:
    """Literal collections of three or more lower-case words (and "a b c".split()) in a module."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, (ast.Set, ast.Tuple, ast.List)) and len(node.elts) >= 3:
            vals = [e.value for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            if len(vals) == len(node.elts) and all(v.replace("-", "").isalpha() and v.islower() for v in vals):
                out.append((node.lineno, vals))
        if (isinstance(node, ast.Call) and getattr(node.func, "attr", "") == "split"
                and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)
                and len(node.func.value.value.split()) >= 3):
            out.append((node.lineno, node.func.value.value.split()))
    return out


def test_language_knowledge_is_data_at_most_three_word_lists_in_code():
    found = []
    for entry in LANGUAGE_MODULES:
        target = PKG / entry
        for f in ([target] if target.is_file() else sorted(target.rglob("*.py"))):
            found += [(f.relative_to(PKG), line, vals) for line, vals in _word_lists(f)]
    assert len(found) <= 3, found


def test_every_word_list_file_is_read_and_documented():
    import attribution.pipeline  # noqa: F401  (loads every module that reads a list)
    from attribution.lexicon import load

    words_dir = PKG / "data" / "words"
    used = set()
    for f in PKG.rglob("*.py"):
        src = f.read_text(encoding="utf-8")
        used.update(p.stem for p in words_dir.glob("*.tsv")
                    if f'words("{p.stem}")' in src or f'word_table("{p.stem}")' in src)
    for p in words_dir.glob("*.tsv"):
        assert p.stem in used, f"data/words/{p.name} is read by no module"
        assert p.read_text(encoding="utf-8").startswith("# "), f"data/words/{p.name} has no header comment"
        assert load().words[p.stem], f"data/words/{p.name} is empty"
