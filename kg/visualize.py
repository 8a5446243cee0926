"""Relations -> one self-contained HTML page for reading a news graph.

The page works from ``file://`` with no network at all: the drawing library -- vis-network's
script and style (the copy pyvis ships inside its package) for small graphs, sigma.js and
graphology on WebGL (``kg/templates/sigma-graphology.min.js``) from ``WEBGL_MIN_NODES`` nodes
on -- and kg's own script and style are inlined, the graph is a JSON block, and a
Content-Security-Policy forbids every fetch and every script but those inlined.

>>> from datetime import date
>>> from kg.model import Actor, Mention, Quantity, Relation
>>> nato = Mention(Actor.create("NATO", "IGO"), "NATO", 0, 4)
>>> rutte = Mention(Actor.create("Mark Rutte", "PERSON"), "Rutte", 6, 11)
>>> met = Relation(subject=rutte, predicate="MEET", object=nato, doc="d1", category="CONSULT",
...                sentence="NATO: Rutte met allies.", sentence_start=0, doc_date=date(2025, 6, 1))
>>> target = Relation(subject=nato, predicate="TARGET", object=Quantity(3.0, "%", "3%", 5, 7, ">="),
...                   doc="d1", sentence="NATO set 3% as the goal.", sentence_start=0)
>>> page = to_html([met, target], title="NATO <summit>")
>>> "<title>NATO &lt;summit&gt;</title>" in page, "<script src" in page, "≥3%" in page
(True, False, True)

Design choices, and why:

* **Quantities are value nodes** -- a small pale box reading ``≥3%`` -- not annotations on an
  edge. ``NATO -TARGET-> ≥3%`` then reads like every other edge (predicate on the line,
  arguments at the ends), the box can be clicked for its sentences, and an actor with three
  targets shows three boxes instead of one edge label crammed with numbers. Boxes are keyed by
  (subject, predicate, value as written), so the same goal reported by five articles is one
  box with five sentences, while two actors' "3%" never share a box (a shared box would draw
  a false link between them). Quantity boxes follow their subject through ``max_nodes``.
* **Parallel edges are aggregated**: one drawn edge per (subject, predicate, object), labelled
  ``MEET ×4`` and drawn wider the more sentences support it; the panel lists every supporting
  relation. Forty overlapping MEET arrows are unreadable and unclickable; one thick arrow says
  "often" at a glance and still leads to each sentence. Different predicates between the same
  pair are separate edges, bent apart so none hides another.
* **Layout**: up to ``PHYSICS_MAX_NODES`` nodes, vis.js' force simulation lays the graph out
  in the browser and then stops (the *Physics* toggle resumes it). Above that, the positions
  are computed in Python and physics starts off: networkx's ``spring_layout`` needs SciPy for
  graphs over 500 nodes (not a kg dependency) and is O(n²) per iteration without it, so
  :func:`force_layout` runs Fruchterman-Reingold with the repulsion computed on a grid by FFT
  (particle-mesh), O(n + edges) per iteration: about 0.15 s for 2,000 nodes, which keeps the
  whole page build under half a second (``python -m bench.html`` measures it). Big graphs
  also get vis.js' responsiveness settings: no improved layout, straight edges, edges hidden
  while dragging or zooming, edge labels off until asked for.
* **WebGL for big graphs**: vis-network draws on a 2D canvas and slows down with every node and
  edge it draws; sigma.js draws on WebGL, where 20,000 dots and 40,000 lines are one buffer.
  ``kg/templates/graph.js`` drives either through a small view interface, so the filters, search,
  time slider, evidence panel and map are the same code for both. The WebGL page keeps its JSON
  small where it can: each evidence row carries only what the filters and the map read, and the
  sentences, dates and statuses sit in a second block parsed when a relation is first opened.
  Positions always come from :func:`force_layout`; sigma draws every actor as a dot.
* **pyvis** supplies the vis-network build (9.1.2) kg inlines. kg bypasses ``pyvis.network.
  Network`` itself: ``add_node``/``add_edge`` scan every node and edge added so far on each
  call (measured: 1.4 s + 3.6 s for 10,000 nodes and 20,000 edges, against a 0.5 s budget for
  the whole page) and check input with ``assert``; its template fetches vis-network's CSS and
  Bootstrap from CDNs even with ``cdn_resources="local"`` and writes node titles into
  ``innerHTML``. The node and edge dictionaries kg writes have the vis.js shape pyvis'
  ``net.nodes``/``net.edges`` would hold, and kg's template (``kg/templates/``) renders them.
"""

