"""Boilerplate learned from a corpus: lines that recur at the edges of many pages of a site.

CCNet removes lines that recur across a shard. News repeats itself too (a spokesman's
sentence quoted by fifty articles), so a line is learned only when it
- recurs on at least `min_pages` distinct pages of one site (a page crawled twice counts once),
- and stands, on nearly all of them, in the page's head or tail run: the lines before the
  first or after the last line that recurs nowhere else, so that a quote inside articles
  never qualifies.
Lines are compared after NFKC, with spaces removed and digits folded (`浏览次数：123`).
The model is plain JSON, validated on load; never pickle.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from newsclean.chrome import chrome_kind
from newsclean.text import is_prose

FORMAT = "newsclean-boilerplate"
VERSION = 1
# Five pages: the smallest count at which a line shared by chance between articles of one
# site (a common phrase) is rarer than a footer; CCNet's own threshold is higher because
# its shards are larger. Configurable.
MIN_PAGES = 5
# A line must sit in a head or tail run on this share of the pages it appears on.
MIN_EDGE_SHARE = 0.9
# Short lines (`分享到`, `返回`) are the rules' business and too common to learn safely.
MIN_KEY_LENGTH = 6

_SPACE = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


class ModelError(ValueError):
    """A boilerplate model file that is not what `BoilerplateModel.save` writes."""


def line_key(line: str) -> str:
    return _DIGITS.sub("0", _SPACE.sub("", unicodedata.normalize("NFKC", line))).lower()


@dataclass
class LearnedLine:
    text: str
    pages: int
    sites: list[str]


@dataclass
class BoilerplateModel:
    """Learned lines by key. `line in model` says whether a page line is learned boilerplate."""

    lines: dict[str, LearnedLine] = field(default_factory=dict)
    min_pages: int = MIN_PAGES

    def __contains__(self, line: object) -> bool:
        return isinstance(line, str) and line_key(line) in self.lines

    def __len__(self) -> int:
        return len(self.lines)

    def to_dict(self) -> dict:
        return {
            "format": FORMAT, "version": VERSION, "min_pages": self.min_pages,
            "lines": [{"key": k, "text": v.text, "pages": v.pages, "sites": v.sites}
                      for k, v in sorted(self.lines.items(), key=lambda kv: -kv[1].pages)],
        }

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")

    @classmethod
    def from_dict(cls, data: object) -> BoilerplateModel:
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise ModelError(f"not a newsclean boilerplate model (expected format {FORMAT!r})")
        if data.get("version") != VERSION:
            raise ModelError(f"unsupported model version {data.get('version')!r}; this newsclean reads {VERSION}")
        lines = data.get("lines")
        if not isinstance(lines, list):
            raise ModelError("model field 'lines' must be a list")
        model = cls(min_pages=int(data.get("min_pages", MIN_PAGES)))
        for i, entry in enumerate(lines):
            ok = (isinstance(entry, dict) and isinstance(entry.get("key"), str) and isinstance(entry.get("text"), str)
                  and isinstance(entry.get("pages"), int) and isinstance(entry.get("sites"), list)
                  and all(isinstance(s, str) for s in entry["sites"]))
            if not ok:
                raise ModelError(f"model line {i} must have str key and text, int pages, list of str sites")
            model.lines[entry["key"]] = LearnedLine(entry["text"], entry["pages"], entry["sites"])
        return model

    @classmethod
    def load(cls, path: str | Path) -> BoilerplateModel:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except json.JSONDecodeError as error:
            raise ModelError(f"{path}: not JSON: {error}") from None
        return cls.from_dict(data)


def _page_lines(text: str | bytes, repairs) -> list[str]:
    """The page's lines as the boilerplate stage would see them: decoded and repaired by the
    repair stages of the pipeline the model is for."""
    doc = repairs.run(text)
    return [t for _, t in doc.lines or []]


def edge_keys(lines: list[str], keys: list[str], recurring: set[str]) -> set[str]:
    """Keys in the page's head run and tail run: the lines before the first, and after the
    last, line of the page's own. Chrome the rules know (a footer line that names the
    article, so never recurs) does not end a run."""
    own = [i for i, (t, k) in enumerate(zip(lines, keys, strict=True))
           if k not in recurring and (is_prose(t) or chrome_kind(t) is None)]
    if not own:
        return set(keys)
    return set(keys[:own[0]]) | set(keys[own[-1] + 1:])


def learn_boilerplate(pages: Iterable[tuple[str, str | bytes]], *, pipeline=None, min_pages: int = MIN_PAGES,
                      progress=None) -> BoilerplateModel:
    """Learns a model from `(site, page)` pairs (site may be "" when unknown), on the lines the
    repair stages of `pipeline` give (the default pipeline's when None): the lines the model's
    pipeline will ask it about.

    Reads the pages twice (counts, then positions), so pass a list or a re-iterable;
    a one-shot iterator is read into memory first. `progress` wraps each pass (e.g. tqdm).
    """
    if iter(pages) is pages:
        pages = list(pages)
    wrap = progress or (lambda it, **_: it)
    if pipeline is None:
        from newsclean.pipeline import Pipeline

        pipeline = Pipeline.default()
    repairs = pipeline.repair_only()

    def prepared() -> Iterator[tuple[str, list[str], list[str]]]:
        seen: set[str] = set()
        for site, text in pages:
            lines = _page_lines(text, repairs)
            digest = hashlib.blake2b("\n".join(lines).encode("utf-8"), digest_size=16).hexdigest()
            if digest in seen:  # the same page crawled twice is not a recurrence
                continue
            seen.add(digest)
            yield site, lines, [line_key(t) for t in lines]

    counts: Counter[tuple[str, str]] = Counter()
    for site, _, keys in wrap(prepared(), desc="learning: counting lines"):
        counts.update((site, k) for k in set(keys) if len(k) >= MIN_KEY_LENGTH)
    recurring_by_site: dict[str, set[str]] = defaultdict(set)
    for (site, key), n in counts.items():
        if n >= min_pages:
            recurring_by_site[site].add(key)

    at_edge: Counter[tuple[str, str]] = Counter()
    example: dict[str, str] = {}
    for site, lines, keys in wrap(prepared(), desc="learning: positions"):
        recurring = recurring_by_site.get(site, set())
        edges = edge_keys(lines, keys, recurring)
        for text, key in zip(lines, keys, strict=True):
            if key in recurring and key in edges:
                at_edge[(site, key)] += 1
                example.setdefault(key, text)

    model = BoilerplateModel(min_pages=min_pages)
    for (site, key), n in at_edge.items():
        if n >= MIN_EDGE_SHARE * counts[(site, key)]:
            entry = model.lines.setdefault(key, LearnedLine(example[key], 0, []))
            entry.pages += counts[(site, key)]
            entry.sites.append(site)
    return model
