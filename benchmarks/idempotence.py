"""Cleaning a cleaned body again: how many real pages come back the same, and what share of
the characters a second cleaning takes (`docs/limits.md`, idempotence on HTML).

    python -m benchmarks.idempotence

Each of the 69 pages of `../shared/realpages` is cleaned as crawled (HTML bytes) and as a
plain-text dump (`real_pages.text_dump`); each body is then cleaned again, as text.
"""
from __future__ import annotations

from benchmarks import real_pages
from newsclean import clean


def again(first: str) -> tuple[bool, int]:
    """Whether a body comes back the same when cleaned again, and how many characters go."""
    second = clean(first).body
    return second == first, max(0, len(first) - len(second))


def main() -> None:
    pages = real_pages.load()
    for form, given in (("HTML", lambda p: p.data), ("text dump", lambda p: real_pages.text_dump(p.data))):
        same = lost = total = 0
        for page in pages:
            body = clean(given(page)).body
            unchanged, gone = again(body)
            same += unchanged
            lost += gone
            total += len(body)
        print(f"{form}: {same} of {len(pages)} bodies come back the same; "
              f"{lost / max(1, total):.1%} of their characters go ({lost} of {total})")


if __name__ == "__main__":
    main()