from __future__ import annotations

import base64
import gc
import hashlib
import html
import json
import math
import os
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from contextlib import contextmanager
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kg.codes import iso_numeric
from kg.errors import InvalidOption
from kg.model import ACTOR_TYPES, Mention, Quantity, Relation, content_hash
from kg.ontology import CATEGORIES, QUADS, quad_class

__all__ = ["InvalidOption", "display", "force_layout", "to_html"]

# Above this many nodes the layout is computed in Python and vis.js physics starts off:
# the browser's simulation of a few hundred nodes settles in about a second, of thousands not.
PHYSICS_MAX_NODES = 300

LAYOUTS = ("physics", "force")  # browser simulation; kg's grid force layout in Python

# Who draws the graph: vis-network (pyvis' copy; curved parallel edges, shapes per actor type,
# physics) or sigma.js on WebGL (kg/templates/sigma-graphology.min.js, built by
# scripts/vendor-webgl). "auto" picks WebGL from WEBGL_MIN_NODES nodes on, where both pages
# become usable in about the same time in headless Chromium (bench/html.py: 1.7 s each for
# 2,000 nodes on a loaded 2-core host), and vis-network's 2D canvas only slows from there.
RENDERERS = ("auto", "pyvis", "webgl")
WEBGL_MIN_NODES = 2000

# Evidence fields a WebGL page keeps in the graph's JSON block, for the filters and the map;
# the rest of each evidence row (sentence pieces, dates, status) sits in a second block that
# the page parses only when the reader first opens a relation.
FILTER_FIELDS = ("cat", "pred", "conf", "day", "geo", "lat", "lon", "loc")

# Node look per actor type: shape and fill. Shapes differ as well as colours so the legend
# still works printed in grey or for readers who confuse hues; none of the fills is one of
# the quad-class edge colours below.
NODE_STYLES = {
    "STATE": ("dot", "#4c78a8"),
    "IGO": ("hexagon", "#7b5ea7"),
    "PERSON": ("diamond", "#9c755f"),
    "PARTY": ("square", "#17a2b8"),
    "ARMED_GROUP": ("triangle", "#3d3d3d"),
    "ORG": ("triangleDown", "#d66fb6"),
    "OTHER": ("dot", "#a8a29e"),
}
QUANTITY_STYLE = ("box", "#fff4c2")  # a pale box with the number inside: a value, not an actor

# Edge colour per CAMEO quad class: greens cooperate, orange and red conflict; talk light,
# deeds dark. Relations that are not events (roles, membership, numbers) are grey and dashed.
QUAD_COLORS = {name: quad.colour for name, quad in QUADS.items()}  # quad_classes.tsv
NON_EVENT = "non-event"
NON_EVENT_COLOR = "#9e9e9e"

# Links in the evidence panel: only schemes that navigate to a document. javascript:, data:
# and vbscript: run code or smuggle markup in the page's name, so they are shown as text.
LINK_SCHEMES = {"http", "https", "file"}
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.\-]*):")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]")  # browsers drop these before reading a scheme

# Characters that could end a <script> element or an HTML comment, or end a line in old JS.
_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026",
                   "\u2028": "\\u2028", "\u2029": "\\u2029"}
_SCRIPT_UNSAFE = re.compile("[<>&\u2028\u2029]")

_EPOCH = date(1970, 1, 1)


