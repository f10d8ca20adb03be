"""What flows through the pipeline: the text, its metadata, and a record of every change."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from newsclean.text import PRIVATE_USE

# A `?` between two non-ASCII characters stands for a lost character, not a question.
# The lookbehind follows the `?` so the engine can skip to each `?` (one leading a
# pattern is tried at every position).
STRAY_QUESTION = re.compile(r"\?(?<=[^\x00-\x7f]\?)(?=[^\x00-\x7f])")
# Half of a UTF-16 pair on its own (a JSON `\ud800` escape gives one): not a character, and
# no output encoding can write it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass
class Removal:
    """A line taken out of the body: what it was, where it stood, and why."""

    kind: str
    text: str
    line: int | None
    reason: str


@dataclass
class Repair:
    """A span of text changed in place; `offset` is the character offset within `line`."""

    kind: str
    before: str
    after: str
    offset: int
    confidence: float
    line: int | None = None


def flag(doc: Document, text: str) -> None:
    """Adds a flag once: the pieces of one long line would repeat it."""
    if not doc.flags or doc.flags[-1] != text:
        doc.flags.append(text)


@dataclass(frozen=True, slots=True)
class Block:
    """What a page's markup says about one of its lines (HTML pages only), for the line scores."""

    tag: str  # the block element the line stands in: p, li, td, h1, title …
    chars: int  # characters of the line as the markup gave it
    link_chars: int  # of them inside <a>
    # The kind named by the class or id of the nearest ancestor that names one ("comment",
    # "navigation", "article" …; see `vocabulary.DOM_KINDS`), and whether any ancestor names
    # a chrome kind.
    context: str | None
    chrome_above: bool
    main: bool  # inside the element that holds most of the page's prose
    table: int = -1  # the data table (`html.data_tables`) the line stands in, by block index; -1: none


@dataclass(slots=True)
class Article:
    """Where the article stands on the page, decided once (by the `region` stage) for the stages
    after it. The lists run along `doc.lines` as they were then (`numbers` are their line
    numbers): each line's score (the log-odds that it is the article's), its state ("head",
    "article", "gap" — chrome inside the article —, "tail") and the chrome kind its cues name.
    `labels` holds, by index, the (kind, reason) of lines the metadata stage read as metadata."""

    numbers: list[int] = field(default_factory=list)
    scores: list[float] = field(default_factory=list)
    states: list[str] = field(default_factory=list)
    kinds: list[str | None] = field(default_factory=list)
    labels: dict[int, tuple[str, str]] = field(default_factory=dict)
    # What the decoder needs to decide again (see `region.redecode_without`): which lines are
    # footer headings, which show chrome of their own, which carry its words or shape, and the
    # weights and costs it used.
    headings: list[bool] = field(default_factory=list)
    evidence: list[bool] = field(default_factory=list)
    cued: list[bool] = field(default_factory=list)
    # Which lines may close the article (a short sentence), stand between it and them (a
    # widget), ask the reader to download or follow, or close it with a credit (see
    # `region.settle_end`).
    closing: list[bool] = field(default_factory=list)
    widget: list[bool] = field(default_factory=list)
    prompts: list[bool] = field(default_factory=list)
    credits: list[str | None] = field(default_factory=list)  # "post" (`本贴由X于…发表`), "editor" (`责任编辑：X`)
    tables: list[int] = field(default_factory=list)  # each line's data table (`Block.table`), -1 for none
    shapes: list[str] = field(default_factory=list)  # each line's `region.story_shape`
    sizes: list[int] = field(default_factory=list)  # each line's Chinese characters
    days: list[bool] = field(default_factory=list)  # each line a day alone (`fields.day_heading`)
    model: Any = None

    @property
    def found(self) -> bool:
        return "article" in self.states

    def bounds(self) -> tuple[int, int] | None:
        """Indices of the first and last article line."""
        if not self.found:
            return None
        return self.states.index("article"), len(self.states) - 1 - self.states[::-1].index("article")

    def matches(self, lines: list[tuple[int, str]]) -> bool:
        """Whether these are still the lines it was decided on."""
        return len(lines) == len(self.numbers) and all(n == m for (n, _), m in zip(lines, self.numbers, strict=True))


