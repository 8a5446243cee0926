"""The HTML view in a real browser, offline: it draws, filters, explains an edge, resists XSS."""

from __future__ import annotations

from datetime import date

import pytest

from kg.model import Actor, Mention, Quantity, Relation
from kg.ontology import PREDICATES
from kg.visualize import to_html

pytestmark = pytest.mark.browser

XSS = [
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    '"><img src=x onerror="window.__pwned=1">',
    "javascript:window.__pwned=1",
    "it's \"quoted\"",
]


def relate(subject: Actor, predicate: str, obj, sentence: str, *, doc: str = "doc-1",
           when: date | None = None, confidence: float = 0.8, **fields) -> Relation:
    """A relation whose mentions point at the names in ``sentence`` (at offset 1000 of its doc)."""
    def at(actor: Actor) -> Mention:
        start = sentence.find(actor.name)
        return Mention(actor, actor.name, 1000 + start, 1000 + start + len(actor.name))

    target = at(obj) if isinstance(obj, Actor) else obj
    known = PREDICATES.get(predicate)
    fields.setdefault("doc_title", f"Article {doc}")
    fields.setdefault("doc_url", f"https://example.org/{doc}")
    if known:
        fields.setdefault("category", known.category)
        fields.setdefault("cameo", known.cameo)
        fields.setdefault("goldstein", known.goldstein)
    return Relation(subject=at(subject), predicate=predicate, object=target, doc=doc,
                    sentence=sentence, sentence_start=1000, doc_date=date(2025, 6, 25),
                    date=when, confidence=confidence, **fields)


NATO = Actor.create("NATO", "IGO", aliases=("North Atlantic Treaty Organization",))
RUTTE = Actor.create("Mark Rutte", "PERSON", country="NLD")
TRUMP = Actor.create("Donald Trump", "PERSON", country="USA")
RUSSIA = Actor.create("Russia", "STATE", country="RUS")
UKRAINE = Actor.create("Ukraine", "STATE", country="UKR")
EU = Actor.create("European Union", "IGO", aliases=("EU",))

SUMMIT = [
    relate(RUTTE, "MEET", TRUMP, "Mark Rutte met Donald Trump before the summit dinner.",
           when=date(2025, 6, 24)),
    relate(RUTTE, "MEET", TRUMP, "On Wednesday Mark Rutte met Donald Trump again.",
           doc="doc-2", when=date(2025, 6, 25), date_text="On Wednesday"),
    relate(RUTTE, "SECRETARY_GENERAL_OF", NATO, "NATO chief Mark Rutte opened the summit.",
           confidence=0.95),
    relate(NATO, "TARGET", Quantity(5.0, "%", "5%", 1024, 1026),
           "NATO agreed a target of 5% of GDP.", confidence=0.9),
    relate(RUSSIA, "AIRSTRIKE", UKRAINE, "Russia launched air strikes on Ukraine overnight.",
           when=date(2025, 6, 1), confidence=0.5),
    relate(EU, "SANCTION", RUSSIA, "The European Union imposed new sanctions on Russia.",
           when=date(2025, 5, 20), confidence=0.7),
    relate(TRUMP, "THREATEN", RUSSIA, "Donald Trump warned Russia of further sanctions.",
           when=date(2025, 6, 25), modality="intended"),
]


def visible(page, kind: str) -> int:
    return page.evaluate(f"window.kgGraph.{kind}.get({{filter: (item) => !item.hidden}}).length")


def edge_point(page, edge_id: str) -> dict:
    """Page coordinates of the middle of a drawn edge, checked to hit that edge."""
    return page.evaluate("""(id) => {
        const g = window.kgGraph;
        // The middle of the drawn line, curved or straight (vis-network's own geometry).
        const mid = g.network.canvasToDOM(g.network.body.edges[id].edgeType.getPoint(0.5));
        if (g.network.getEdgeAt(mid) !== id) throw new Error('edge middle hidden: ' + id);
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + mid.x, y: box.top + mid.y};
    }""", edge_id)


def node_point(page, node_id: str) -> dict:
    return page.evaluate("""(id) => {
        const g = window.kgGraph;
        const at = g.network.canvasToDOM(g.network.getPositions([id])[id]);
        const box = document.getElementById('graph').getBoundingClientRect();
        return {x: box.left + at.x, y: box.top + at.y};
    }""", node_id)


def edge_id(page, predicate: str) -> str:
    return page.evaluate("(p) => window.kgGraph.edges.get({filter: (e) => e.kg.pred === p})[0].id",
                         predicate)