def to_html(relations_or_store: Any, path: str | os.PathLike | None = None, *,
            title: str = "kg graph", max_nodes: int | None = 500,
            layout: str | None = None, physics: bool | None = None,
            min_confidence: float = 0.0, renderer: str = "auto") -> str:
    """Render relations as one self-contained, interactive HTML page and return it.

    ``relations_or_store`` is an iterable of :class:`~kg.model.Relation` or a store (anything
    with a ``relations()`` method). With ``path`` the page is also written there, atomically.
    ``max_nodes`` keeps the most-mentioned actors (None keeps all) and the page says what was
    cut. ``layout`` is ``"physics"`` (vis.js simulates in the browser) or ``"force"`` (positions
    computed here); by default physics up to 300 nodes, force above. ``physics`` says whether
    the simulation keeps running once the page is shown (default: no; the page has a toggle).
    ``min_confidence`` is where the page's confidence slider starts: every relation is in the
    page, and those below it are hidden until the reader moves the slider down.
    ``renderer`` is ``"pyvis"`` (vis-network on a canvas), ``"webgl"`` (sigma.js; positions
    always computed here, every actor drawn as a dot) or ``"auto"``: WebGL from
    ``WEBGL_MIN_NODES`` nodes on. Both pages have the same filters, search, time slider,
    evidence panel and map.

    >>> from kg.model import Actor, Mention, Relation
    >>> a = Mention(Actor.create("Kenya", "STATE", country="KEN"), "Kenya", 0, 5)
    >>> b = Mention(Actor.create("Haiti", "STATE", country="HTI"), "Haiti", 15, 20)
    >>> r = Relation(subject=a, predicate="AID", object=b, doc="d", category="AID",
    ...              sentence="Kenya will aid Haiti.", sentence_start=0)
    >>> html = to_html([r, r.with_(sentence_start=30)], max_nodes=1)
    >>> "showing the 1 most-mentioned of 2 actors" in html
    True
    >>> to_html([r], layout="circle")
    Traceback (most recent call last):
    ...
    kg.errors.InvalidOption: layout 'circle' not understood; use one of 'physics', 'force' (or None to choose by size)
    """
    relations = _relations(relations_or_store)
    if max_nodes is not None and (isinstance(max_nodes, bool) or not isinstance(max_nodes, int)
                                  or max_nodes < 1):
        raise InvalidOption(f"max_nodes {max_nodes!r} is not a positive whole number; "
                            "pass e.g. max_nodes=500, or None to draw every actor")
    if not isinstance(min_confidence, (int, float)) or not 0 <= min_confidence <= 1:
        raise InvalidOption(f"min_confidence {min_confidence!r} is not between 0 and 1; "
                            "use 0 to show every relation")
    if renderer not in RENDERERS:
        raise InvalidOption(f"renderer {renderer!r} not understood; use one of "
                            + ", ".join(repr(name) for name in RENDERERS))
    if layout is not None and layout not in LAYOUTS:
        raise InvalidOption(f"layout {layout!r} not understood; use one of "
                            + ", ".join(repr(name) for name in LAYOUTS)
                            + " (or None to choose by size)")
    with _collector_paused():
        graph = _build_graph(relations, max_nodes=max_nodes)
        node_count = len(graph["nodes"])
        big = node_count > PHYSICS_MAX_NODES
        if renderer == "auto":
            renderer = "webgl" if node_count >= WEBGL_MIN_NODES else "pyvis"
        chosen = layout or ("force" if big else "physics")
        if renderer == "webgl":
            chosen = "force"  # sigma draws given positions; it has no simulation
        if chosen == "force" and node_count:
            index = {node["id"]: i for i, node in enumerate(graph["nodes"])}
            pairs = [(index[edge["from"]], index[edge["to"]]) for edge in graph["edges"]]
            spread = 140.0 * math.sqrt(node_count)  # room for a label per node at 100% zoom
            for node, (x, y) in zip(graph["nodes"], force_layout(node_count, pairs)):
                node["x"], node["y"] = round(x * spread, 1), round(y * spread, 1)
        graph["meta"].update(layout=chosen, physics=bool(physics) and renderer == "pyvis",
                             big=big, title=str(title), minConfidence=float(min_confidence),
                             renderer=renderer)
        page = _render(graph, title=str(title), renderer=renderer)
    if path is not None:
        _write_atomic(Path(path), page)
    return page


def display(relations_or_store: Any, *, height: int = 720, **options: Any):
    """The page of :func:`to_html` as an ``IPython.display.HTML`` inline frame, for Jupyter.

    The frame is sandboxed: the page's scripts run, but cannot reach the notebook. Evaluate it
    as the last expression of a cell (or pass it to ``IPython.display.display``) to show it.
    """
    try:
        from IPython.display import HTML
    except ImportError as err:
        raise ImportError(
            "kg.visualize.display needs IPython (it runs inside Jupyter); install it with "
            "'pip install ipython', or write a file with to_html(relations, 'graph.html')"
        ) from err
    page = to_html(relations_or_store, **options)
    # (Wrapped in a div: IPython warns about HTML that starts with an iframe.)
    return HTML(
        f'<div class="kg-graph"><iframe srcdoc="{html.escape(page, quote=True)}" '
        'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" '
        f'style="width:100%;height:{int(height)}px;border:1px solid #ddd;border-radius:6px">'
        "</iframe></div>"
    )


