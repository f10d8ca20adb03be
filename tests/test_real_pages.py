"""A quality gate on the real crawled pages of ../shared/realpages: floors for each half, pinned
below the figures of the commit that set them (python -m benchmarks.real_pages); lowering one is
a decision for a commit message, never a side effect."""
import pytest

from benchmarks import real_pages

FLOORS = {  # half: (recall, precision, date, authors)
    "dev": (0.96, 0.95, 0.80, 0.70),
    "held-out": (0.96, 0.94, 0.80, 0.40),
}


@pytest.fixture(scope="module")
def report():
    if not (real_pages.REALPAGES / "original").is_dir():
        pytest.skip(f"the real pages are not at {real_pages.REALPAGES}")
    return real_pages.run(real_pages.load(), systems={"newsclean": real_pages.newsclean})


@pytest.mark.slow
@pytest.mark.parametrize("half", sorted(FLOORS))
def test_floors_hold(report, half):
    got = report["systems"]["newsclean"]["halves"][half]
    recall, precision, date, authors = FLOORS[half]
    assert got["recall"] >= recall and got["precision"] >= precision, got
    assert got["date"] >= date and got["authors"] >= authors, got