def test_page_draws_offline_without_errors(open_page):
    loaded = open_page(to_html(SUMMIT, title="Summit"))
    assert loaded.requests == []
    assert loaded.errors == []
    variance = loaded.page.evaluate("""() => {
        const canvas = document.querySelector('#graph canvas');
        const pixels = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let n = 0, sum = 0, squares = 0;
        for (let i = 0; i < pixels.length; i += 4 * 5) {
            const alpha = pixels[i + 3] / 255;  // composite over the white page
            const grey = (pixels[i] + pixels[i + 1] + pixels[i + 2]) / 3;
            const value = alpha * grey + (1 - alpha) * 255;
            n += 1; sum += value; squares += value * value;
        }
        return squares / n - (sum / n) ** 2;
    }""")
    assert variance > 50, "the canvas looks blank"


def test_data_sets_hold_the_graph(open_page):
    page = open_page(to_html(SUMMIT)).page
    nodes = page.evaluate("window.kgGraph.nodes.get().map((n) => n.label).sort()")
    assert nodes == sorted(["Mark Rutte", "Donald Trump", "NATO", "5%", "Russia", "Ukraine",
                            "European Union"])
    edges = page.evaluate("""window.kgGraph.edges.get().map((e) =>
        [window.kgGraph.nodes.get(e.from).label, e.kg.pred, window.kgGraph.nodes.get(e.to).label,
         e.kg.rels.length])""")
    expected = {(r.subject.actor.name, r.predicate,
                 r.object.label if isinstance(r.object, Quantity) else r.object.actor.name)
                for r in SUMMIT}
    assert {tuple(edge[:3]) for edge in edges} == expected
    assert ["Mark Rutte", "MEET", "Donald Trump", 2] in edges
    assert page.text_content("#counts") == "6 of 6 edges, 7 of 7 nodes shown"


def test_category_filter_hides_its_edges(open_page):
    page = open_page(to_html(SUMMIT)).page
    assert visible(page, "edges") == 6
    page.click("#f-cat label:has(input[value='CONSULT'])")
    assert visible(page, "edges") == 5
    assert page.text_content("#counts") == "5 of 6 edges, 7 of 7 nodes shown"
    page.click("#f-cat label:has(input[value='non-event'])")
    assert visible(page, "edges") == 3
    assert visible(page, "nodes") == 4  # Rutte, NATO and the 5% box have nothing left


def test_confidence_and_date_sliders_filter(open_page):
    page = open_page(to_html(SUMMIT)).page
    page.focus("#f-conf")
    for _ in range(18):  # 0.90 in steps of 0.05
        page.keyboard.press("ArrowRight")
    assert page.text_content("#conf-out") == "0.90"
    assert visible(page, "edges") == 2  # the role (0.95) and the target (0.9)
    page.click("#reset")
    page.focus("#f-to")
    page.keyboard.press("Home")  # up to the earliest date only
    assert page.text_content("#to-out") == "2025-05-20"
    assert visible(page, "edges") == 1


def test_clicking_an_edge_shows_its_sentences(open_page):
    page = open_page(to_html(SUMMIT)).page
    point = edge_point(page, edge_id(page, "MEET"))
    page.mouse.click(point["x"], point["y"])
    panel = page.locator("#panel")
    assert "Mark Rutte met Donald Trump before the summit dinner." in panel.text_content()
    assert page.locator("#panel article.ev").count() == 2
    assert page.locator("#panel mark.s").first.text_content() == "Mark Rutte"
    assert page.locator("#panel mark.o").first.text_content() == "Donald Trump"
    second = page.locator("#panel article.ev").nth(1).text_content()
    assert "2025-06-25" in second and "On Wednesday" in second
    assert page.locator("#panel a").first.get_attribute("href") == "https://example.org/doc-1"


def test_clicking_a_node_lists_its_relations(open_page):
    page = open_page(to_html(SUMMIT)).page
    point = node_point(page, RUTTE.id)
    page.mouse.click(point["x"], point["y"])
    assert page.locator("#panel h2").text_content() == "Mark Rutte"
    page.click("#panel button:has-text('Donald Trump')")
    assert page.locator("#panel article.ev").count() == 2
    assert page.evaluate("window.kgGraph.network.getSelectedEdges()") == [edge_id(page, "MEET")]


def test_search_focuses_an_actor_by_alias(open_page):
    page = open_page(to_html(SUMMIT)).page
    page.fill("#search", "north atlantic")
    page.press("#search", "Enter")
    assert page.evaluate("window.kgGraph.network.getSelectedNodes()") == [NATO.id]
    assert page.locator("#panel h2").text_content() == "NATO"