def force_layout(count: int, pairs: Iterable[tuple[int, int]], *, iterations: int = 50,
                 seed: int = 7) -> list[tuple[float, float]]:
    """Positions in [-0.5, 0.5]² for ``count`` nodes joined by ``pairs`` of node indices.

    Fruchterman-Reingold forces -- edges pull, all nodes push apart, a weak pull to the
    centre keeps small components near -- with the push summed on a grid by FFT instead of
    pair by pair, so each iteration is O(nodes + edges). Deterministic for a given ``seed``.

    >>> positions = force_layout(3, [(0, 1), (1, 2)])
    >>> len(positions), all(-0.5 <= x <= 0.5 and -0.5 <= y <= 0.5 for x, y in positions)
    (3, True)
    >>> positions == force_layout(3, [(0, 1), (1, 2)])
    True
    """
    import numpy as np

    if count <= 1:
        return [(0.0, 0.0)] * count
    rng = np.random.default_rng(seed)
    pos = rng.random((count, 2)) - 0.5
    edges = np.asarray([(a, b) for a, b in pairs if a != b], dtype=np.int64).reshape(-1, 2)
    src, dst = edges[:, 0], edges[:, 1]
    k = 1.0 / math.sqrt(count)  # ideal distance when the nodes fill the unit square
    grid = int(min(128, max(16, 2 ** math.ceil(math.log2(math.sqrt(count))))))
    # Repulsion kernel d/|d|² on the offsets of a (2 grid)² periodic lattice, transformed once.
    offsets = np.fft.fftfreq(2 * grid, 1.0 / (2 * grid))
    ox, oy = np.meshgrid(offsets, offsets, indexing="ij")
    r2 = ox * ox + oy * oy
    r2[0, 0] = 1.0
    kernel_x = np.fft.rfft2(ox / r2)
    kernel_y = np.fft.rfft2(oy / r2)
    temperature = 0.1
    for step in range(iterations):
        low = pos.min(axis=0)
        side = float((pos.max(axis=0) - low).max()) or 1.0
        cell = side / (grid - 1e-9)
        ij = np.minimum(((pos - low) / cell).astype(np.int64), grid - 1)
        flat = ij[:, 0] * grid + ij[:, 1]
        density = np.zeros((2 * grid, 2 * grid))
        density[:grid, :grid] = np.bincount(flat, minlength=grid * grid).reshape(grid, grid)
        spectrum = np.fft.rfft2(density)
        field_x = np.fft.irfft2(spectrum * kernel_x, density.shape)[:grid, :grid].ravel()
        field_y = np.fft.irfft2(spectrum * kernel_y, density.shape)[:grid, :grid].ravel()
        force = np.stack([field_x[flat], field_y[flat]], axis=1) * (k * k / cell)
        # Nodes sharing a cell push away from the cell's centre of mass.
        counts = np.bincount(flat, minlength=grid * grid)
        centre = np.stack([np.bincount(flat, pos[:, d], grid * grid) for d in (0, 1)], axis=1)
        centre = centre[flat] / counts[flat, None]
        away = pos - centre
        near = (away * away).sum(axis=1) + (0.05 * cell) ** 2
        force += away * ((counts[flat] - 1) * k * k / near)[:, None]
        if len(edges):
            delta = pos[dst] - pos[src]
            pull = delta * (np.sqrt((delta * delta).sum(axis=1)) / k)[:, None]
            for d in (0, 1):
                force[:, d] += (np.bincount(src, pull[:, d], count)
                                - np.bincount(dst, pull[:, d], count))
        force -= (pos - pos.mean(axis=0)) * (2.0 * k * math.sqrt(count))
        length = np.sqrt((force * force).sum(axis=1)) + 1e-12
        pos += force * (np.minimum(length, temperature) / length)[:, None]
        temperature = 0.1 * (1 - (step + 1) / iterations) + 0.002
    pos -= (pos.max(axis=0) + pos.min(axis=0)) / 2
    pos /= float(np.abs(pos).max()) * 2 or 1.0
    return [(float(x), float(y)) for x, y in pos]


# -- building the graph the page draws ------------------------------------------------------

