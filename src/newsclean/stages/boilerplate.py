"""Boilerplate: every line that is not the article's goes, as the region stage decided, each with a
kind and a reason — page chrome, copyright blocks, contact spam, link lists, comments, and the
lines the metadata stage read."""
from __future__ import annotations

from collections.abc import Iterable

from newsclean.chrome import chrome_kind, is_chrome_prose, is_footer_heading
from newsclean.document import Document
from newsclean.stages.region import article_for, redecode_without
from newsclean.stages.script import classification_keys
from newsclean.text import is_prose

KINDS = ("copyright", "disclaimer", "related_links", "contact_spam", "share_widget",
         "navigation", "icp", "editor", "byline", "dateline", "source", "original_title", "ad", "other", "learned",
         "title", "title_duplicate", "site", "comment", "hidden")


class RemoveBoilerplate:
    """Takes out every line that is not the article's, as `doc.article` decided (see the region
    stage), each with a kind and a reason: the lines the metadata stage read (title, dateline,
    byline …), chrome before and after the article, and gaps of chrome inside it. A footer
    heading gives its kind to the lines under it. On a page with no article prose (a gallery, a
    table) only cued chrome goes. `keep`: kinds to leave in the body."""

    name = "boilerplate"

    def __init__(self, keep: Iterable[str] = (), model=None):
        self.keep = frozenset(keep)
        self.model = model
        unknown = self.keep - set(KINDS)
        if unknown:
            raise ValueError(f"unknown boilerplate kinds {sorted(unknown)}; kinds are {KINDS}")

    def __call__(self, doc: Document) -> Document:
        if not doc.lines:
            return doc
        article = article_for(doc, self.model)
        states = article.states
        if any(states[i] == "article" for i in article.labels) and article.model is not None:
            states = redecode_without(article, set(article.labels))
        if "article" not in states:
            return self._remove_cued_only(doc)
        keys = classification_keys([t for _, t in doc.lines])
        first, last = states.index("article"), len(states) - 1 - states[::-1].index("article")
        kept, block_kind = [], None
        for i, (number, original) in enumerate(doc.lines):
            state, score, kind = states[i], article.scores[i], article.kinds[i]
            if i in article.labels:
                kind, reason = article.labels[i]
            elif state == "article":
                kept.append((number, original))
                continue
            elif state == "gap":
                kind, reason = kind or "other", f"chrome inside the article (score {score:.1f})"
            else:
                where = "before the article" if i < first else "after the article"
                if i > last and is_footer_heading(keys[i]):
                    block_kind = kind = kind or "other"
                    reason = f"footer heading {where}"
                elif kind:
                    reason = f"cue words or shape {where} (score {score:.1f})"
                elif i > last and block_kind:
                    kind, reason = block_kind, "under a footer heading"
                else:
                    kind, reason = "other", f"{where} (score {score:.1f})"
            if kind in self.keep:
                kept.append((number, original))
            else:
                doc.remove(kind, original, number, reason)
        doc.lines = kept
        return doc

    def _remove_cued_only(self, doc: Document) -> Document:
        """With no article prose there is nothing to anchor on: lines the metadata stage read,
        cued lines (prose too, where it is chrome prose: a copyright sentence) and the block a
        footer heading below some kept line opens go; the rest stays."""
        kept, block_kind = [], None
        labels = doc.article.labels if doc.article is not None else {}
        for i, ((number, text), key) in enumerate(zip(doc.lines, classification_keys([t for _, t in doc.lines]),
                                                      strict=True)):
            if i in labels:
                kind, reason = labels[i]
                if kind in self.keep:
                    kept.append((number, text))
                else:
                    doc.remove(kind, text, number, reason)
                continue
            learned = self.model is not None and text in self.model
            kind = "learned" if learned else chrome_kind(key)
            reason = "cue words, page has no prose"
            if kept and block_kind is None and is_footer_heading(key):
                block_kind = kind = kind or "other"
                reason = "footer heading, page has no prose"
            elif block_kind and not kind:
                kind, reason = block_kind, "under a footer heading, page has no prose"
            if kind and kind not in self.keep and (block_kind or not is_prose(key) or is_chrome_prose(key)):
                doc.remove(kind, text, number, reason)
            else:
                kept.append((number, text))
        doc.lines = kept
        return doc
