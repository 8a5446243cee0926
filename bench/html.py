"""How long kg.visualize takes to build a page, and how long a big page takes to become usable.

    .venv/bin/python -m bench.html            # all figures
    .venv/bin/python -m bench.html --no-browser

Graphs are synthetic: ``n`` actors, about two relations per actor, attached preferentially
(a few hubs with many edges, like news about summits), with dated sentences of news length.
Prints ``name: seconds`` lines (the best of ``--repeat`` runs for the build figures) and, since
seconds depend on the machine, each build as a ratio to serialising the same relations as
JSONL (``json.dumps(relation.as_row())`` per line, what an export costs) measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from kg.model import ACTOR_TYPES, Actor, Mention, Relation
from kg.ontology import PREDICATES
from kg.visualize import to_html

BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-quic", "--disable-sync"]


def synthetic_relations(nodes: int, *, per_node: int = 2, seed: int = 1) -> list[Relation]:
    """About ``per_node`` relations per actor among ``nodes`` actors, hubs included."""
    rng = random.Random(seed)
    predicates = list(PREDICATES.values())
    # A state's key is its country code, so each actor has its own code: n actors, n nodes.
    actors = [Actor.create(f"Actor {i}", rng.choice(ACTOR_TYPES), country=f"C{i:05d}")
              for i in range(nodes)]
    ends: list[int] = [0, 1]  # preferential attachment: pick an end in proportion to degree
    relations = []
    start = date(2024, 1, 1)
    for i in range(nodes):
        for _ in range(per_node):
            other = rng.choice(ends) if rng.random() < 0.7 else rng.randrange(nodes)
            if other == i:
                other = (i + 1) % nodes
            ends += [i, other]
            predicate = rng.choice(predicates)
            subject, obj = actors[i], actors[other]
            sentence = (f"{subject.name} and {obj.name} were reported on by officials who spoke "
                        f"on condition of anonymity about {predicate.why}.")
            at = 500 * len(relations)
            relations.append(Relation(
                subject=Mention(subject, subject.name, at, at + len(subject.name)),
                predicate=predicate.name,
                object=Mention(obj, obj.name, at + len(subject.name) + 5,
                               at + len(subject.name) + 5 + len(obj.name)),
                doc=f"doc-{len(relations) // 8}", sentence=sentence, sentence_start=at,
                category=predicate.category, cameo=predicate.cameo, goldstein=predicate.goldstein,
                doc_date=start + timedelta(days=len(relations) // 40),
                date=start + timedelta(days=rng.randrange(400)) if rng.random() < 0.6 else None,
                confidence=round(rng.uniform(0.3, 1.0), 2),
                doc_title=f"Article {len(relations) // 8}",
                doc_url=f"https://example.org/{len(relations) // 8}",
            ))
    return relations


def best_of(repeat: int, work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def time_build(nodes: int, repeat: int) -> tuple[float, float, str]:
    """Seconds to build the page of ``nodes`` actors, and to write its relations as JSONL."""
    relations = synthetic_relations(nodes)
    seconds, page = best_of(repeat, lambda: to_html(relations, max_nodes=None))
    baseline, _ = best_of(repeat, lambda: "\n".join(json.dumps(r.as_row()) for r in relations))
    return seconds, baseline, page


def time_interactive(page: str) -> float | None:
    """Seconds from navigation until the page sets window.kgReady, in headless Chromium."""
    timing = time_page(page, pan=False)
    return None if timing is None else timing[0]


def time_page(page: str, *, pan: bool = True) -> tuple[float, float | None] | None:
    """Seconds until the page is usable in headless Chromium, and the mean milliseconds per
    frame while the graph is dragged across the screen (None without ``pan``); None when
    there is no chromium. Usable = the page set data-kg-ready, which it does once the graph is
    drawn and the main thread is free again."""
    executable = shutil.which("chromium")
    if executable is None:
        return None
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        path = Path(folder) / "graph.html"
        path.write_text(page, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=executable, args=BROWSER_ARGS)
        try:
            tab = browser.new_page(viewport={"width": 1440, "height": 900})
            tab.route("**/*", lambda route: route.continue_()
                      if route.request.url.startswith("file:") else route.abort())
            started = time.perf_counter()
            tab.goto(path.as_uri())
            # (A selector, not wait_for_function: the page's CSP forbids the eval that needs.)
            tab.wait_for_selector("html[data-kg-ready]", state="attached", timeout=180_000)
            seconds = time.perf_counter() - started
            return seconds, (_pan_frame_ms(tab) if pan else None)
        finally:
            browser.close()


def _pan_frame_ms(tab) -> float:
    """Drag the graph 40 steps right and down, counting the frames the browser draws."""
    box = tab.locator("#graph").bounding_box()
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    tab.evaluate("""() => { window.kgFrames = [];
        const tick = (t) => {
            window.kgFrames.push(t);
            if (!window.kgStop) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick); }""")
    tab.mouse.move(x, y)
    tab.mouse.down()
    for step in range(1, 41):
        tab.mouse.move(x + 6 * step, y + 4 * step)
    tab.mouse.up()
    frames = tab.evaluate("() => { window.kgStop = true; return window.kgFrames; }")
    if len(frames) < 2:
        return float("nan")
    return (frames[-1] - frames[0]) / (len(frames) - 1)


def page_figures(page_2k: str, *, browser: bool = True):
    """(name, value) figures of the pages kg draws for 2k, 20k and 50k nodes, with the renderer
    it picks by size (WebGL from WEBGL_MIN_NODES on): megabytes, seconds until usable in
    headless Chromium, and milliseconds per frame while the graph is dragged."""
    for nodes, name in ((2000, "2k"), (20000, "20k"), (50000, "50k")):
        page = page_2k if nodes == 2000 else to_html(synthetic_relations(nodes), max_nodes=None)
        yield f"html_size_mb_{name}", round(len(page.encode()) / 1e6, 1)
        timing = time_page(page) if browser else None
        if timing is None:
            reason = "no chromium" if browser else "--skip-browser"
            yield f"html_interactive_s_{name}", f"skipped ({reason})"
            continue
        yield f"html_interactive_s_{name}", round(timing[0], 2)
        yield f"html_pan_frame_ms_{name}", round(timing[1], 1)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.html",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="build each page this many times")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium figure")
    args = parser.parse_args(argv)
    to_html(synthetic_relations(50))  # imports and template loading are not what is measured
    pages = {}
    for nodes, name in ((2000, "2k"), (5000, "5k"), (10000, "10k")):
        seconds, baseline, pages[name] = time_build(nodes, args.repeat)
        print(f"html_build_s_{name}: {seconds:.3f}", flush=True)
        print(f"html_build_vs_jsonl_{name}: {seconds / baseline:.1f}x", flush=True)
    print(f"html_size_mb_5k: {len(pages['5k'].encode()) / 1e6:.1f}")
    if not args.no_browser:
        seconds = time_interactive(pages["5k"])
        print("html_interactive_s_5k: " + ("skipped (no chromium)" if seconds is None
                                           else f"{seconds:.2f}"))
        # The renderer kg picks by size (WebGL from WEBGL_MIN_NODES on), and vis-network's
        # page at the threshold, the comparison the threshold comes from.
        pyvis = time_page(to_html(synthetic_relations(2000), max_nodes=None, renderer="pyvis"))
        if pyvis is not None:
            print(f"html_interactive_s_2k_pyvis: {pyvis[0]:.2f}", flush=True)
            print(f"html_pan_frame_ms_2k_pyvis: {pyvis[1]:.1f}", flush=True)
        for name, value in page_figures(pages["2k"]):
            print(f"{name}: {value}", flush=True)


if __name__ == "__main__":
    main()