@contextmanager
def _collector_paused():
    """Hold off Python's cycle collector while the page's tables are built.

    Building allocates hundreds of thousands of dicts and lists, each allocation burst
    triggering collections that walk every live record (the caller's relations included):
    pausing saved 20-50% of the build time for 10,000 nodes in ``bench/html.py``. The tables
    hold no cycles, so nothing is left for the collector when it resumes.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _relations(source: Any) -> list[Relation]:
    """The relations of a store or an iterable, checked to be Relation records."""
    if callable(getattr(source, "relations", None)):
        source = source.relations()
    if isinstance(source, (str, bytes, Mapping)) or not isinstance(source, Iterable):
        raise InvalidOption(
            f"to_html needs Relation records or a store, got {type(source).__name__}; "
            "pass a list of kg.model.Relation or an object with a relations() method")
    relations = []
    for position, item in enumerate(source):
        if not isinstance(item, Relation):
            raise InvalidOption(
                f"item {position} given to to_html is a {type(item).__name__}, not a "
                "kg.model.Relation; turn JSONL rows into records with Relation.from_row(row)")
        relations.append(item)
    return relations


def _build_graph(relations: list[Relation], *, max_nodes: int | None) -> dict[str, Any]:
    actors = _actors(relations)
    ranked = sorted(actors.values(), key=lambda a: (-a["score"], a["name"].lower(), a["id"]))
    kept = ranked if max_nodes is None else ranked[:max_nodes]
    kept_ids = {actor["id"] for actor in kept}

    docs: dict[str, int] = {}
    doc_rows: list[dict[str, Any]] = []
    evidence: list[dict[str, Any]] = []
    grouped: dict[tuple[str, str, str], list[int]] = {}
    values: dict[str, dict[str, Any]] = {}
    dropped = 0
    for relation in relations:
        obj = relation.object
        if relation.subject.id not in kept_ids or (
                isinstance(obj, Mention) and obj.id not in kept_ids):
            dropped += 1
            continue
        if isinstance(obj, Quantity):
            target = "value:" + content_hash(relation.subject.id, relation.predicate, obj.label,
                                             length=12)
            values.setdefault(target, {"id": target, "label": obj.label, "texts": Counter()})
            values[target]["texts"][obj.text] += 1
        else:
            target = obj.id
        if relation.doc not in docs:
            docs[relation.doc] = len(doc_rows)
            doc_rows.append(_doc_row(relation))
        grouped.setdefault((relation.subject.id, relation.predicate, target), []).append(
            len(evidence))
        evidence.append(_evidence_row(relation, docs[relation.doc]))

    nodes = [_actor_node(actor) for actor in kept] + [_value_node(v) for v in values.values()]
    edges = _edges(grouped, evidence)
    present = {row["cat"] for row in evidence}
    days = [row["day"] for row in evidence if "day" in row]
    types = {node["kg"]["type"] for node in nodes}
    note = None
    if len(kept) < len(ranked):
        note = (f"showing the {len(kept):,} most-mentioned of {len(ranked):,} actors "
                f"({dropped:,} of {len(relations):,} relations involve actors not shown); "
                "pass max_nodes=... / --max-nodes to change")
    meta = {
        "categories": [c for c in CATEGORIES if c in present] + sorted(
            c for c in present if c not in CATEGORIES and c != NON_EVENT) + (
            [NON_EVENT] if NON_EVENT in present else []),
        "quads": {c: quad_class(c) for c in present},
        "quadColors": QUAD_COLORS,
        "nonEventColor": NON_EVENT_COLOR,
        "predicates": sorted({row["pred"] for row in evidence}),
        "types": [t for t in ACTOR_TYPES if t in types] + sorted(
            t for t in types if t not in ACTOR_TYPES and t != "QUANTITY") + (
            ["QUANTITY"] if "QUANTITY" in types else []),
        "nodeStyles": {**NODE_STYLES, "QUANTITY": QUANTITY_STYLE},
        "groups": _groups(),
        "dayMin": min(days) if days else None,
        "dayMax": max(days) if days else None,
        "note": note,
        "totalActors": len(ranked),
        "totalRelations": len(relations),
    }
    return {"nodes": nodes, "edges": edges, "rels": evidence, "docs": doc_rows, "meta": meta}


def _actors(relations: list[Relation]) -> dict[str, dict[str, Any]]:
    """Every actor with its merged attributes and its weight: relation ends + distinct mentions."""
    actors: dict[str, dict[str, Any]] = {}
    for relation in relations:
        ends = [relation.subject]
        if isinstance(relation.object, Mention):
            ends.append(relation.object)
        for mention in ends:
            actor = mention.actor
            entry = actors.get(actor.id)
            if entry is None:
                entry = actors[actor.id] = {
                    "id": actor.id, "name": actor.name, "type": actor.type,
                    "country": actor.country, "sector": actor.sector, "aliases": {},
                    "as": Counter(), "ends": 0, "spans": set(), "score": 0}
            entry["country"] = entry["country"] or actor.country
            entry["sector"] = entry["sector"] or actor.sector
            if actor.aliases:
                entry["aliases"].update(dict.fromkeys(actor.aliases))
            entry["as"][mention.text] += 1
            entry["ends"] += 1
            entry["spans"].add((relation.doc, mention.start, mention.end))
    for entry in actors.values():
        entry["score"] = entry["ends"] + len(entry["spans"])
    return actors


def _actor_node(actor: dict[str, Any]) -> dict[str, Any]:
    # Shape and colour come from the page's vis "groups" (one per type): kept out of every node.
    info = {"country": actor["country"], "sector": actor["sector"],
            "aliases": [a for a in actor["aliases"] if a != actor["name"]],
            "as": _most_common(actor["as"]),
            "score": actor["score"], "ends": actor["ends"], "mentions": len(actor["spans"])}
    return {
        "id": actor["id"],
        "label": actor["name"],
        "group": actor["type"] if actor["type"] in NODE_STYLES else "OTHER",
        "size": round(min(48.0, 9.0 + 4.5 * math.sqrt(actor["score"])), 1),
        "kg": {"type": actor["type"], **{k: v for k, v in info.items() if v}},
    }


def _value_node(value: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": value["id"],
        "label": value["label"],
        "group": "QUANTITY",
        "kg": {"type": "QUANTITY", "as": _most_common(value["texts"]),
               "score": sum(value["texts"].values())},
    }


def _most_common(counter: Counter, limit: int = 12) -> list[str]:
    return list(counter) if len(counter) < 2 else [key for key, _ in counter.most_common(limit)]


def _groups() -> dict[str, dict[str, Any]]:
    """vis-network node groups: the look of each actor type, and of quantity boxes."""
    groups = {}
    for kind, (shape, fill) in NODE_STYLES.items():
        groups[kind] = {"shape": shape, "color": {
            "background": fill, "border": _shade(fill, 0.65),
            "highlight": {"background": fill, "border": "#111111"},
            "hover": {"background": fill, "border": "#111111"}}}
    shape, fill = QUANTITY_STYLE
    groups["QUANTITY"] = {
        "shape": shape, "margin": 6, "shapeProperties": {"borderRadius": 3},
        # Its own font size, so the box keeps its text when node labels are switched off.
        "font": {"size": 13, "color": "#5c4700", "strokeWidth": 0},
        "color": {"background": fill, "border": "#c9a227",
                  "highlight": {"background": "#ffe98a", "border": "#7a5d00"},
                  "hover": {"background": "#ffe98a", "border": "#7a5d00"}}}
    return groups


def _edges(grouped: dict[tuple[str, str, str], list[int]],
           evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    edges = []
    for number, ((source, predicate, target), rows) in enumerate(grouped.items()):
        if len(rows) == 1:
            category = evidence[rows[0]]["cat"]
        else:
            rows.sort(key=lambda i: (evidence[i].get("day", 1e9), i))
            categories = Counter(evidence[i]["cat"] for i in rows)
            category = max(categories, key=lambda c: (categories[c], c))
        quad = quad_class(category) if category != NON_EVENT else None
        count = len(rows)
        # An edge whose every sentence denies the event must not read as the event.
        shown = f"not {predicate}" if all(evidence[i].get("neg") for i in rows) else predicate
        edge = {
            "id": f"e{number}",
            "from": source,
            "to": target,
            "label": shown if count == 1 else f"{shown} ×{count}",
            "width": round(min(9.0, 1.5 + 1.6 * math.log2(count)), 2),
            "kg": {"pred": predicate, "cat": category, "quad": quad, "rels": rows},
        }
        if quad is None:
            edge["dashes"] = True
        edges.append(edge)
    _bend_parallel(edges)
    return edges


def _bend_parallel(edges: list[dict[str, Any]]) -> None:
    """Curve edges that share a pair of nodes to alternating sides so none hides another."""
    by_pair: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for edge in edges:
        if edge["from"] != edge["to"]:
            by_pair[tuple(sorted((edge["from"], edge["to"])))].append(edge)
    for (first, _), shared in by_pair.items():
        if len(shared) < 2:
            continue
        odd = len(shared) % 2
        for position, edge in enumerate(shared):
            # Slots 0, +1, -1, +2, -2 ... (an even count skips the straight middle slot).
            rank = position + 1 - odd
            slot = (rank + 1) // 2 * (1 if rank % 2 else -1)
            if slot == 0:
                continue
            clockwise = (slot > 0) == (edge["from"] == first)
            edge["smooth"] = {"enabled": True, "type": "curvedCW" if clockwise else "curvedCCW",
                              "roundness": round(min(0.9, 0.22 * abs(slot)), 2)}


def _doc_row(relation: Relation) -> dict[str, Any]:
    url = relation.doc_url
    href = _safe_href(url)
    return {"id": relation.doc, "title": relation.doc_title, "href": href,
            "url": url if url and href is None else None,
            "date": relation.doc_date.isoformat() if relation.doc_date else None}


def _evidence_row(relation: Relation, doc: int) -> dict[str, Any]:
    """One relation as the panel shows it; empty fields are left out to keep big pages small."""
    when = relation.date or relation.doc_date
    row = {
        "id": relation.id,
        "seg": _segments(relation),
        "doc": doc,
        "pred": relation.predicate,
        "cat": relation.category or NON_EVENT,
        "conf": round(float(relation.confidence), 3),
        "cameo": relation.cameo,
        "gold": relation.goldstein,
        "date": relation.date.isoformat() if relation.date else None,
        "day": (when - _EPOCH).days if when else None,
        "dateText": relation.date_text,
        "gran": relation.date_granularity,
        "neg": relation.negated or None,
        "mod": relation.modality if relation.modality != "asserted" else None,
        "attr": relation.attributed_to.name if relation.attributed_to else None,
        **_place(relation),
    }
    return {key: value for key, value in row.items() if value is not None}


def _place(relation: Relation) -> dict[str, Any]:
    """Where the event happened, for the map: the country's ISO numeric code (world-atlas
    keys countries by it), the place's name and coordinates."""
    place = relation.location
    if place is None or place.country is None:
        return {}
    return {"geo": iso_numeric(place.country), "loc": place.name, "lat": place.latitude,
            "lon": place.longitude}


