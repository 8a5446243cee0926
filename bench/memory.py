"""Peak memory of extracting a 5 MB and a 50 MB text: bounded means the ratio is far below 10.

    .venv/bin/python -m bench.memory                 # 5 MB vs 50 MB, first 25 pieces of each
    .venv/bin/python -m bench.memory --chunks 0      # every piece (50 MB: hours on 2 cores)

Each measurement runs in a fresh process, so its peak resident set (VmHWM) is its own:
write an article-like text of the given size, read it with ``read_documents`` (which holds
the whole text, as it must: offsets index it), then iterate ``extract_relations`` over it.
``kg.extract`` cuts a long text into pieces of at most ``CHUNK_CHARS`` characters and hands
them to ``nlp.pipe`` one batch at a time, so the parser's memory does not grow with the text.

Parsing 50 MB with the small English pipeline takes about an hour on two cores, so by
default each process stops after ``--chunks`` pieces (the first ones, i.e. the same work for
both sizes) while the whole text stays loaded: the peak then holds the text, its Document,
the model and the parser's working set. The largest piece the parser received is printed,
and the seconds per piece with an honest extrapolation to the whole text. ``--chunks 0``
parses everything.

Prints ``name: value`` lines, among them ``peak_rss_mb_5mb``, ``peak_rss_mb_50mb`` and
``peak_rss_ratio_50_vs_5``.

``--corpus FILE.jsonl`` measures a corpus instead: the peak resident set of a process that
reads the first ``--docs`` articles and streams them through ``extract_relations`` (counting
the relations, keeping none), against one that reads the same articles repeated ``--times``
times under distinct ids, so it does ``--times`` as much real extraction. Streaming means the
two peaks are the same (``extract_peak_rss_ratio_4x``): the model, one ``nlp.pipe`` batch and
one article, whatever the corpus' length. The whole BBC corpus 1x and 4x (2,225 and 8,900
articles) take about 85 s and 950 s on two busy cores; the first 300 articles, 1x and 4x,
take a few minutes.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SENTENCES = [
    "Mark Rutte met Donald Trump in Washington on Thursday, officials said.",
    "Russia launched air strikes on Ukraine overnight, the ministry said.",
    "The European Union imposed new sanctions on Iran on Monday.",
    "NATO allies agreed to spend at least 5% of GDP on defence by 2035.",
    "Emmanuel Macron praised Olaf Scholz for the deal, according to a statement.",
    "China criticized Japan over the visit, a spokesman told reporters in Beijing.",
    "Narendra Modi will visit Brazil next week to discuss trade.",
    "The talks between Egypt and Qatar ended without agreement late on Friday.",
]


def write_text(path: Path, megabytes: float) -> None:
    """Paragraphs of news sentences, numbered so that no two are the same."""
    target = int(megabytes * 1_000_000)
    written = 0
    with path.open("w", encoding="utf-8") as handle:
        i = 0
        while written < target:
            paragraph = " ".join(f"{sentence[:-1]} (item {i}-{j})."
                                 for j, sentence in enumerate(SENTENCES)) + "\n\n"
            handle.write(paragraph)
            written += len(paragraph)
            i += 1


def peak_rss_mb() -> float:
    """This process's peak resident set: VmHWM, which exec resets. ``ru_maxrss`` survives
    exec on Linux, so a child started by a large process would report its parent's size."""
    with contextlib.suppress(OSError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(path: Path, chunks: int) -> dict:
    """One measurement, in this process (call through ``--child`` for a fresh one)."""
    from kg import extract
    from kg.ingest import read_documents

    nlp = extract.load_model()
    nlp("Warm up the pipeline once.")
    baseline = peak_rss_mb()
    [document] = read_documents(path)
    loaded = peak_rss_mb()

    pieces: list[int] = []
    original_pipe = nlp.pipe

    def counting_pipe(texts, **options):
        def counted():
            for item in texts:
                pieces.append(len(item[0]))
                yield item
        return original_pipe(counted(), **options)

    nlp.pipe = counting_pipe
    relations = 0
    start = time.perf_counter()
    for _ in extract.extract_relations([document], nlp=nlp, batch_size=8):
        relations += 1
        if chunks and len(pieces) > chunks:
            break
    seconds = time.perf_counter() - start
    total_pieces = sum(1 for _ in extract._chunks(document.text))
    parsed = min(len(pieces), total_pieces)
    return {"chars": len(document.text), "baseline_rss_mb": baseline, "loaded_rss_mb": loaded,
            "peak_rss_mb": peak_rss_mb(), "pieces_parsed": parsed, "pieces_total": total_pieces,
            "max_piece_chars": max(pieces), "relations": relations,
            "seconds_per_piece": seconds / max(parsed, 1)}


# Articles of the corpus measured 1x and --times x by default (a few minutes in all).
CORPUS_DOCS = 300
CORPUS_TIMES = 4


def write_corpus(source: Path, target: Path, *, docs: int, times: int) -> int:
    """The first ``docs`` records of a JSONL corpus, ``times`` over, each copy under its own
    id (``<id>~<n>``, ``n`` > 0) so that no two documents are one. Returns records written."""
    from itertools import islice

    with source.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in islice(handle, docs)]
    with target.open("w", encoding="utf-8") as out:
        for copy in range(times):
            for i, record in enumerate(records):
                name = str(record.get("id") or i)
                out.write(json.dumps({**record, "id": f"{name}~{copy}" if copy else name},
                                     ensure_ascii=False) + "\n")
    return len(records) * times


