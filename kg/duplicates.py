"""Near-duplicate articles: the same wire story on several sites, told apart from new news.

Each text is reduced to a MinHash signature of its word shingles (``datasketch``), and an LSH
index finds the stored texts likely to share most of them; the estimated Jaccard similarity
then decides. A text at least :data:`THRESHOLD` similar to one from another URL is a copy:
:func:`kg.pipeline.build` stores it as a document linked to the original (``copy_of``), a
second source for the original's events rather than new events.

>>> index = DuplicateIndex()
>>> wire = ("Mark Rutte met Donald Trump in the White House on Thursday. The NATO chief said "
...         "allies would spend more on defence, and praised the president for pressing them.")
>>> index.add("doc-a", wire, url="https://a.example/rutte")
>>> index.original_of(wire + " Reporting by A. Reporter.", url="https://b.example/nato")
'doc-a'
>>> index.original_of(wire, url="https://a.example/rutte") is None  # the same URL: an update
True
>>> index.original_of("Japan pledged aid to the Philippines after the typhoon.", url=None) is None
True
"""

from __future__ import annotations

import re

__all__ = ["SHINGLE", "THRESHOLD", "DuplicateIndex", "signature"]

# Words per shingle: five words in a row are rarely shared by two different stories, and a
# changed word alters only five shingles.
SHINGLE = 5
# Estimated Jaccard similarity of shingle sets from which two texts are one story: wire copies
# differ by a dateline, a byline or a trimmed paragraph; two stories on one event share far less.
THRESHOLD = 0.8
# Permutations of the MinHash: the similarity estimate's standard error is about 1/sqrt(128).
PERMUTATIONS = 128

_WORD = re.compile(r"\w+")


def signature(text: str):
    """The MinHash of ``text``'s lower-cased word shingles (the whole text if shorter)."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]).encode("utf-8")
                for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=PERMUTATIONS)
    minhash.update_batch(list(shingles))
    return minhash


class DuplicateIndex:
    """Texts seen so far, by document id, and the URL each came from."""

    def __init__(self, *, threshold: float = THRESHOLD) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        self._lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
        self._signatures: dict[str, object] = {}
        self._urls: dict[str, str | None] = {}

    def __contains__(self, document_id: str) -> bool:
        return document_id in self._signatures

    def add(self, document_id: str, text: str, *, url: str | None) -> None:
        if document_id in self._signatures:
            return
        minhash = signature(text)
        self._lsh.insert(document_id, minhash)
        self._signatures[document_id] = minhash
        self._urls[document_id] = url

    def discard(self, document_id: str) -> None:
        if document_id in self._signatures:
            self._lsh.remove(document_id)
            del self._signatures[document_id], self._urls[document_id]

    def original_of(self, text: str, *, url: str | None) -> str | None:
        """The id of the most similar text seen from another URL, when it is one story."""
        minhash = signature(text)
        best, best_score = None, self.threshold
        for candidate in self._lsh.query(minhash):
            if url is not None and self._urls[candidate] == url:
                continue  # the same page again is an update, not a copy
            score = minhash.jaccard(self._signatures[candidate])
            # The most similar; of equals, the smallest id, so that the choice is stable.
            if score >= best_score and (best is None or score > best_score or candidate < best):
                best, best_score = candidate, score
        return best
