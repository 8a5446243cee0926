"""XSS: every article-derived string in the HTML view stays text, in a real headless Chromium.

tests/browser/test_graph_page.py already shows five payloads in names, sentences, titles,
URLs, aliases and date_text staying text after clicks. This extends it: the page is made
by the real ``kg visualize`` from a store, the payloads cover more contexts (event handlers,
SVG, iframes, template and JSON syntax) and more fields (quantities, categories, CAMEO,
rules, modality, document ids, predicates), every node and edge is hovered (tooltips) and
clicked, every payload is typed into the search box - and all of it again with the page's
Content-Security-Policy removed, so that escaping, not the policy, is what is shown to hold.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from conftest import kg
from kg.model import Actor, Mention, Quantity, Relation
from kg.store import open_store

pytestmark = pytest.mark.browser



FLAG = "window.__kgPwned"
PAYLOADS = [
    f"<script>{FLAG}=1</script>",
    f"</script><script>{FLAG}=2</script>",
    f'"><img src=x onerror="{FLAG}=3">',
    f"'><svg onload='{FLAG}=4'>",
    f"<iframe srcdoc=\"<script>parent.{FLAG}=5</script>\"></iframe>",
    f"javascript:{FLAG}=6",
    f"<a href=\"javascript:{FLAG}=7\">click</a>",
    f"{{{{ {FLAG}=8 }}}} {{% if 1 %}}x{{% endif %}} ${{{FLAG}=9}}",
    f"</textarea><details open ontoggle=\"{FLAG}=10\">",
    f"\u2028\u2029<!--<script>{FLAG}=11</script>-->",
    f"<style>@import 'x';</style><math><mtext><img src=x onerror={FLAG}=12>",
    f"'\"`;{FLAG}=13;//",
]


def relation(i: int, payload: str) -> Relation:
    subject = Actor(f"person:evil-{i}", f"{payload} #{i}", "PERSON", country=payload[:3],
                    sector=payload, aliases=(payload, f"alias {i}"))
    other = Actor(f"state:evil-{i}", f"State {payload}", "STATE", aliases=(payload,))
    sentence = f"{subject.name} met {other.name} and said {payload}."
    obj = (Mention(other, other.name, sentence.index(other.name),
                   sentence.index(other.name) + len(other.name)) if i % 3
           else Quantity(float(i), payload, payload, 0, 5, ">="))
    return Relation(
        subject=Mention(subject, payload, 0, len(subject.name)),
        predicate=["MEET", "CRITICIZE", "TARGET"][i % 3] if i % 3 else "TARGET", object=obj,
        doc=f"doc-{payload}", sentence=sentence, sentence_start=0, category=payload,
        cameo=payload, goldstein=1.0, date=date(2025, 1 + i % 12, 1), date_text=payload,
        date_granularity=payload, negated=bool(i % 2), modality=payload,
        attributed_to=subject, confidence=0.9, rule=payload, doc_title=payload,
        doc_url=payload, doc_date=date(2025, 6, 1))


@pytest.fixture(scope="module", params=["pyvis", "webgl"])
def page_file(tmp_path_factory, request) -> Path:
    """The page ``kg visualize`` draws of a store holding every payload in every field, with
    each renderer."""
    folder = tmp_path_factory.mktemp("xss")
    store = folder / "graph.json"
    with open_store(store) as opened:
        opened.add([relation(i, payload) for i, payload in enumerate(PAYLOADS)])
    page = folder / "graph.html"
    run = kg("visualize", "--store", store, "-o", page, "--title", PAYLOADS[1],
             "--renderer", request.param)
    assert run.code == 0, run.err
    return page


def without_csp(html: str) -> str:
    stripped, count = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html)
    assert count == 1
    return stripped


def freeze(page) -> None:
    """Stop vis-network's physics so the points stay where they were measured (sigma has none)."""
    if page.is_visible("#t-physics"):
        page.click("#t-physics")


def pwned(page) -> object:
    return page.evaluate(f"typeof {FLAG} === 'undefined' ? null : {FLAG}")


def every_point(page, kind: str) -> list[tuple[str, dict]]:
    """(id, page coordinates) of every drawn node or edge."""
    return page.evaluate("""(kind) => {
        const g = window.kgGraph, box = document.getElementById('graph').getBoundingClientRect();
        if (g.sigma) {  // the WebGL page: an edge's point is between its ends
            const at = (id) => g.sigma.graphToViewport(g.graph.getNodeAttributes(id));
            const ids = kind === 'nodes' ? g.graph.nodes() : g.graph.edges();
            return ids.map((id) => {
                let p = kind === 'nodes' ? at(id) : null;
                if (!p) {
                    const a = at(g.graph.source(id)), b = at(g.graph.target(id));
                    p = {x: (a.x + b.x) / 2, y: (a.y + b.y) / 2};
                }
                return [id, {x: box.left + p.x, y: box.top + p.y}];
            });
        }
        const ids = kind === 'nodes' ? g.nodes.getIds() : g.edges.getIds();
        return ids.map((id) => {
            const at = kind === 'nodes' ? g.network.getPositions([id])[id]
                : g.network.body.edges[id].edgeType.getPoint(0.5);
            const dom = g.network.canvasToDOM(at);
            return [id, {x: box.left + dom.x, y: box.top + dom.y}];
        });
    }""", kind)


@pytest.mark.parametrize("csp", [True, False], ids=["with-csp", "csp-removed"])
def test_no_payload_runs_on_load_click_hover_or_search(open_page, page_file, csp):
    html = page_file.read_text(encoding="utf-8")
    loaded = open_page(html if csp else without_csp(html))
    page = loaded.page
    assert pwned(page) is None
    assert page.title() == PAYLOADS[1]
    freeze(page)
    for kind in ("nodes", "edges"):
        for item, point in every_point(page, kind):
            page.mouse.move(point["x"], point["y"])
            page.wait_for_timeout(30)
            page.mouse.click(point["x"], point["y"])
            for button in page.locator("#panel button").all()[:3]:
                button.click()
            assert pwned(page) is None, (kind, item)
    for payload in PAYLOADS:
        page.fill("#search", payload)
        page.press("#search", "Enter")
        assert pwned(page) is None, payload
    page.wait_for_timeout(300)
    assert pwned(page) is None
    assert page.locator("img, iframe, math, object, embed").count() == 0
    # the graph's (and on a WebGL page the evidence's) and the world's JSON, the renderer,
    # the map's libraries, kg's script
    webgl = page.evaluate("window.kgGraph.data.meta.renderer") == "webgl"
    assert page.locator("script").count() == (6 if webgl else 5)
    handlers = page.evaluate("""() => [...document.querySelectorAll('*')].flatMap(
        (el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name))""")
    assert handlers == []
    assert not [error for error in loaded.errors if "Content Security Policy" not in error]
    # No click led anywhere but to a web page (javascript: never became a link).
    assert all(not url.startswith("javascript") for url in loaded.requests)


def test_the_panel_shows_payloads_as_text(open_page, page_file):
    page = open_page(page_file.read_text(encoding="utf-8")).page
    freeze(page)
    for item, point in every_point(page, "edges"):
        page.mouse.click(point["x"], point["y"])
        text = page.text_content("#panel")
        if any(payload in text for payload in PAYLOADS):
            break
    else:
        pytest.fail("no edge panel showed its payload as text")
    assert page.locator("#panel script, #panel img, #panel iframe").count() == 0
    page.fill("#search", PAYLOADS[0])
    page.press("#search", "Enter")
    assert page.locator("#panel h2").text_content().startswith(PAYLOADS[0])
