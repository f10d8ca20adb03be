import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the benchmarks package
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def expected_for(seed: Path) -> dict:
    return json.loads((seed.parent / "expected" / (seed.stem + ".json")).read_text(encoding="utf-8"))


@pytest.fixture(params=SEEDS, ids=[s.stem[:3] for s in SEEDS])
def seed(request):
    return request.param