def _segments(relation: Relation) -> list[list[str]]:
    """The sentence cut into [text, role] pieces; role 's'/'o' marks the subject/object words.

    Offsets index the document, so they are made relative to the sentence; a span outside
    the sentence (or whose text differs) is looked up by its text instead, else left unmarked.
    Cutting here rather than in the browser also spares JS its UTF-16 offsets.

    >>> from kg.model import Actor, Mention, Relation
    >>> a = Mention(Actor.create("Kenya", "STATE"), "Kenya", 100, 105)
    >>> b = Mention(Actor.create("Haiti", "STATE"), "Haiti", 999, 1004)
    >>> r = Relation(subject=a, predicate="AID", object=b, doc="d",
    ...              sentence="Kenya will aid Haiti.", sentence_start=100)
    >>> _segments(r)
    [['Kenya', 's'], [' will aid ', ''], ['Haiti', 'o'], ['.', '']]
    """
    sentence = relation.sentence
    spans = []
    for role, arg in (("s", relation.subject), ("o", relation.object)):
        start, end = arg.start - relation.sentence_start, arg.end - relation.sentence_start
        if not (0 <= start < end <= len(sentence)) or (
                arg.text and sentence[start:end] != arg.text):
            found = sentence.find(arg.text) if arg.text else -1
            if found < 0:
                continue
            start, end = found, found + len(arg.text)
        spans.append((start, end, role))
    spans.sort()
    pieces, cursor = [], 0
    for start, end, role in spans:
        if start < cursor:  # overlapping spans: keep the first
            continue
        if start > cursor:
            pieces.append([sentence[cursor:start], ""])
        pieces.append([sentence[start:end], role])
        cursor = end
    if cursor < len(sentence):
        pieces.append([sentence[cursor:], ""])
    return pieces


