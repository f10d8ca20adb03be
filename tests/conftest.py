import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the benchmarks package
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def assert_well_formed(result) -> None:
    """What a corpus writer relies on: one line a paragraph, none empty or padded, and a record
    that goes into a JSONL line as UTF-8."""
    assert all(p and "\n" not in p and p == p.strip() for p in result.paragraphs)
    json.dumps(result.to_dict(), ensure_ascii=False).encode("utf-8")


def expected_for(seed: Path) -> dict:
    return json.loads((seed.parent / "expected" / (seed.stem + ".json")).read_text(encoding="utf-8"))


@pytest.fixture(params=SEEDS, ids=[s.stem[:3] for s in SEEDS])
def seed(request):
    return request.param
