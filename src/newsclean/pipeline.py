"""The Stage protocol and the Pipeline; the default order is the one list in `Pipeline.default`."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from newsclean.document import Document, Result
from newsclean.stages.learned import BoilerplateModel

REPAIR_STAGES = frozenset({"decode", "html", "lines", "mojibake", "gbk_mojibake", "split_chars",
                           "glosses", "script", "whitespace"})


@runtime_checkable
class Stage(Protocol):
    """One step of cleaning: takes the document, records what it changed, returns it."""

    name: str

    def __call__(self, doc: Document) -> Document: ...


class Pipeline:
    """An ordered list of stages. Build your own list, or start from `default()` and edit it."""

    def __init__(self, stages: Iterable[Stage]):
        self.stages: list[Stage] = list(stages)

    @classmethod
    def default(
        cls,
        *,
        script: str = "auto",
        keep: Iterable[str] = (),
        boilerplate: BoilerplateModel | str | Path | None = None,
    ) -> Pipeline:
        """The pipeline `clean()` runs.

        script:      "auto" (simplify pages a mirror traditionalised), "simplified",
                     "traditional" or "keep".
        keep:        boilerplate kinds to leave in the body (e.g. {"related_links"}).
        boilerplate: a model from `learn_boilerplate` (or the path of one saved as JSON):
                     its lines are removed with kind "learned".
        """
        from newsclean.stages.boilerplate import RemoveBoilerplate
        from newsclean.stages.decode import DecodeBytes
        from newsclean.stages.glosses import StripGlosses
        from newsclean.stages.html import StripHtml
        from newsclean.stages.lines import SplitLines, TidyLines
        from newsclean.stages.meta import FindMetadata
        from newsclean.stages.mojibake import FixGbkMojibake, FixLatinMojibake
        from newsclean.stages.normalize import NormalizeWhitespace
        from newsclean.stages.script import RestoreScript
        from newsclean.stages.split_chars import SplitCharRepair

        if isinstance(boilerplate, (str, Path)):
            boilerplate = BoilerplateModel.load(boilerplate)

        return cls([
            DecodeBytes(),
            StripHtml(),
            SplitLines(),
            FixLatinMojibake(),
            FixGbkMojibake(),
            SplitCharRepair(),
            StripGlosses(),
            RestoreScript(script),
            TidyLines(),
            FindMetadata(model=boilerplate),
            RemoveBoilerplate(keep=keep, model=boilerplate),
            NormalizeWhitespace(),
        ])

    def repair_only(self) -> Pipeline:
        """This pipeline's stages that decode and repair text, without metadata,
        boilerplate or final normalisation: what the repair benchmarks measure."""
        return Pipeline(s for s in self.stages if s.name in REPAIR_STAGES)

    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def without(self, name: str) -> Pipeline:
        if name not in self.names():
            raise KeyError(f"no stage named {name!r}; stages are {self.names()}")
        return Pipeline(s for s in self.stages if s.name != name)

    def insert(self, index: int, stage: Stage) -> Pipeline:
        stages = list(self.stages)
        stages.insert(index, stage)
        return Pipeline(stages)

    def run(self, raw: str | bytes) -> Document:
        if not isinstance(raw, (str, bytes, bytearray)):
            raise TypeError(f"clean() takes str or bytes, not {type(raw).__name__}")
        doc = Document(raw=bytes(raw) if isinstance(raw, bytearray) else raw)
        if isinstance(raw, str):
            doc.text = raw
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def __call__(self, raw: str | bytes) -> Result:
        return Result.from_document(self.run(raw))


def clean(raw: str | bytes, *, pipeline: Pipeline | None = None, **options: Any) -> Result:
    """Clean one page. Options go to `Pipeline.default` (script=..., keep=..., boilerplate=...)."""
    if pipeline is not None and options:
        raise TypeError("pass either a pipeline or options for the default one, not both")
    return (pipeline or Pipeline.default(**options))(raw)