def test_toggles_work_without_errors(open_page):
    loaded = open_page(to_html(SUMMIT))
    for toggle in ("#t-physics", "#t-node-labels", "#t-edge-labels", "#t-physics", "#fit"):
        loaded.page.click(toggle)
    loaded.page.wait_for_timeout(200)
    assert loaded.errors == []


def test_big_graph_arrives_laid_out_with_physics_off(open_page):
    hub = Actor.create("Hub", "IGO")
    relations = [relate(Actor.create(f"Actor {i}", "STATE"), "MEET", hub, f"Actor {i} met Hub.")
                 for i in range(400)]
    loaded = open_page(to_html(relations, max_nodes=350))
    page = loaded.page
    assert loaded.errors == [] and loaded.requests == []
    assert page.is_checked("#t-physics") is False and page.is_checked("#t-edge-labels") is False
    assert "showing the 350 most-mentioned of 401 actors" in page.text_content("#note")
    spread = page.evaluate("""() => {
        const xs = Object.values(window.kgGraph.network.getPositions()).map((p) => p.x);
        return Math.max(...xs) - Math.min(...xs);
    }""")
    assert spread > 1000


def test_article_text_stays_text(open_page):
    """Names, sentences, titles and URLs full of markup are shown, never run."""
    evil, other = Actor.create(XSS[0], "PERSON", aliases=tuple(XSS)), Actor.create(XSS[1], "STATE")
    sentence = f"{XSS[0]} met {XSS[1]} and said {XSS[2]}."
    relations = [
        relate(evil, "MEET", other, sentence, doc="doc-1", doc_title=XSS[2], doc_url=XSS[3],
               date_text=XSS[4], attributed_to=evil),
        relate(other, "CRITICIZE", evil, sentence, doc="doc-2", doc_title=XSS[1],
               doc_url='https://example.org/a"><img src=x onerror="window.__pwned=1">'),
        # Types and categories outside the ontology, named like Object.prototype's members.
        relate(Actor.create("Proto", "__proto__"), "constructor", other, f"Proto hit {XSS[1]}.",
               category="constructor", doc="doc-3"),
    ]
    loaded = open_page(to_html(relations, title=XSS[1]))
    page = loaded.page
    assert page.title() == XSS[1]

    point = edge_point(page, edge_id(page, "MEET"))
    page.mouse.click(point["x"], point["y"])
    panel = page.text_content("#panel")
    assert XSS[0] in panel and XSS[2] in panel  # the markup, as text
    assert f"(link not shown: {XSS[3]})" in panel
    assert page.locator("#panel a").count() == 0  # the javascript: URL is not a link

    point = node_point(page, evil.id)
    page.mouse.click(point["x"], point["y"])
    assert page.locator("#panel h2").text_content() == XSS[0]
    page.click(f"#panel button[data-edge='{edge_id(page, 'CRITICIZE')}']")
    links = page.locator("#panel a")
    assert links.count() == 1
    assert links.first.get_attribute("href").startswith("https://example.org/a%22%3E%3Cimg")
    links.first.click()  # opens a tab whose request the route aborts
    page.wait_for_timeout(300)

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator("img").count() == 0
    assert loaded.errors == []
    assert all(url.startswith("https://example.org/") for url in loaded.requests)


def test_empty_graph_loads(open_page):
    loaded = open_page(to_html([]))
    assert loaded.errors == [] and loaded.requests == []
    assert loaded.page.text_content("#counts") == "0 of 0 edges, 0 of 0 nodes shown"
    assert "no relations to show" in loaded.page.text_content("#panel")


def test_notebook_frame_runs_sandboxed(open_page):
    pytest.importorskip("IPython")
    from kg.visualize import display

    cell = display(SUMMIT).data
    host = (f"<!DOCTYPE html><title>notebook</title>{cell}"
            "<script>window.kgReady = true; document.documentElement.dataset.kgReady = ''</script>")
    loaded = open_page(host, name="notebook.html")
    frame = loaded.page.frames[1]
    frame.wait_for_selector("html[data-kg-ready]", state="attached", timeout=30_000)
    assert frame.evaluate("window.kgGraph.nodes.length") == 7
    reach = frame.evaluate("""() => {
        try { return window.parent.document.title; } catch (error) { return error.name; }
    }""")
    assert reach == "SecurityError"  # the page cannot touch the notebook around it
    assert loaded.errors == [] and loaded.requests == []
