"""kg.visualize without a browser: the page is self-contained, carries the graph, escapes data."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import KGError
from kg.model import Actor, Mention, Quantity, Relation
from kg.visualize import InvalidOption, display, to_html

PAYLOADS = [
    "<script>window.__pwned=1</script>",
    "</script><script>window.__pwned=1</script>",
    '"><img src=x onerror="window.__pwned=1">',
    "it's \"quoted\" & <b>bold</b> \u2028 \u2029 <!-- -->",
]
UNSAFE_URLS = [
    "javascript:window.__pwned=1",
    "  JavaScript:window.__pwned=1",
    "java\tscript:window.__pwned=1",
    "data:text/html,<script>window.__pwned=1</script>",
    "vbscript:msgbox(1)",
]


def mention(name: str, type: str = "STATE", start: int = 0, **fields) -> Mention:
    return Mention(Actor.create(name, type, **fields), name, start, start + len(name))


def relation(subject: Mention, predicate: str, obj, sentence: str, *, category="CONSULT",
             doc="doc-1", sentence_start=0, **fields) -> Relation:
    return Relation(subject=subject, predicate=predicate, object=obj, doc=doc, sentence=sentence,
                    sentence_start=sentence_start, category=category, **fields)


def page_data(page: str) -> dict:
    """The graph the page draws, read back from its JSON block."""
    match = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert match, "no data block"
    return json.loads(match.group(1))


@pytest.fixture
def summit() -> list[Relation]:
    rutte = mention("Mark Rutte", "PERSON")
    trump = mention("Donald Trump", "PERSON", start=15)
    nato = mention("NATO", "IGO")
    sentence = "Mark Rutte met Donald Trump in The Hague."
    meets = [relation(rutte, "MEET", trump, sentence, doc=f"doc-{i}", date=date(2025, 6, 20 + i),
                      doc_title=f"Summit day {i}", doc_url=f"https://example.org/{i}")
             for i in range(3)]
    target = relation(nato, "TARGET", Quantity(3.0, "%", "3%", 14, 16, ">="),
                      "NATO set a 3% goal.", category=None)
    role = relation(rutte, "SECRETARY_GENERAL_OF", nato, "NATO chief Mark Rutte spoke.",
                    category=None)
    return meets + [target, role]


def test_page_is_self_contained(summit):
    page = to_html(summit)
    assert not re.search(r"<script[^>]*\bsrc\s*=", page, re.I)
    assert not re.search(r"<link\b", page, re.I)
    assert not re.search(r"@import", page, re.I)
    assert not re.search(r"url\(\s*['\"]?\s*(https?:)?//", page, re.I)
    assert not re.search(r"<(img|iframe|audio|video|source|embed|object)\b", page, re.I)
    assert "vis.Network" in page and "new vis.DataSet" in page  # vis-network inlined, not fetched


def test_page_forbids_fetches_and_foreign_scripts(summit):
    page = to_html(summit)
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1)
    assert "default-src 'none'" in policy and "'unsafe-inline'" not in policy.split("style-src")[0]
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    assert len(scripts) == 3  # vis-network, the map's d3-geo and topojson, kg
    for script in scripts:
        digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in policy


def test_page_carries_the_graph(summit):
    data = page_data(to_html(summit, title="Summit"))
    labels = {node["label"] for node in data["nodes"]}
    assert labels == {"Mark Rutte", "Donald Trump", "NATO", "≥3%"}
    edges = {(edge["from"], edge["kg"]["pred"], edge["to"]) for edge in data["edges"]}
    assert ("person:mark-rutte", "MEET", "person:donald-trump") in edges
    sentences = {"".join(piece for piece, _ in rel["seg"]) for rel in data["rels"]}
    assert "Mark Rutte met Donald Trump in The Hague." in sentences
    assert data["meta"]["categories"] == ["CONSULT", "non-event"]


def test_parallel_relations_become_one_edge_with_all_evidence(summit):
    data = page_data(to_html(summit))
    meet = next(edge for edge in data["edges"] if edge["kg"]["pred"] == "MEET")
    assert meet["label"] == "MEET ×3"
    assert len(meet["kg"]["rels"]) == 3
    assert meet["width"] > next(e for e in data["edges"] if e["kg"]["pred"] == "TARGET")["width"]
    assert [data["rels"][i]["date"] for i in meet["kg"]["rels"]] == [
        "2025-06-20", "2025-06-21", "2025-06-22"]


def test_quantity_is_a_value_node_on_a_dashed_edge(summit):
    data = page_data(to_html(summit))
    value = next(node for node in data["nodes"] if node["kg"]["type"] == "QUANTITY")
    assert value["label"] == "≥3%" and value["group"] == "QUANTITY"
    target = next(edge for edge in data["edges"] if edge["to"] == value["id"])
    assert target["kg"]["pred"] == "TARGET" and target["dashes"] is True
    assert target["kg"]["quad"] is None


def test_same_value_of_two_actors_is_two_boxes():
    three = Quantity(3.0, "%", "3%", 10, 12)
    relations = [relation(mention(name), "TARGET", three, f"{name} aims at 3% now.", category=None)
                 for name in ("Poland", "Latvia")]
    data = page_data(to_html(relations))
    assert [node["label"] for node in data["nodes"]].count("3%") == 2


@pytest.mark.parametrize("payload", PAYLOADS)
def test_article_strings_cannot_close_the_script(payload):
    evil = mention(payload, "PERSON", aliases=(payload,))
    other = mention("Kenya", start=len(payload) + 5)
    rel = relation(evil, "MEET", other, f"{payload} met Kenya.", doc_title=payload,
                   date_text=payload, attributed_to=evil.actor)
    page = to_html([rel], title=payload)
    # the graph's and the world's JSON blocks, vis-network, the map's libraries, kg
    assert page.lower().count("<script") == 5
    assert page.lower().count("</script") == 5
    assert payload not in page  # escaped everywhere: HTML text in the title, \u003c in the JSON
    assert "<img" not in page
    scripts = "".join(re.findall(r"<script[^>]*>(.*?)</script>", page, re.S))
    assert "\u2028" not in scripts and "\u2029" not in scripts  # line ends to old JS parsers
    data = page_data(page)
    assert data["nodes"][0]["label"] == payload  # and the text survives intact
    assert data["docs"][0]["title"] == payload


@settings(max_examples=60, deadline=None)
@given(name=st.text(min_size=1), sentence=st.text(), title=st.text() | st.none())
def test_any_text_round_trips_and_stays_inside_its_script(name, sentence, title):
    subject = Mention(Actor.create(name, "PERSON"), name, 0, len(name))
    rel = relation(subject, "MEET", mention("Kenya"), sentence, doc_title=title)
    page = to_html([rel], title=name)
    assert page.lower().count("</script") == 5
    data = page_data(page)
    labels = {node["id"]: node["label"] for node in data["nodes"]}
    assert labels[subject.id] == name and data["docs"][0]["title"] == title
    assert "".join(piece for piece, _ in data["rels"][0]["seg"]) == sentence


@pytest.mark.parametrize("url", UNSAFE_URLS)
def test_code_urls_are_never_links(url):
    rel = relation(mention("Kenya"), "MEET", mention("Haiti", start=10), "Kenya met Haiti.",
                   doc_url=url)
    page = to_html([rel])
    assert not re.search(r"href\s*=\s*[\"']?\s*(java|vb)script:", page, re.I)
    assert not re.search(r"href\s*=\s*[\"']?\s*data:", page, re.I)
    doc = page_data(page)["docs"][0]
    assert doc["href"] is None and doc["url"] == url  # shown as text, not as a link


@pytest.mark.parametrize("url", ["https://example.org/a?b=1&c=2", "http://example.org/",
                                 "file:///tmp/article.html", "articles/1.html"])
def test_document_urls_that_navigate_are_links(url):
    rel = relation(mention("Kenya"), "MEET", mention("Haiti", start=10), "Kenya met Haiti.",
                   doc_url=url)
    assert page_data(to_html([rel]))["docs"][0]["href"] == url


@pytest.mark.parametrize("start, end, expected", [
    (0, 5, [["Kenya", "s"], [" will aid ", ""], ["Haiti", "o"], [".", ""]]),  # offsets fit
    (500, 505, [["Kenya", "s"], [" will aid ", ""], ["Haiti", "o"], [".", ""]]),  # found by text
    (-3, 2, [["Kenya", "s"], [" will aid ", ""], ["Haiti", "o"], [".", ""]]),
])
def test_subject_and_object_words_are_marked(start, end, expected):
    subject = Mention(Actor.create("Kenya", "STATE"), "Kenya", start, end)
    rel = relation(subject, "AID", mention("Haiti", start=15), "Kenya will aid Haiti.",
                   category="AID")
    assert page_data(to_html([rel]))["rels"][0]["seg"] == expected


def test_unfindable_mention_is_left_unmarked():
    subject = Mention(Actor.create("Kenya", "STATE"), "Nairobi", 400, 407)
    rel = relation(subject, "AID", mention("Haiti", start=15), "Kenya will aid Haiti.",
                   category="AID")
    assert page_data(to_html([rel]))["rels"][0]["seg"] == [["Kenya will aid ", ""], ["Haiti", "o"],
                                                           [".", ""]]


def test_evidence_carries_date_source_and_qualifiers():
    zelenskiy = mention("Zelenskiy", "PERSON")
    rel = relation(mention("Russia"), "AIRSTRIKE", mention("Ukraine", start=20),
                   "Russia struck Ukraine, Zelenskiy said.", category="FIGHT", cameo="195",
                   goldstein=-10.0, doc_date=date(2025, 6, 2), date_text="overnight",
                   negated=True, modality="reported", attributed_to=zelenskiy.actor,
                   confidence=0.42, doc_title="Overnight strikes")
    data = page_data(to_html([rel]))
    row = data["rels"][0]
    keys = ("cat", "cameo", "gold", "dateText", "neg", "mod", "attr", "conf")
    assert {key: row[key] for key in keys} == {
        "cat": "FIGHT", "cameo": "195", "gold": -10.0, "dateText": "overnight", "neg": True,
        "mod": "reported", "attr": "Zelenskiy", "conf": 0.42}
    assert "date" not in row  # undated: the page says "undated, published 2025-06-02"
    assert data["docs"][row["doc"]]["date"] == "2025-06-02"
    assert row["day"] == (date(2025, 6, 2) - date(1970, 1, 1)).days


def test_edge_of_denied_events_says_so():
    kenya, haiti = mention("Kenya"), mention("Haiti", start=20)
    denied = relation(kenya, "ATTACK", haiti, "Kenya did not attack Haiti.", category="FIGHT",
                      negated=True)
    assert page_data(to_html([denied]))["edges"][0]["label"] == "not ATTACK"
    both = [denied, denied.with_(negated=False, sentence_start=100)]
    assert page_data(to_html(both))["edges"][0]["label"] == "ATTACK ×2"


def test_input_is_not_mutated(summit):
    before = copy.deepcopy(summit)
    ids = [rel.id for rel in summit]
    to_html(summit, max_nodes=2)
    assert summit == before and [rel.id for rel in summit] == ids


def test_store_is_read_through_its_relations_method(summit):
    class Store:
        def relations(self):
            return iter(summit)

    assert page_data(to_html(Store())) == page_data(to_html(summit))


def many_actors(count: int) -> list[Relation]:
    hub = mention("Hub", "IGO")
    relations = []
    for i in range(count):
        spoke = mention(f"Actor {i:03d}", start=10)
        for _ in range(1 + i % 3):  # actors 2, 5, 8... are mentioned most
            relations.append(relation(spoke, "MEET", hub, f"Actor {i:03d} met Hub.",
                                      sentence_start=len(relations) * 40))
    return relations


def test_max_nodes_keeps_the_most_mentioned_and_says_so():
    page = to_html(many_actors(12), max_nodes=4)
    data = page_data(page)
    labels = [node["label"] for node in data["nodes"]]
    assert labels == ["Hub", "Actor 002", "Actor 005", "Actor 008"]
    note = ("showing the 4 most-mentioned of 13 actors (15 of 24 relations involve actors not "
            "shown); pass max_nodes=... / --max-nodes to change")
    assert note in page
    assert all(edge["to"] == "igo:hub" for edge in data["edges"])


def test_max_nodes_none_draws_everyone():
    page = to_html(many_actors(12), max_nodes=None)
    assert len(page_data(page)["nodes"]) == 13 and "most-mentioned" not in page


@pytest.mark.parametrize("bad", [0, -1, 2.5, "10", True])
def test_bad_max_nodes_is_refused(bad):
    with pytest.raises(InvalidOption, match="max_nodes .* is not a positive whole number"):
        to_html(many_actors(2), max_nodes=bad)


def test_non_relations_are_refused_with_the_fix():
    with pytest.raises(KGError, match=r"item 0 given to to_html is a dict.*Relation.from_row"):
        to_html([{"subject": "x"}])


def test_big_graphs_get_positions_and_no_physics():
    data = page_data(to_html(many_actors(400), max_nodes=None))
    assert data["meta"]["layout"] == "force" and data["meta"]["physics"] is False
    assert data["meta"]["big"] is True
    assert all("x" in node and "y" in node for node in data["nodes"])
    assert len({(node["x"], node["y"]) for node in data["nodes"]}) == len(data["nodes"])


def test_small_graphs_are_laid_out_by_the_browser(summit):
    data = page_data(to_html(summit))
    assert data["meta"]["layout"] == "physics"
    assert not any("x" in node for node in data["nodes"])


def test_layout_can_be_chosen(summit):
    data = page_data(to_html(summit, layout="force", physics=True))
    assert data["meta"]["layout"] == "force" and data["meta"]["physics"] is True
    with pytest.raises(InvalidOption, match="layout 'spring' not understood"):
        to_html(summit, layout="spring")


def test_writes_the_page_atomically(summit, tmp_path):
    target = tmp_path / "out" / "graph.html"
    page = to_html(summit, target)
    assert target.read_text(encoding="utf-8") == page
    assert [p.name for p in target.parent.iterdir()] == ["graph.html"]  # no temporary left over
    to_html(summit[:1], str(target))
    assert "Hague" in target.read_text(encoding="utf-8")


def test_empty_input_still_renders():
    data = page_data(to_html([]))
    assert data["nodes"] == [] and data["edges"] == []


def test_display_is_a_sandboxed_frame(summit):
    pytest.importorskip("IPython")
    frame = display(summit, title="</iframe><script>x</script>").data
    assert frame.startswith('<div class="kg-graph"><iframe srcdoc=')
    assert 'sandbox="allow-scripts' in frame  # the page's scripts cannot reach the notebook
    assert "<script" not in frame and "</iframe><script>" not in frame  # all inside the attribute
    assert frame.count("<iframe") == 1 and frame.endswith("</iframe></div>")
