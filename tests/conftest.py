import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
GOLD = ROOT / "gold"
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED", ROOT.parent / "shared"))


def seed_text(prefix: str) -> str:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def needs_shared(sub: str) -> Path:
    path = SHARED / sub
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data folder beside the repository")
    return path