def empty_meta() -> dict[str, Any]:
    return {
        "title": None,
        "published_at": None,
        "source": None,
        "site": None,
        "authors": [],
        "editors": [],
        "original_title": None,
        "found_in": {},
    }


@dataclass
class Document:
    """A page being cleaned. `raw` is the input as given; `text` is the current text.

    `lines` is set by the line-splitting stage; stages after it work on lines so that
    removals can name the line number of the page they came from.
    """

    raw: str | bytes
    text: str = ""
    lines: list[tuple[int, str]] | None = None
    meta: dict[str, Any] = field(default_factory=empty_meta)
    removed: list[Removal] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    encoding: str | None = None
    # The charset the caller was told the bytes are in (a crawl's HTTP Content-Type), if any.
    charset: str | None = None
    # Where the page was fetched, if the caller knows (a crawl's WARC-Target-URI).
    url: str | None = None
    # Lines before this document's text on the page (a piece of a split document).
    line_offset: int = 0
    # What the markup says about each line (by line number), and what the page declares about
    # itself in its head (`<title>`, `<meta>`, JSON-LD, `<time>`, the headline element) and by
    # the elements it marks as its author's (`element:author`), by key; both empty for a text page.
    blocks: dict[int, Block] = field(default_factory=dict)
    declared: dict[str, list[str]] = field(default_factory=dict)
    article: Article | None = None
    # Glosses the glosses stage removed: a mirror's tell, which the script stage goes by.
    glosses_removed: int = 0

    def remove(self, kind: str, text: str, line: int | None, reason: str) -> None:
        self.removed.append(Removal(kind, text, line, reason))

    def repair(self, kind: str, before: str, after: str, offset: int, confidence: float,
               line: int | None = None) -> None:
        self.repairs.append(Repair(kind, before, after, offset, confidence, line))


@dataclass
class Result:
    """What `clean()` returns."""

    paragraphs: list[str]
    meta: dict[str, Any]
    removed: list[Removal]
    repairs: list[Repair]
    flags: list[str]
    encoding: str | None

    @property
    def quality(self) -> dict[str, int]:
        """What could not be recovered, counted in the body (0 everywhere is a clean page)."""
        body = self.body
        return {
            "unrecovered_question_marks": len(STRAY_QUESTION.findall(body)),
            "replacement_chars": body.count("\ufffd"),
            "private_use": len(PRIVATE_USE.findall(body)),
            "repairs": len(self.repairs),
            "removed_lines": len(self.removed),
        }

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @classmethod
    def from_document(cls, doc: Document) -> Result:
        return cls.from_pieces([doc])

    @classmethod
    def from_pieces(cls, docs: list[Document]) -> Result:
        """One result from the pieces of a page, in order; each metadata field from the
        first piece that found it."""
        paragraphs: list[str] = []
        meta = empty_meta()
        removed, repairs, flags = [], [], []
        for doc in docs:
            paragraphs += [text for _, text in doc.lines] if doc.lines is not None else (
                [p for p in doc.text.split("\n") if p.strip()])
            for name, value in doc.meta.items():
                meta[name] = meta.get(name) or value
            removed += doc.removed
            repairs += doc.repairs
            flags += doc.flags
        return cls(paragraphs, meta, removed, repairs, flags, docs[0].encoding)

    def to_dict(self) -> dict[str, Any]:
        return {
            "body": self.body,
            "paragraphs": list(self.paragraphs),
            "meta": dict(self.meta),
            # The records hold only strings and numbers: their fields copied, not asdict's
            # deep copy (which cost more than cleaning a mirror page of 400 repairs).
            "removed": [dict(vars(r)) for r in self.removed],
            "repairs": [dict(vars(r)) for r in self.repairs],
            "flags": list(self.flags),
            "quality": self.quality,
            "encoding": self.encoding,
        }
