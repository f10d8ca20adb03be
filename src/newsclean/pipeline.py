"""The Stage protocol and the Pipeline; the default order is the one list in `Pipeline.default`."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from newsclean.document import Document, Result
from newsclean.learn import BoilerplateModel
from newsclean.stages.lines import MAX_LINE


@runtime_checkable
class Stage(Protocol):
    """One step of cleaning: takes the document, records what it changed, returns it.

    A stage may also say what it is: `repairs = True` for a stage that decodes or repairs text
    (the repair benchmarks and a learned model's lines run those alone), `reads_whole_page =
    True` for one that must see a long page whole before it is cut into pieces (decoding, HTML),
    and `preload()` loads what it needs at once rather than on the first page that needs it.
    """

    name: str

    def __call__(self, doc: Document) -> Document: ...


# Past this many characters a page is cleaned in pieces of at most this size, cut at line
# breaks, so that time and memory stay bounded per piece; the result is flagged
# `document_split:PIECES`. News pages are well under 100,000 characters.
MAX_CHARS = 1_000_000


class Pipeline:
    """An ordered list of stages. Build your own list, or start from `default()` and edit it.

    `max_chars`: pages longer than this are cleaned in pieces (see MAX_CHARS).
    """

    def __init__(self, stages: Iterable[Stage], max_chars: int = MAX_CHARS):
        self.stages: list[Stage] = list(stages)
        if max_chars < 1000:
            raise ValueError("max_chars must be at least 1,000")
        self.max_chars = max_chars

    @classmethod
    def default(
        cls,
        *,
        script: str = "auto",
        keep: Iterable[str] = (),
        boilerplate: BoilerplateModel | str | Path | None = None,
        max_chars: int = MAX_CHARS,
        max_line: int = MAX_LINE,
    ) -> Pipeline:
        """The pipeline `clean()` runs.

        script:      "auto" (simplify pages a mirror traditionalised), "simplified",
                     "traditional" or "keep".
        keep:        boilerplate kinds to leave in the body (e.g. {"related_links"}).
        boilerplate: a model from `learn_boilerplate` (or the path of one saved as JSON):
                     its lines are removed with kind "learned".
        max_chars:   pages longer than this are cleaned in pieces (flag `document_split`).
        max_line:    lines longer than this are cut into pieces (flag `long_line_split`).
        """
        from newsclean.stages.boilerplate import RemoveBoilerplate
        from newsclean.stages.decode import DecodeBytes
        from newsclean.stages.glosses import StripGlosses
        from newsclean.stages.html import StripHtml
        from newsclean.stages.lines import SplitLines
        from newsclean.stages.meta import FindMetadata
        from newsclean.stages.mojibake import FixLatinMojibake, RedecodeLines
        from newsclean.stages.punctuation import TidyPunctuation
        from newsclean.stages.region import FindArticle
        from newsclean.stages.script import RestoreScript
        from newsclean.stages.spaces import CollapseSpaces
        from newsclean.stages.split_chars import SplitCharRepair

        if isinstance(boilerplate, (str, Path)):
            boilerplate = BoilerplateModel.load(boilerplate)

        return cls([
            DecodeBytes(),
            StripHtml(),
            SplitLines(max_line),
            RedecodeLines(),
            FixLatinMojibake(),
            SplitCharRepair(),
            StripGlosses(),
            RestoreScript(script),
            CollapseSpaces(),
            # Before the line tests: they must see each line as it will come out, or a
            # second cleaning would judge it again (a space dropped by 、 made a breadcrumb).
            TidyPunctuation(),
            FindArticle(model=boilerplate),
            FindMetadata(model=boilerplate),
            RemoveBoilerplate(keep=keep, model=boilerplate),
        ], max_chars=max_chars)

    def repair_only(self) -> Pipeline:
        """This pipeline's stages that decode and repair text (`repairs = True`), without
        punctuation, metadata or boilerplate: what the repair benchmarks measure and the lines a
        learned model is learned on."""
        return Pipeline((s for s in self.stages if getattr(s, "repairs", False)), self.max_chars)

    def preload(self) -> None:
        """Loads now what the stages otherwise load on the first page that needs it."""
        for stage in self.stages:
            if callable(getattr(stage, "preload", None)):
                stage.preload()

    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def without(self, name: str) -> Pipeline:
        if name not in self.names():
            raise KeyError(f"no stage named {name!r}; stages are {self.names()}")
        return Pipeline((s for s in self.stages if s.name != name), self.max_chars)

    def insert(self, index: int, stage: Stage) -> Pipeline:
        stages = list(self.stages)
        stages.insert(index, stage)
        return Pipeline(stages, self.max_chars)

    def run(self, raw: str | bytes, charset: str | None = None, url: str | None = None) -> Document:
        """The document after every stage. `charset`: what the bytes are said to be in (a
        crawl's HTTP header), believed when it decodes them; `url`: where the page was fetched."""
        _check(raw)
        doc = Document(raw=bytes(raw) if isinstance(raw, bytearray) else raw, charset=charset, url=url)
        if isinstance(raw, str):
            doc.text = raw
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def __call__(self, raw: str | bytes, charset: str | None = None, url: str | None = None) -> Result:
        _check(raw)
        if len(raw) <= self.max_chars:
            return Result.from_document(self.run(raw, charset, url))
        return Result.from_pieces(self.run_in_pieces(raw, charset, url))

    def run_in_pieces(self, raw: str | bytes, charset: str | None = None, url: str | None = None) -> list[Document]:
        """A long page decoded (and its HTML parsed) whole, then cleaned in pieces of at most
        `max_chars` characters, each starting at a line break where there is one."""
        # Decoding and HTML parsing see the whole page (both linear): a piece cut inside
        # markup or a multi-byte character would lose text.
        whole = [s for s in self.stages if getattr(s, "reads_whole_page", False)]
        head = self.__class__(whole, self.max_chars).run(raw, charset, url)
        text, rest = head.text, [s for s in self.stages if s not in whole]
        docs, start, offset = [], 0, 0
        while start < len(text) or not docs:
            end = start + self.max_chars
            if end < len(text):
                end = text.rfind("\n", start + 1, end) + 1 or end
            piece = Document(raw=text[start:end], text=text[start:end], encoding=head.encoding, line_offset=offset,
                             url=url)
            for stage in rest:
                piece = stage(piece)
            docs.append(piece)
            offset += text.count("\n", start, end)
            start = end
        docs[0].flags[:0] = head.flags + ([f"document_split:{len(docs)}"] if len(docs) > 1 else [])
        docs[0].repairs[:0] = head.repairs
        return docs


@dataclass
class Failed:
    """A page of a batch that could not be cleaned: its id and why."""

    id: Any
    error: str


def clean_many(pages: Iterable[str | bytes | tuple], *, pipeline: Pipeline | None = None,
               **options: Any) -> Iterator[tuple[Any, Result | Failed]]:
    """Cleans a batch in order, yielding (id, Result) — or (id, Failed) for a page that
    raised, so that one bad page never stops the batch. Pages are str/bytes (their id is
    their position), (id, page) pairs, (id, page, charset) triples or (id, page, charset, url).
    Options as for `clean`."""
    if pipeline is not None and options:
        raise TypeError("pass either a pipeline or options for the default one, not both")
    pipe = pipeline or Pipeline.default(**options)
    for index, item in enumerate(pages):
        if isinstance(item, tuple):
            page_id, raw, charset, url = (*item, None, None, None)[:4]
        else:
            page_id, raw, charset, url = index, item, None, None
        try:
            yield page_id, pipe(raw, charset, url)
        except Exception as exc:  # isolation is the point of a batch
            yield page_id, Failed(page_id, f"{type(exc).__name__}: {exc}")


def _check(raw: object) -> None:
    if not isinstance(raw, (str, bytes, bytearray)):
        raise TypeError(f"clean() takes str or bytes, not {type(raw).__name__}")


def preload() -> None:
    """Loads now what the default pipeline otherwise loads on the first page that needs it
    (language model and its tables, GBK, Big5 and reading tables, OpenCC, ftfy, chardet, the line
    weights), about 0.6 s: so that no page pays it, as in a benchmark's warm-up. A crawl of clean
    pages never needs most of it, so the command line's workers load lazily."""
    _default().preload()


@lru_cache(maxsize=1)
def _default() -> Pipeline:
    # Stages keep no state between pages, so clean() without options builds the default
    # pipeline once, not once a page (~40 µs, a twentieth of a clean page).
    return Pipeline.default()


def clean(raw: str | bytes, *, charset: str | None = None, url: str | None = None, pipeline: Pipeline | None = None,
          **options: Any) -> Result:
    """Clean one page. `charset`: what bytes are said to be in (an HTTP header's), believed
    when it decodes them; `url`: where it was fetched (its path may date the page). Options go
    to `Pipeline.default` (script=..., keep=..., boilerplate=...)."""
    if pipeline is not None and options:
        raise TypeError("pass either a pipeline or options for the default one, not both")
    return (pipeline or (Pipeline.default(**options) if options else _default()))(raw, charset, url)