def _safe_href(url: str | None) -> str | None:
    """``url`` if following it cannot run code: http(s), file or relative; else None.

    >>> _safe_href("https://example.org/a?b=1"), _safe_href("/news/1.html")
    ('https://example.org/a?b=1', '/news/1.html')
    >>> _safe_href("javascript:alert(1)"), _safe_href(" JaVa\\tScript:alert(1)")
    (None, None)
    >>> _safe_href("data:text/html,x"), _safe_href("vbscript:x")
    (None, None)
    """
    if not url or not isinstance(url, str):
        return None
    cleaned = url.strip()
    probe = _INVISIBLE.sub("", cleaned)  # what the browser reads the scheme from
    match = _SCHEME.match(probe)
    if match:
        return cleaned if match.group(1).lower() in LINK_SCHEMES else None
    if ":" in probe.split("/", 1)[0]:
        return None  # scheme-like but unreadable: not worth the risk
    return cleaned


@cache
def _shade(colour: str, factor: float) -> str:
    """A darker (factor < 1) version of a #rrggbb colour."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{max(0, min(255, round(c * factor))):02x}" for c in rgb)


# -- the page -------------------------------------------------------------------------------

def _script_json(value: Any) -> str:
    """JSON that is safe inside <script>: no '<', '>', '&', U+2028 or U+2029 left literal.

    >>> _script_json({"name": "</script><b>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return _SCRIPT_UNSAFE.sub(lambda m: _SCRIPT_ESCAPES[m.group(0)], text)


@cache
def _assets() -> dict[str, str]:
    """vis-network's script and style from pyvis' package, kg's from kg/templates/."""
    import pyvis

    vis_dir = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    vis_js = (vis_dir / "vis-network.min.js").read_text(encoding="utf-8")
    vis_css = (vis_dir / "vis-network.css").read_text(encoding="utf-8")
    # No source map to fetch; the embedded images belong to the editing toolbar kg never shows.
    vis_js = re.sub(r"//# sourceMappingURL=\S*", "", vis_js)
    vis_js = vis_js.replace('"<script>"', '"\\x3cscript>"')  # a core-js string; same value, no tag
    vis_css = re.sub(r'url\("?data:[^)]*\)', "none", vis_css)
    templates = resources.files("kg") / "templates"
    assets = {
        "vis_js": vis_js,
        "vis_css": vis_css,
        "kg_js": (templates / "graph.js").read_text(encoding="utf-8"),
        "kg_css": (templates / "graph.css").read_text(encoding="utf-8"),
        # The map: d3-geo (with the d3-array it needs) and topojson-client, vendored from npm
        # (kg/templates/THIRD_PARTY.md), and world-atlas's 110m country outlines.
        "map_js": "\n".join((templates / name).read_text(encoding="utf-8") for name in
                             ("d3-array.min.js", "d3-geo.min.js", "topojson-client.min.js")),
        "world": (templates / "countries-110m.json").read_text(encoding="utf-8"),
    }
    for name, text in assets.items():
        if re.search(r"<(/?script|/style|!--)", text, re.IGNORECASE):
            raise RuntimeError(f"asset {name} contains a tag and cannot be inlined as it is")
    return assets


@cache
def _webgl_js() -> str:
    """sigma.js and graphology bundled (scripts/vendor-webgl), then kg's view on them."""
    templates = resources.files("kg") / "templates"
    text = "\n".join((templates / name).read_text(encoding="utf-8")
                     for name in ("sigma-graphology.min.js", "graph-webgl.js"))
    if re.search(r"<(/?script|/style|!--)", text, re.IGNORECASE):
        raise RuntimeError("the WebGL assets contain a tag and cannot be inlined as they are")
    return text


@cache
def _template():
    import jinja2

    env = jinja2.Environment(loader=jinja2.PackageLoader("kg", "templates"),
                             autoescape=True, keep_trailing_newline=True)
    return env.get_template("graph.html")


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _render(graph: dict[str, Any], *, title: str, renderer: str) -> str:
    import markupsafe

    assets = _assets()
    meta = graph["meta"]
    evidence = None
    if renderer == "webgl":
        draw_js, draw_css = _webgl_js(), ""
        graph, evidence = _split_evidence(graph)
    else:
        draw_js, draw_css = assets["vis_js"], assets["vis_css"]
    hashes = " ".join(_csp_hash(script) for script in (draw_js, assets["map_js"], assets["kg_js"]))
    return _template().render(
        title=title,
        note=meta["note"],
        draw_js=draw_js,
        draw_css=draw_css,
        kg_js=assets["kg_js"],
        kg_css=assets["kg_css"],
        map_js=assets["map_js"],
        world=assets["world"],
        data=_script_json(graph),
        evidence=None if evidence is None else _script_json(evidence),
        script_hashes=markupsafe.Markup(hashes),
    )


def _split_evidence(graph: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The graph with only the filters' fields of each evidence row, and the rest apart."""
    light, heavy = [], []
    for row in graph["rels"]:
        light.append({key: row[key] for key in FILTER_FIELDS if key in row})
        heavy.append({key: value for key, value in row.items() if key not in FILTER_FIELDS})
    return {**graph, "rels": light}, heavy


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, so readers never see half a page."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.chmod(temporary, 0o644)  # mkstemp makes it private; a page is for sharing
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