def measure_corpus(path: Path) -> dict:
    """Stream a JSONL corpus through extraction in this process; its peak resident set."""
    from kg import extract
    from kg.ingest import read_documents

    nlp = extract.load_model()
    nlp("Warm up the pipeline once.")
    baseline = peak_rss_mb()
    documents = relations = 0

    def counted():
        nonlocal documents
        for document in read_documents(path):
            documents += 1
            yield document

    start = time.perf_counter()
    for _ in extract.extract_relations(counted(), nlp=nlp):
        relations += 1
    return {"documents": documents, "relations": relations, "baseline_rss_mb": baseline,
            "peak_rss_mb": peak_rss_mb(), "seconds": time.perf_counter() - start}


def corpus_child(source: Path, *, docs: int, times: int) -> dict:
    """``measure_corpus`` in a fresh process, on ``docs`` articles repeated ``times`` times."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"corpus-{times}x.jsonl"
        write_corpus(source, path, docs=docs, times=times)
        done = subprocess.run([sys.executable, "-m", "bench.memory", "--corpus-child",
                               str(path)], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def compare_corpus(source: Path, *, docs: int = CORPUS_DOCS,
                   times: int = CORPUS_TIMES) -> dict[str, dict]:
    """Peak RSS of extracting ``docs`` articles, and the same ``times`` over: {"1x", "Nx"}."""
    return {"1x": corpus_child(source, docs=docs, times=1),
            f"{times}x": corpus_child(source, docs=docs, times=times)}


def child(size: float, chunks: int) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"news-{size:g}mb.txt"
        write_text(path, size)
        done = subprocess.run([sys.executable, "-m", "bench.memory", "--child", str(path),
                               "--chunks", str(chunks)], capture_output=True, text=True,
                              check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, default=25,
                        help="stop after this many pieces of each text; 0 parses all "
                             "(default: 25)")
    parser.add_argument("--small", type=float, default=5, help="MB (default: 5)")
    parser.add_argument("--large", type=float, default=50, help="MB (default: 50)")
    parser.add_argument("--corpus", type=Path, metavar="FILE.jsonl",
                        help="measure this corpus 1x and --times x instead of two texts")
    parser.add_argument("--docs", type=int, default=CORPUS_DOCS,
                        help=f"articles of --corpus measured (default: {CORPUS_DOCS})")
    parser.add_argument("--times", type=int, default=CORPUS_TIMES,
                        help=f"copies of them in the larger run (default: {CORPUS_TIMES})")
    parser.add_argument("--child", metavar="PATH", help=argparse.SUPPRESS)
    parser.add_argument("--corpus-child", metavar="PATH", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(measure(Path(args.child), args.chunks)))
        return
    if args.corpus_child:
        print(json.dumps(measure_corpus(Path(args.corpus_child))))
        return
    if args.corpus:
        runs = compare_corpus(args.corpus, docs=args.docs, times=args.times)
        for name, result in runs.items():
            print(f"documents_{name}: {result['documents']}")
            print(f"relations_{name}: {result['relations']}")
            print(f"baseline_rss_mb_{name}: {result['baseline_rss_mb']:.0f}  (model loaded)")
            print(f"peak_rss_mb_{name}: {result['peak_rss_mb']:.0f}")
            print(f"seconds_{name}: {result['seconds']:.0f}")
        print(f"extract_peak_rss_ratio_{args.times}x: "
              f"{runs[f'{args.times}x']['peak_rss_mb'] / runs['1x']['peak_rss_mb']:.2f}")
        return
    small, large = child(args.small, args.chunks), child(args.large, args.chunks)
    for name, result in ((f"{args.small:g}mb", small), (f"{args.large:g}mb", large)):
        print(f"chars_{name}: {result['chars']}")
        print(f"baseline_rss_mb_{name}: {result['baseline_rss_mb']:.0f}  (model loaded)")
        print(f"loaded_rss_mb_{name}: {result['loaded_rss_mb']:.0f}  (text read into a Document)")
        print(f"peak_rss_mb_{name}: {result['peak_rss_mb']:.0f}")
        print(f"pieces_{name}: {result['pieces_parsed']} parsed of {result['pieces_total']}, "
              f"largest {result['max_piece_chars']} chars")
        print(f"extrapolated_minutes_{name}: "
              f"{result['seconds_per_piece'] * result['pieces_total'] / 60:.1f}")
    print(f"peak_rss_ratio_{args.large:g}_vs_{args.small:g}: "
          f"{large['peak_rss_mb'] / small['peak_rss_mb']:.2f}")
    print(f"text_ratio_{args.large:g}_vs_{args.small:g}: {large['chars'] / small['chars']:.2f}")
    growth = (large["peak_rss_mb"] - small["peak_rss_mb"]) / (
        (large["chars"] - small["chars"]) / 1_000_000)
    print(f"rss_growth_mb_per_text_mb: {growth:.2f}  (the text itself, read whole, costs ~1-3)")


if __name__ == "__main__":
    main()
