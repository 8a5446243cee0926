"""The WebGL page (sigma.js) in a real browser, offline: at 20,000 nodes it draws, filters and
shows a relation's sentences; on a small page, clicks on the canvas reach nodes and edges, also
beside a thin line and one right after another."""

from __future__ import annotations

import pytest

from bench.html import synthetic_relations
from kg.visualize import WEBGL_MIN_NODES, to_html

from test_graph_page import NATO, RUTTE, SUMMIT, TRUMP

pytestmark = pytest.mark.browser

BIG = 20_000


def shown(page, kind: str) -> int:
    """Nodes or edges sigma draws now (the filters hide the others through its reducers)."""
    return page.evaluate("""(kind) => {
        const g = window.kgGraph;
        const ids = kind === 'nodes' ? g.graph.nodes() : g.graph.edges();
        const read = kind === 'nodes' ? (id) => g.sigma.getNodeDisplayData(id)
                                      : (id) => g.sigma.getEdgeDisplayData(id);
        return ids.filter((id) => !read(id).hidden).length;
    }""", kind)


def node_point(page, node_id: str) -> dict:
    return page.evaluate("""(id) => {
        const g = window.kgGraph, box = document.getElementById('graph').getBoundingClientRect();
        const at = g.sigma.graphToViewport(g.graph.getNodeAttributes(id));
        return {x: box.left + at.x, y: box.top + at.y};
    }""", node_id)


def edge_point(page, predicate: str, *, across: float = 0) -> dict:
    """Page coordinates of the middle of the edge of ``predicate``, moved ``across`` pixels
    square to its line."""
    return page.evaluate("""([predicate, across]) => {
        const g = window.kgGraph, box = document.getElementById('graph').getBoundingClientRect();
        const id = g.data.edges.find((e) => e.kg.pred === predicate).id;
        const a = g.sigma.graphToViewport(g.graph.getNodeAttributes(g.graph.source(id)));
        const b = g.sigma.graphToViewport(g.graph.getNodeAttributes(g.graph.target(id)));
        const length = Math.hypot(b.x - a.x, b.y - a.y);
        return {x: box.left + (a.x + b.x) / 2 - (b.y - a.y) / length * across,
                y: box.top + (a.y + b.y) / 2 + (b.x - a.x) / length * across};
    }""", [predicate, across])


@pytest.fixture(scope="module")
def big_page() -> str:
    return to_html(synthetic_relations(BIG), max_nodes=None)


def test_big_page_draws_with_webgl(open_page, big_page):
    loaded = open_page(big_page, timeout=120_000)
    page = loaded.page
    assert loaded.errors == [] and loaded.requests == []
    assert page.evaluate("window.kgGraph.data.meta.renderer") == "webgl"
    assert page.evaluate("window.kgGraph.graph.order") == BIG
    assert page.locator("#graph canvas").count() >= 2  # sigma's WebGL layers and its labels
    assert page.is_hidden("#t-physics")
    # Flat programs (a vertex per node, two per edge), which a software GL draws 10x faster.
    assert page.evaluate("""() => {
        const classes = (name) => window.kgGraph.sigma.getSetting(name);
        return [classes('nodeProgramClasses').circle === window.Sigma.programs.NodePointProgram,
                classes('edgeProgramClasses').line === window.Sigma.programs.EdgeLineProgram];
    }""") == [True, True]
    edges = page.evaluate("window.kgGraph.graph.size")
    assert page.text_content("#counts") == (f"{edges:,} of {edges:,} edges, "
                                            f"{BIG:,} of {BIG:,} nodes shown")


def test_big_page_filters_and_shows_evidence(open_page, big_page):
    page = open_page(big_page, timeout=120_000).page
    edges = shown(page, "edges")
    category = page.evaluate("window.kgGraph.data.meta.categories[0]")
    expected = page.evaluate("""(cat) => window.kgGraph.data.edges.filter(
        (e) => e.kg.rels.some((i) => window.kgGraph.data.rels[i].cat !== cat)).length""", category)
    page.click(f"#f-cat label:has(input[value='{category}'])")
    assert expected < edges
    assert shown(page, "edges") == expected
    page.click("#reset")
    assert shown(page, "edges") == edges

    page.fill("#search", "Actor 12345")
    page.press("#search", "Enter")
    assert page.locator("#panel h2").text_content() == "Actor 12345"
    page.locator("#panel ul.rels button").first.click()
    card = page.locator("#panel article.ev").first
    assert "Actor 12345" in card.locator("blockquote").text_content()
    assert "example.org" in card.locator("a").get_attribute("href")


def test_auto_picks_the_renderer_by_size():
    def renderer(page: str) -> str:
        return "webgl" if '"renderer":"webgl"' in page else "pyvis"

    assert renderer(to_html(SUMMIT)) == "pyvis"
    assert renderer(to_html(SUMMIT, renderer="webgl")) == "webgl"
    assert renderer(to_html(synthetic_relations(WEBGL_MIN_NODES), max_nodes=None)) == "webgl"
    assert renderer(to_html(synthetic_relations(WEBGL_MIN_NODES), max_nodes=None,
                            renderer="pyvis")) == "pyvis"


def test_small_webgl_page_answers_clicks(open_page):
    loaded = open_page(to_html(SUMMIT, renderer="webgl"))
    page = loaded.page
    assert loaded.errors == []
    point = node_point(page, RUTTE.id)
    page.mouse.click(point["x"], point["y"])
    assert page.locator("#panel h2").text_content() == "Mark Rutte"
    page.click("#panel button:has-text('Donald Trump')")
    assert page.locator("#panel article.ev").count() == 2
    assert "Mark Rutte met Donald Trump before the summit dinner." in page.text_content("#panel")
    a, b = node_point(page, RUTTE.id), node_point(page, TRUMP.id)
    page.mouse.click(20, 20)  # the empty corner: back to the help text
    page.mouse.click((a["x"] + b["x"]) / 2, (a["y"] + b["y"]) / 2)  # the MEET edge's middle
    assert page.locator("#panel article.ev").count() == 2
    page.fill("#search", "north atlantic")
    page.press("#search", "Enter")
    assert page.evaluate("window.kgGraph.view.selected().nodes") == [NATO.id]
    for toggle in ("#t-node-labels", "#t-edge-labels", "#fit"):
        page.click(toggle)
    page.wait_for_timeout(500)
    assert loaded.errors == []


def test_a_click_just_beside_an_edge_takes_it(open_page):
    page = open_page(to_html(SUMMIT, renderer="webgl")).page
    point = edge_point(page, "SANCTION", across=3)
    page.mouse.click(point["x"], point["y"])
    assert "The European Union imposed new sanctions on Russia." in page.text_content("#panel")


def test_quick_clicks_on_two_edges_select_each_and_keep_the_view(open_page):
    page = open_page(to_html(SUMMIT, renderer="webgl")).page
    camera = "JSON.stringify(window.kgGraph.sigma.getCamera().getState())"
    before = page.evaluate(camera)
    for predicate, sentence in [("SANCTION", "The European Union imposed new sanctions"),
                                ("AIRSTRIKE", "Russia launched air strikes on Ukraine")]:
        point = edge_point(page, predicate)
        page.mouse.click(point["x"], point["y"])  # well within sigma's 300 ms double click
        assert sentence in page.text_content("#panel")
    page.wait_for_timeout(400)  # a double-click zoom would be under way
    assert page.evaluate(camera) == before
