/* kg graph page: draws the graph from the JSON block, then runs the filters, the search and
 * the evidence panel.
 *
 * Drawing is a view ("graph" below) with a small interface, so the rest of this file serves both renderers:
 * visView below (vis-network, for small graphs) and window.kgWebglView (graph-webgl.js, sigma.js
 * on WebGL, for big ones). A view has setHidden(nodeUpdates, edgeUpdates) taking [{id, hidden}],
 * selectNode(id), selectEdge(id), selected() -> {nodes, edges}, focus(id), fit(),
 * setPhysics(on), setNodeLabels(on), setEdgeLabels(on), onClick(fn({node, edge})),
 * whenDrawn(fn) and an "exposed" object for window.kgGraph.
 *
 * Every string that came from an article (names, sentences, titles, URLs, predicates...) reaches
 * the page through textContent, Node.append(string) or a DOM property, never through innerHTML,
 * and vis-network's tooltips get plain text (it sets them with innerText).
 */
(function () {
  "use strict";

  const timings = { start: performance.now() };  // read by bench/html.py
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  timings.parsed = performance.now();
  const meta = data.meta;
  const rels = data.rels;  // on a WebGL page only the fields the filters and the map read
  let evidenceRows = null;
  // One relation with everything the panel shows: a WebGL page keeps the rest of each row in
  // a second JSON block, parsed the first time a relation is opened.
  function relAt(index) {
    const extra = document.getElementById("kg-evidence");
    if (!extra) return rels[index];
    if (evidenceRows === null) evidenceRows = JSON.parse(extra.textContent);
    return Object.assign({}, rels[index], evidenceRows[index]);
  }
  const docs = data.docs;
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
  const NODE_FONT = 14;
  const EDGE_FONT = 11;
  const LINK_PROTOCOLS = ["http:", "https:", "file:"];
  const TYPE_NAMES = {
    STATE: "State", IGO: "International organisation", PERSON: "Person", PARTY: "Party",
    ARMED_GROUP: "Armed group", ORG: "Organisation", OTHER: "Other", QUANTITY: "Quantity (value)",
  };
  const QUAD_NAMES = {
    verbal_cooperation: "Verbal cooperation", material_cooperation: "Material cooperation",
    verbal_conflict: "Verbal conflict", material_conflict: "Material conflict",
  };
  const NON_EVENT = "non-event";
  const SUGGESTIONS_MAX = 2000;  // names offered under the search box

  // ---- small DOM helpers (text only) ------------------------------------------------------
  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (value === null || value === undefined || value === false) continue;
        if (key === "class") node.className = value;
        else if (key === "text") node.textContent = String(value);
        else if (key.slice(0, 2) === "on") node.addEventListener(key.slice(2), value);
        else node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    for (const child of [].concat(children === undefined ? [] : children)) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function fmt(n) { return Number(n).toLocaleString("en-US"); }
  function plural(n, word) { return fmt(n) + " " + word + (n === 1 ? "" : "s"); }
  function dayToIso(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }
  // Lookups keyed by article data must not find Object.prototype's "constructor" & co.
  function own(table, key) { return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined; }
  function typeName(type) { return own(TYPE_NAMES, type) || String(type); }
  function quadOf(cat) { return own(meta.quads, cat) || null; }
  function categoryColor(cat) {
    const quad = quadOf(cat);
    return quad ? meta.quadColors[quad] : meta.nonEventColor;
  }
  function shade(hex, factor) {
    const channel = (i) => Math.round(parseInt(hex.slice(i, i + 2), 16) * factor).toString(16).padStart(2, "0");
    return "#" + channel(1) + channel(3) + channel(5);
  }
  function safeHref(href) {
    if (!href) return null;
    try {
      const url = new URL(href, document.baseURI);
      return LINK_PROTOCOLS.indexOf(url.protocol) >= 0 ? url.href : null;
    } catch (err) {
      return null;
    }
  }

  const SVG = "http://www.w3.org/2000/svg";
  function svgShape(shape, fill, border, size) {
    const s = size || 14;
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", s);
    svg.setAttribute("height", s);
    svg.setAttribute("viewBox", "0 0 14 14");
    svg.setAttribute("aria-hidden", "true");
    let shapeEl;
    const poly = (points) => {
      const p = document.createElementNS(SVG, "polygon");
      p.setAttribute("points", points);
      return p;
    };
    if (shape === "dot") {
      shapeEl = document.createElementNS(SVG, "circle");
      shapeEl.setAttribute("cx", 7); shapeEl.setAttribute("cy", 7); shapeEl.setAttribute("r", 6);
    } else if (shape === "square" || shape === "box") {
      shapeEl = document.createElementNS(SVG, "rect");
      shapeEl.setAttribute("x", 1.5); shapeEl.setAttribute("y", shape === "box" ? 3 : 1.5);
      shapeEl.setAttribute("width", 11); shapeEl.setAttribute("height", shape === "box" ? 8 : 11);
      shapeEl.setAttribute("rx", shape === "box" ? 2 : 0);
    } else if (shape === "hexagon") {
      shapeEl = poly("7,0.8 12.6,4 12.6,10 7,13.2 1.4,10 1.4,4");
    } else if (shape === "diamond") {
      shapeEl = poly("7,0.8 13.2,7 7,13.2 0.8,7");
    } else if (shape === "triangle") {
      shapeEl = poly("7,1 13.2,12.5 0.8,12.5");
    } else if (shape === "triangleDown") {
      shapeEl = poly("0.8,1.5 13.2,1.5 7,13");
    } else {
      shapeEl = document.createElementNS(SVG, "circle");
      shapeEl.setAttribute("cx", 7); shapeEl.setAttribute("cy", 7); shapeEl.setAttribute("r", 6);
    }
    shapeEl.setAttribute("fill", fill);
    shapeEl.setAttribute("stroke", border);
    shapeEl.setAttribute("stroke-width", 1.2);
    svg.appendChild(shapeEl);
    return svg;
  }
  function svgLine(color, dashed, width) {
    const svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", 26);
    svg.setAttribute("height", 10);
    svg.setAttribute("aria-hidden", "true");
    const line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", 1); line.setAttribute("y1", 5); line.setAttribute("x2", 25); line.setAttribute("y2", 5);
    line.setAttribute("stroke", color);
    line.setAttribute("stroke-width", width || 2.5);
    if (dashed) line.setAttribute("stroke-dasharray", "4 3");
    svg.appendChild(line);
    return svg;
  }
  function nodeIcon(type) {
    const style = own(meta.nodeStyles, type) || meta.nodeStyles.OTHER;
    return svgShape(style[0], style[1], type === "QUANTITY" ? "#c9a227" : "rgba(0,0,0,.45)");
  }

  // ---- the graph --------------------------------------------------------------------------
  const nodeById = new Map();
  const edgeById = new Map();
  const edgesOf = new Map();
  for (const node of data.nodes) {
    nodeById.set(node.id, node);
    edgesOf.set(node.id, []);
  }
  for (const edge of data.edges) {
    edgeById.set(edge.id, edge);
    edgesOf.get(edge.from).push(edge);
    if (edge.to !== edge.from) edgesOf.get(edge.to).push(edge);
  }
  const big = !!meta.big;
  const helpers = { categoryColor: categoryColor, shade: shade, nodeById: nodeById, timings: timings };
  const container = document.getElementById("graph");
  let graph = null;  // made once the controls are built: sigma measures its box only then

  // vis-network, for graphs below the WebGL threshold.
  function visView(container) {
    const edgeColors = {};
    for (const quad of Object.keys(meta.quadColors).concat(["none"])) {
      const color = meta.quadColors[quad] || meta.nonEventColor;
      edgeColors[quad] = { color: color, highlight: shade(color, 0.7), hover: shade(color, 0.7), inherit: false };
    }
    // vis items are plain copies of the data: the DataSets own them, the panels read data.*.
    // Tooltips are plain strings (vis-network sets them with innerText); big graphs skip them.
    const nodeItems = data.nodes.map((node) => {
      const item = Object.assign({}, node);
      if (!big) item.title = node.label + " \u00b7 " + typeName(node.kg.type) + " \u00b7 click for relations";
      return item;
    });
    const edgeItems = data.edges.map((edge) => {
      const item = Object.assign({}, edge);
      item.color = edgeColors[edge.kg.quad || "none"];
      if (!big) {
        item.title = nodeById.get(edge.from).label + " \u2192 " + edge.kg.pred + " \u2192 "
          + nodeById.get(edge.to).label + " \u00b7 " + plural(edge.kg.rels.length, "sentence");
      }
      return item;
    });
    const nodes = new vis.DataSet(nodeItems);
    const edges = new vis.DataSet(edgeItems);

    const simulate = meta.layout === "physics";
    const options = {
      autoResize: true,
      layout: { improvedLayout: !big && data.nodes.length <= 150, randomSeed: 7 },
      physics: {
        enabled: simulate || !!meta.physics,
        solver: "forceAtlas2Based",
        forceAtlas2Based: {
          gravitationalConstant: -110, centralGravity: 0.012, springLength: 150,
          springConstant: 0.06, damping: 0.5, avoidOverlap: 0.5,
        },
        stabilization: simulate ? { enabled: true, iterations: 400, updateInterval: 50, fit: true } : false,
        minVelocity: 1,
      },
      groups: meta.groups,
      nodes: {
        font: { face: FONT, size: NODE_FONT, color: "#1f2328", strokeWidth: 3, strokeColor: "#ffffff" },
        borderWidth: 1.5,
        borderWidthSelected: 3,
      },
      edges: {
        smooth: false,
        arrows: { to: { enabled: true, scaleFactor: 0.55 } },
        arrowStrikethrough: false,
        font: {
          face: FONT, size: big ? 0 : EDGE_FONT, color: "#57606a", strokeWidth: 3,
          strokeColor: "#ffffff", align: "middle",
        },
        selectionWidth: 2,
        hoverWidth: 0.5,
      },
      interaction: {
        hover: !big,
        tooltipDelay: 300,
        hideEdgesOnDrag: big,
        hideEdgesOnZoom: big,
        keyboard: false,
        navigationButtons: false,
      },
    };
    timings.dataSets = performance.now();
    const network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
    timings.network = performance.now();
    return {
      setHidden(nodeUpdates, edgeUpdates) {
        if (edgeUpdates.length) edges.update(edgeUpdates);
        if (nodeUpdates.length) nodes.update(nodeUpdates);
      },
      selectNode(id) { network.selectNodes([id]); },
      selectEdge(id) { network.selectEdges([id]); },
      selected() { return { nodes: network.getSelectedNodes(), edges: network.getSelectedEdges() }; },
      focus(id) {
        network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 450, easingFunction: "easeInOutQuad" } });
      },
      fit() { network.fit({ animation: { duration: 400 } }); },
      setPhysics(on) { network.setOptions({ physics: { enabled: on, stabilization: false } }); },
      setNodeLabels(on) { network.setOptions({ nodes: { font: { size: on ? NODE_FONT : 0 } } }); },
      setEdgeLabels(on) { network.setOptions({ edges: { font: { size: on ? EDGE_FONT : 0 } } }); },
      onClick(handler) {
        network.on("click", (params) => handler({ node: params.nodes[0], edge: params.nodes.length ? undefined : params.edges[0] }));
      },
      whenDrawn(done) {
        const drawn = () => { network.once("afterDrawing", done); network.redraw(); };
        if (simulate && data.nodes.length) {
          network.once("stabilizationIterationsDone", () => {
            network.setOptions({ physics: { enabled: !!meta.physics, stabilization: false } });
            network.fit();
            drawn();
          });
        } else {
          network.fit();
          drawn();
        }
      },
      exposed: { nodes: nodes, edges: edges, network: network },
    };
  }

  // ---- filters ----------------------------------------------------------------------------
  const relCount = { cat: new Map(), pred: new Map() };
  for (const rel of rels) {
    relCount.cat.set(rel.cat, (relCount.cat.get(rel.cat) || 0) + 1);
    relCount.pred.set(rel.pred, (relCount.pred.get(rel.pred) || 0) + 1);
  }
  const typeCount = new Map();
  for (const node of data.nodes) typeCount.set(node.kg.type, (typeCount.get(node.kg.type) || 0) + 1);

  const state = {
    cat: new Set(meta.categories),
    pred: new Set(meta.predicates),
    type: new Set(meta.types),
    conf: meta.minConfidence || 0,  // relations below it are in the page, hidden at first
    from: meta.dayMin,
    to: meta.dayMax,
    geo: null,  // a country's ISO numeric code: only events located there, set from the map
  };
  const checkboxes = { cat: [], pred: [], type: [] };

  function checkbox(group, value, label, icon, count) {
    const input = el("input", { type: "checkbox", value: value, "data-group": group });
    input.checked = true;
    input.addEventListener("change", () => {
      if (input.checked) state[group].add(value); else state[group].delete(value);
      applyFilters();
    });
    checkboxes[group].push(input);
    return el("label", null, [input, icon, el("span", { text: label }), el("span", { class: "n", text: fmt(count) })]);
  }

  function buildFilters() {
    const catBox = document.getElementById("f-cat");
    let lastQuad;
    for (const cat of meta.categories) {
      const quad = quadOf(cat) || NON_EVENT;
      if (quad !== lastQuad) {
        catBox.append(el("div", { class: "group", text: QUAD_NAMES[quad] || "Not an event" }));
        lastQuad = quad;
      }
      const swatch = el("span", { class: "swatch" + (quad === NON_EVENT ? " dashed" : "") });
      swatch.style.background = categoryColor(cat);
      catBox.append(checkbox("cat", cat, cat === NON_EVENT ? "non-event (roles, numbers)" : cat, swatch, relCount.cat.get(cat)));
    }
    const predBox = document.getElementById("f-pred");
    for (const pred of meta.predicates) predBox.append(checkbox("pred", pred, pred, null, relCount.pred.get(pred)));
    const typeBox = document.getElementById("f-type");
    for (const type of meta.types) typeBox.append(checkbox("type", type, typeName(type), nodeIcon(type), typeCount.get(type)));

    for (const button of document.querySelectorAll("[data-all],[data-none]")) {
      button.addEventListener("click", () => {
        const group = button.getAttribute("data-all") || button.getAttribute("data-none");
        const on = button.hasAttribute("data-all");
        for (const input of checkboxes[group]) {
          input.checked = on;
          if (on) state[group].add(input.value); else state[group].delete(input.value);
        }
        applyFilters();
      });
    }

    const conf = document.getElementById("f-conf");
    const confOut = document.getElementById("conf-out");
    conf.value = state.conf; confOut.textContent = state.conf.toFixed(2);
    conf.addEventListener("input", () => {
      state.conf = Number(conf.value);
      confOut.textContent = state.conf.toFixed(2);
      applyFilters();
    });

    const from = document.getElementById("f-from");
    const to = document.getElementById("f-to");
    if (meta.dayMin === null) {
      document.getElementById("date-box").hidden = true;
    } else {
      for (const input of [from, to]) {
        input.min = meta.dayMin;
        input.max = meta.dayMax;
        input.disabled = meta.dayMin === meta.dayMax;
      }
      from.value = meta.dayMin;
      to.value = meta.dayMax;
      const show = () => {
        document.getElementById("from-out").textContent = dayToIso(state.from);
        document.getElementById("to-out").textContent = dayToIso(state.to);
      };
      from.addEventListener("input", () => {
        state.from = Number(from.value);
        if (state.from > state.to) { state.to = state.from; to.value = state.to; }
        show(); applyFilters();
      });
      to.addEventListener("input", () => {
        state.to = Number(to.value);
        if (state.to < state.from) { state.from = state.to; from.value = state.from; }
        show(); applyFilters();
      });
      show();
    }

    document.getElementById("reset").addEventListener("click", () => {
      for (const group of ["cat", "pred", "type"]) {
        state[group] = new Set(meta[group === "cat" ? "categories" : group === "pred" ? "predicates" : "types"]);
        for (const input of checkboxes[group]) input.checked = true;
      }
      state.conf = meta.minConfidence || 0; conf.value = state.conf;
      confOut.textContent = state.conf.toFixed(2);
      if (meta.dayMin !== null) {
        state.from = meta.dayMin; state.to = meta.dayMax; from.value = state.from; to.value = state.to;
        document.getElementById("from-out").textContent = dayToIso(state.from);
        document.getElementById("to-out").textContent = dayToIso(state.to);
      }
      applyFilters();
    });
  }

  function relPasses(index) {
    const rel = rels[index];
    return state.cat.has(rel.cat) && state.pred.has(rel.pred) && rel.conf >= state.conf - 1e-9
      && (rel.day === undefined || state.from === null || (rel.day >= state.from && rel.day <= state.to))
      && (state.geo === null || rel.geo === state.geo);
  }

  const hiddenNodes = new Set();
  const hiddenEdges = new Set();
  let shown = { nodes: data.nodes.length, edges: data.edges.length };

  function applyFilters() {
    const seen = new Set();
    const edgeUpdates = [];
    let edgeCount = 0;
    for (const edge of data.edges) {
      const show = state.type.has(nodeById.get(edge.from).kg.type)
        && state.type.has(nodeById.get(edge.to).kg.type)
        && edge.kg.rels.some(relPasses);
      if (show) { edgeCount += 1; seen.add(edge.from); seen.add(edge.to); }
      if (hiddenEdges.has(edge.id) === show) {
        if (show) hiddenEdges.delete(edge.id); else hiddenEdges.add(edge.id);
        edgeUpdates.push({ id: edge.id, hidden: !show });
      }
    }
    const nodeUpdates = [];
    let nodeCount = 0;
    for (const node of data.nodes) {
      const show = state.type.has(node.kg.type) && (seen.has(node.id) || edgesOf.get(node.id).length === 0);
      if (show) nodeCount += 1;
      if (hiddenNodes.has(node.id) === show) {
        if (show) hiddenNodes.delete(node.id); else hiddenNodes.add(node.id);
        nodeUpdates.push({ id: node.id, hidden: !show });
      }
    }
    graph.setHidden(nodeUpdates, edgeUpdates);
    shown = { nodes: nodeCount, edges: edgeCount };
    showCounts();
    if (current) render(current);
  }

  function showCounts() {
    document.getElementById("counts").textContent =
      fmt(shown.edges) + " of " + fmt(data.edges.length) + " edges, "
      + fmt(shown.nodes) + " of " + fmt(data.nodes.length) + " nodes shown";
  }

  // ---- legend -----------------------------------------------------------------------------
  function buildLegend() {
    const legend = document.getElementById("legend");
    legend.append(el("h3", { text: "Nodes" }));
    for (const type of meta.types) {
      legend.append(el("span", { class: "item" }, [nodeIcon(type), typeName(type)]));
    }
    legend.append(el("span", { class: "item muted", text: "size = mentions" }), el("span", { class: "sep" }), el("h3", { text: "Edges" }));
    const quadsPresent = new Set(Object.values(meta.quads));
    for (const quad of Object.keys(QUAD_NAMES)) {
      if (quadsPresent.has(quad)) {
        legend.append(el("span", { class: "item" }, [svgLine(meta.quadColors[quad], false), QUAD_NAMES[quad]]));
      }
    }
    if (quadsPresent.has(null)) {
      legend.append(el("span", { class: "item" }, [svgLine(meta.nonEventColor, true), "Not an event (role, number)"]));
    }
    legend.append(el("span", { class: "item muted", text: "width = supporting sentences" }));
  }

  // ---- details panel ----------------------------------------------------------------------
  const panel = document.getElementById("panel-body");
  let current = null;

  function render(view) {
    current = view;
    clear(panel);
    if (view.kind === "edge") renderEdge(view);
    else if (view.kind === "node") renderNode(view);
    else renderHelp();
    panel.parentNode.scrollTop = 0;
  }

  function renderHelp() {
    const box = el("div", { class: "help" }, [
      el("h2", { text: "Reading the graph" }),
      el("p", { text: "Click an edge to read every sentence behind it, with its source, date and confidence. "
        + "Click an actor to list its relations." }),
      el("p", { text: "Filter on the left; the counts at the top say how much is shown. "
        + "Edges drawn once stand for all the sentences that report the same relation." }),
    ]);
    if (!data.nodes.length) box.append(el("p", { text: "There are no relations to show." }));
    panel.append(box);
  }

  function nodeName(id) { const node = nodeById.get(id); return node ? node.label : String(id); }

  function renderEdge(view) {
    const edge = edgeById.get(view.id);
    if (!edge) return renderHelp();
    if (view.back) {
      panel.append(el("button", { class: "back", type: "button", text: "\u2190 " + nodeName(view.back),
        onclick: () => { graph.selectNode(view.back); render({ kind: "node", id: view.back }); } }));
    }
    panel.append(el("h2", null, [
      nodeName(edge.from), el("span", { class: "arrow", text: " \u2192 " }), edge.kg.pred,
      el("span", { class: "arrow", text: " \u2192 " }), nodeName(edge.to),
    ]));
    const chip = el("span", { class: "chip" }, [svgLine(categoryColor(edge.kg.cat), edge.kg.cat === NON_EVENT, 3),
      " " + (edge.kg.cat === NON_EVENT ? "not an event" : edge.kg.cat)]);
    const passing = edge.kg.rels.filter(relPasses).length;
    const count = plural(edge.kg.rels.length, "supporting sentence")
      + (passing < edge.kg.rels.length ? " (" + fmt(passing) + " within the filters)" : "");
    panel.append(el("div", { class: "attrs" }, [chip, el("span", { class: "muted", text: count })]));
    for (const index of edge.kg.rels) panel.append(evidenceCard(index, edge));
  }

  function evidenceCard(index, edge) {
    const rel = relAt(index);
    const doc = docs[rel.doc];
    const quote = el("blockquote");
    const objectIsValue = nodeById.get(edge.to) && nodeById.get(edge.to).kg.type === "QUANTITY";
    for (const piece of rel.seg) {
      const text = piece[0];
      const role = piece[1];
      if (role === "s") quote.append(el("mark", { class: "s", title: "subject", text: text }));
      else if (role === "o") quote.append(el("mark", { class: objectIsValue ? "q" : "o", title: "object", text: text }));
      else quote.append(text);
    }
    const rows = [];
    const row = (label, value) => rows.push(el("dt", { text: label }), el("dd", null, value));
    let when;
    if (rel.date) {
      when = rel.date + (rel.gran && rel.gran !== "day" ? " (" + rel.gran + ")" : "");
    } else {
      when = "undated, published " + (doc.date || "on an unknown date");
    }
    row("Date", rel.dateText ? [when, el("span", { class: "muted", text: " \u201c" + rel.dateText + "\u201d" })] : when);
    const title = doc.title || doc.id;
    const href = safeHref(doc.href);
    if (href) {
      const link = el("a", { target: "_blank", rel: "noopener noreferrer", text: title });
      link.href = href;
      row("Source", link);
    } else if (doc.url) {
      row("Source", [title, el("span", { class: "muted", text: " (link not shown: " + doc.url + ")" })]);
    } else {
      row("Source", title);
    }
    if (doc.date && rel.date) row("Published", doc.date);
    const status = [];
    if (rel.neg) status.push(el("span", { class: "chip warn", text: "negated" }));
    if (rel.mod) status.push(el("span", { class: "chip info", text: rel.mod }));
    row("Status", status.length ? status : "asserted");
    row("Confidence", Number(rel.conf).toFixed(2));
    if (rel.attr) row("Attributed to", rel.attr);
    const quad = quadOf(rel.cat);
    row("Category", rel.cat === NON_EVENT ? "not an event" : rel.cat + (quad ? " (" + QUAD_NAMES[quad].toLowerCase() + ")" : ""));
    if (rel.pred !== edge.kg.pred) row("Predicate", rel.pred);
    if (rel.cameo) row("CAMEO", rel.cameo);
    if (rel.gold !== null && rel.gold !== undefined) row("Goldstein", (rel.gold > 0 ? "+" : "") + Number(rel.gold).toFixed(1));
    const card = el("article", { class: "ev" + (relPasses(index) ? "" : " filtered"), "data-rel": rel.id }, [quote, el("dl", { class: "meta" }, rows)]);
    if (!relPasses(index)) card.append(el("div", { class: "muted small", text: "outside the current filters" }));
    return card;
  }

  function renderNode(view) {
    const node = nodeById.get(view.id);
    if (!node) return renderHelp();
    const info = node.kg;
    panel.append(el("h2", { text: node.label }));
    const chips = [el("span", { class: "chip" }, [nodeIcon(info.type), " ", typeName(info.type)])];
    if (info.country) chips.push(el("span", { class: "chip", text: info.country }));
    if (info.sector) chips.push(el("span", { class: "chip", text: info.sector }));
    panel.append(el("div", { class: "attrs" }, chips));
    const rows = [];
    const row = (label, value) => rows.push(el("dt", { text: label }), el("dd", null, value));
    if (info.aliases && info.aliases.length) row("Also known as", info.aliases.join(", "));
    if (info.as && info.as.length) row(info.type === "QUANTITY" ? "Written as" : "Mentioned as", info.as.join(", "));
    if (info.type !== "QUANTITY") {
      row("Mentions", fmt(info.score) + " (" + plural(info.ends, "relation end") + " + " + plural(info.mentions, "distinct mention") + ")");
    }
    if (hiddenNodes.has(node.id)) row("Note", "hidden by the current filters");
    panel.append(el("dl", { class: "meta" }, rows));

    const groups = new Map();
    for (const edge of edgesOf.get(node.id)) {
      const out = edge.from === node.id;
      const key = (out ? "out " : "in ") + edge.kg.pred;
      if (!groups.has(key)) groups.set(key, { out: out, pred: edge.kg.pred, edges: [] });
      groups.get(key).edges.push(edge);
    }
    panel.append(el("h3", { text: "Relations (" + fmt(edgesOf.get(node.id).length) + ")" }));
    const keys = Array.from(groups.keys()).sort((a, b) => {
      const ga = groups.get(a); const gb = groups.get(b);
      return (gb.out - ga.out) || ga.pred.localeCompare(gb.pred);
    });
    for (const key of keys) {
      const group = groups.get(key);
      const heading = group.out ? group.pred + " \u2192" : "\u2190 " + group.pred;
      const list = el("ul", { class: "rels" });
      group.edges.sort((a, b) => b.kg.rels.length - a.kg.rels.length);
      for (const edge of group.edges) {
        const other = group.out ? edge.to : edge.from;
        const filtered = hiddenEdges.has(edge.id);
        const swatch = svgLine(categoryColor(edge.kg.cat), edge.kg.cat === NON_EVENT, 2.5);
        list.append(el("li", null, el("button", {
          type: "button", class: filtered ? "filtered" : null, "data-edge": edge.id,
          onclick: () => { graph.selectEdge(edge.id); render({ kind: "edge", id: edge.id, back: node.id }); },
        }, [swatch, el("span", { text: nodeName(other) }), el("span", { class: "n", text: "\u00d7" + fmt(edge.kg.rels.length) })])));
      }
      panel.append(el("div", { class: "muted small", text: heading }), list);
    }
  }

  // ---- search -----------------------------------------------------------------------------
  const searchIndex = data.nodes.map((node) => ({
    id: node.id,
    weight: node.kg.score || 0,
    names: [node.label].concat(node.kg.aliases || [], node.kg.as || []).map((s) => String(s).toLowerCase()),
  }));

  function findActor(query) {
    const q = query.trim().toLowerCase();
    if (!q) return null;
    let best = null;
    let bestRank = 9;
    let bestWeight = -1;
    for (const item of searchIndex) {
      for (let i = 0; i < item.names.length; i += 1) {
        const name = item.names[i];
        const rank = name === q ? (i === 0 ? 0 : 1) : name.startsWith(q) ? 2 : name.indexOf(q) >= 0 ? 3 : 9;
        if (rank < bestRank || (rank === bestRank && rank < 9 && item.weight > bestWeight)) {
          best = item.id; bestRank = rank; bestWeight = item.weight;
        }
      }
    }
    return best;
  }

  function focusActor(id) {
    graph.selectNode(id);
    graph.focus(id);
    render({ kind: "node", id: id });
  }

  function buildSearch() {
    const input = document.getElementById("search");
    const message = document.getElementById("search-msg");
    const list = document.getElementById("actor-names");
    const seen = new Set();
    // Suggestions for the first actors only (nodes come by mentions, highest first): a list of
    // tens of thousands is no help to scroll and costs the big page its start-up time.
    for (const node of data.nodes) {
      if (seen.size >= SUGGESTIONS_MAX) break;
      if (node.kg.type === "QUANTITY" || seen.has(node.label)) continue;
      seen.add(node.label);
      list.append(el("option", { value: node.label }));
    }
    const go = () => {
      const id = findActor(input.value);
      if (!id) { message.textContent = input.value.trim() ? "No actor matches." : ""; return; }
      message.textContent = hiddenNodes.has(id) ? nodeName(id) + " is hidden by the current filters." : "";
      focusActor(id);
    };
    input.addEventListener("keydown", (event) => { if (event.key === "Enter") go(); });
    input.addEventListener("change", go);
    document.getElementById("search-go").addEventListener("click", go);
  }

  // ---- view toggles -----------------------------------------------------------------------
  function buildToggles() {
    const physics = document.getElementById("t-physics");
    physics.checked = !!meta.physics;
    physics.addEventListener("change", () => graph.setPhysics(physics.checked));
    if (meta.renderer === "webgl") physics.parentNode.style.display = "none";  // sigma simulates nothing
    const nodeLabels = document.getElementById("t-node-labels");
    nodeLabels.addEventListener("change", () => graph.setNodeLabels(nodeLabels.checked));
    const edgeLabels = document.getElementById("t-edge-labels");
    edgeLabels.checked = !big;
    edgeLabels.addEventListener("change", () => graph.setEdgeLabels(edgeLabels.checked));
    document.getElementById("fit").addEventListener("click", () => graph.fit());
  }

  // ---- map ----------------------------------------------------------------------------------
  // world-atlas outlines drawn with d3-geo; a country with located events is clickable and
  // filters the graph to its events (state.geo), as does a point; "All countries" undoes it.
  function buildMap() {
    const box = document.getElementById("map-box");
    const svg = document.getElementById("map");
    const worldNode = document.getElementById("kg-world");
    const located = rels.filter((rel) => rel.geo !== undefined);
    if (!window.d3 || !window.topojson || !worldNode || !located.length) { box.hidden = true; return; }
    const NS = "http://www.w3.org/2000/svg";
    const world = JSON.parse(worldNode.textContent);
    const countries = window.topojson.feature(world, world.objects.countries);
    const projection = window.d3.geoNaturalEarth1().fitSize([960, 420], countries);
    const path = window.d3.geoPath(projection);
    const withEvents = new Map();
    for (const rel of located) withEvents.set(rel.geo, (withEvents.get(rel.geo) || 0) + 1);
    const message = document.getElementById("map-msg");
    const all = document.getElementById("map-all");
    const shapes = [];
    function select(geo, name) {
      state.geo = state.geo === geo ? null : geo;
      for (const shape of shapes) shape.classList.toggle("selected", shape.getAttribute("data-geo") === state.geo);
      all.hidden = state.geo === null;
      message.textContent = state.geo === null ? "Click a country to show only its events."
        : "Only events in " + name + " (" + plural(withEvents.get(geo) || 0, "report") + ").";
      applyFilters();
    }
    for (const feature of countries.features) {
      const shape = document.createElementNS(NS, "path");
      shape.setAttribute("d", path(feature) || "");
      shape.setAttribute("class", "country" + (withEvents.has(feature.id) ? " has-events" : ""));
      if (feature.id !== undefined) shape.setAttribute("data-geo", feature.id);
      const name = (feature.properties && feature.properties.name) || "";
      const title = document.createElementNS(NS, "title");
      title.textContent = name + (withEvents.has(feature.id) ? ": " + plural(withEvents.get(feature.id), "report") : "");
      shape.append(title);
      if (withEvents.has(feature.id)) shape.addEventListener("click", () => select(feature.id, name));
      svg.append(shape);
      shapes.push(shape);
    }
    const names = new Map(countries.features.map((f) => [f.id, (f.properties && f.properties.name) || f.id]));
    for (const rel of located) {
      if (typeof rel.lat !== "number" || typeof rel.lon !== "number") continue;
      const xy = projection([rel.lon, rel.lat]);
      if (!xy) continue;
      const dot = document.createElementNS(NS, "circle");
      dot.setAttribute("class", "event");
      dot.setAttribute("cx", xy[0].toFixed(1));
      dot.setAttribute("cy", xy[1].toFixed(1));
      dot.setAttribute("r", "3");
      dot.setAttribute("data-geo", rel.geo);
      const title = document.createElementNS(NS, "title");
      title.textContent = rel.loc || "";
      dot.append(title);
      dot.addEventListener("click", () => select(rel.geo, names.get(rel.geo) || rel.loc));
      svg.append(dot);
    }
    all.addEventListener("click", () => select(state.geo, ""));
  }

  // ---- events and start-up ----------------------------------------------------------------
  buildFilters();
  buildLegend();
  timings.filters = performance.now();
  buildSearch();
  timings.search = performance.now();
  buildToggles();
  buildMap();
  timings.map = performance.now();
  graph = meta.renderer === "webgl" ? window.kgWebglView(container, data, helpers) : visView(container);
  timings.view = performance.now();
  graph.onClick((hit) => {
    if (hit.node !== undefined) render({ kind: "node", id: hit.node });
    else if (hit.edge !== undefined) render({ kind: "edge", id: hit.edge });
    else render({ kind: "help" });
  });

  render({ kind: "help" });
  if (state.conf > 0) applyFilters(); else showCounts();
  timings.controls = performance.now();

  window.kgGraph = Object.assign({
    view: graph, data: data, state: state,
    applyFilters: applyFilters, focusActor: focusActor, findActor: findActor, show: render,
  }, graph.exposed);

  graph.whenDrawn(() => {
    document.getElementById("loading").hidden = true;
    timings.ready = performance.now();
    window.kgTimings = timings;
    window.kgReady = true;
    // Also in the DOM: waiting on a selector needs no eval, which the page's CSP forbids.
    document.documentElement.setAttribute("data-kg-ready", "");
  });
})();
