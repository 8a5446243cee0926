/* kg graph page, WebGL view: sigma.js draws the graph (graphology holds it) for pages too big
 * for vis-network. graph.js calls window.kgWebglView(container, data, helpers) and drives the
 * returned view through the interface described at its top.
 *
 * Positions come from the page (kg.visualize.force_layout): nothing is simulated here. Labels are
 * drawn by sigma on a 2D canvas with fillText, so article text stays text.
 */
(function () {
  "use strict";

  const NODE_SCALE = 0.3;  // vis sizes (9-48 px radius at 100%) to sigma's smaller dots
  const EDGE_SCALE = 1;
  const SELECTED = "#111111";
  // Clickable edges cost a second drawing of every edge (sigma's picking layer): measured at
  // 20,000 nodes and 40,000 edges in headless Chromium, the first frame took 1.5-2 s longer.
  // Above this many edges the reader reaches an edge through its node's list in the panel.
  const EDGE_EVENTS_MAX = 10000;
  // Above it edges are also drawn as plain lines, without arrowheads (the panel still says which
  // way each relation goes): at 40,000 edges the first frame came 3 s sooner (7.8 s against
  // 11.0 s on a loaded 2-core host, software GL).
  // And above it nodes are points and edges 1 px GL lines (sigma's NodePointProgram and
  // EdgeLineProgram), not sigma's default instanced quads: a software GL (SwiftShader, what a
  // machine without a GPU has) draws instances one by one, and 60,000 instanced quads kept it
  // busy 1.0-1.3 s even when none was visible, against 0.11 s for the same vertices drawn flat.
  // The price: a point is at most the GL's largest point size (as little as 64 px on some GPUs),
  // so there a big node zoomed in far stops growing; at the first view the largest is 29 px.

  // Sigma picks an edge only where its thin line lands in a picking buffer drawn at half the
  // screen's resolution, so a click on the middle of a 1.5 px line often missed it (and rounding
  // the pointer to whole pixels made that a matter of luck); a click this near to a drawn edge
  // takes it, as on the vis-network page.
  const EDGE_HIT_PX = 5;

  window.kgWebglView = function (container, data, helpers) {
    const meta = data.meta;
    const graph = new window.graphology.MultiDirectedGraph();
    for (const node of data.nodes) {
      const style = meta.nodeStyles[node.kg.type] || meta.nodeStyles.OTHER;
      graph.addNode(node.id, {
        x: node.x || 0, y: -(node.y || 0),  // sigma's y axis points up, vis' down
        size: Math.max(2, (node.size || 12) * NODE_SCALE), color: style[1], label: node.label,
      });
    }
    for (const edge of data.edges) {
      const color = edge.kg.quad ? meta.quadColors[edge.kg.quad] : meta.nonEventColor;
      graph.addDirectedEdgeWithKey(edge.id, edge.from, edge.to, {
        size: (edge.width || 1.5) * EDGE_SCALE, color: color, label: edge.label,
      });
    }
    helpers.timings.dataSets = performance.now();

    const edgeEvents = data.edges.length <= EDGE_EVENTS_MAX;
    const hiddenNodes = new Set();
    const hiddenEdges = new Set();
    let selectedNode = null;
    let selectedEdge = null;
    const renderer = new window.Sigma(graph, container, {
      defaultEdgeType: edgeEvents ? "arrow" : "line",
      renderEdgeLabels: false,
      // While the camera moves only nodes are drawn: a software GL (no GPU) then keeps up.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      enableEdgeEvents: edgeEvents,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 12,
      labelRenderedSizeThreshold: 5,
      ...(edgeEvents ? {} : {
        nodeProgramClasses: { circle: window.Sigma.programs.NodePointProgram },
        edgeProgramClasses: { line: window.Sigma.programs.EdgeLineProgram },
      }),
      nodeReducer(id, attrs) {
        if (hiddenNodes.has(id)) return Object.assign({}, attrs, { hidden: true });
        if (id === selectedNode) return Object.assign({}, attrs, { highlighted: true, forceLabel: true });
        return attrs;
      },
      edgeReducer(id, attrs) {
        if (hiddenEdges.has(id)) return Object.assign({}, attrs, { hidden: true });
        if (id === selectedEdge) return Object.assign({}, attrs, { color: SELECTED, size: attrs.size + 1.5, forceLabel: true });
        return attrs;
      },
    });
    helpers.timings.network = performance.now();
    const camera = renderer.getCamera();

    // Redraw only what a new selection changes: the old and the new selected item.
    function select(node, edge) {
      const nodes = [selectedNode, node].filter((id) => id !== null && graph.hasNode(id));
      const edges = [selectedEdge, edge].filter((id) => id !== null && graph.hasEdge(id));
      selectedNode = node;
      selectedEdge = edge;
      renderer.refresh({ partialGraph: { nodes: nodes, edges: edges }, skipIndexation: true });
    }

    // The drawn edge nearest to a point of the viewport, if one is within EDGE_HIT_PX.
    function edgeNear(point) {
      if (!edgeEvents) return null;
      let best = null;
      let bestDistance = EDGE_HIT_PX;
      const at = (id) => renderer.framedGraphToViewport(renderer.getNodeDisplayData(id));
      graph.forEachEdge((id, attrs, source, target) => {
        if (hiddenEdges.has(id) || hiddenNodes.has(source) || hiddenNodes.has(target)) return;
        const a = at(source);
        const b = at(target);
        const dx = b.x - a.x;
        const dy = b.y - a.y;
        const length2 = dx * dx + dy * dy;
        const t = length2 ? Math.max(0, Math.min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length2)) : 0;
        const distance = Math.hypot(point.x - (a.x + t * dx), point.y - (a.y + t * dy));
        if (distance <= bestDistance) { best = id; bestDistance = distance; }
      });
      return best;
    }

    return {
      setHidden(nodeUpdates, edgeUpdates) {
        for (const update of nodeUpdates) {
          if (update.hidden) hiddenNodes.add(update.id); else hiddenNodes.delete(update.id);
        }
        for (const update of edgeUpdates) {
          if (update.hidden) hiddenEdges.add(update.id); else hiddenEdges.delete(update.id);
        }
        if (nodeUpdates.length || edgeUpdates.length) renderer.refresh();
      },
      selectNode(id) { select(id, null); },
      selectEdge(id) { select(null, id); },
      selected() {
        return { nodes: selectedNode === null ? [] : [selectedNode], edges: selectedEdge === null ? [] : [selectedEdge] };
      },
      focus(id) {
        const at = renderer.getNodeDisplayData(id);
        if (at) camera.animate({ x: at.x, y: at.y, ratio: Math.min(camera.ratio, 0.15) }, { duration: 450 });
      },
      fit() { camera.animatedReset({ duration: 400 }); },
      setPhysics() {},
      setNodeLabels(on) { renderer.setSetting("renderLabels", on); },
      setEdgeLabels(on) { renderer.setSetting("renderEdgeLabels", on); },
      onClick(handler) {
        const clickNode = (event) => { select(event.node, null); handler({ node: event.node }); };
        const clickEdge = (event) => { select(null, event.edge); handler({ edge: event.edge }); };
        const clickStage = (event) => {
          const edge = edgeNear(event.event);
          if (edge !== null) return clickEdge({ edge: edge });
          select(null, null);
          handler({});
        };
        renderer.on("clickNode", clickNode);
        renderer.on("clickEdge", clickEdge);
        renderer.on("clickStage", clickStage);
        // Sigma takes a second click within 300 ms, wherever it lands, for a double click: it
        // zooms in and drops the click. A reader going from one edge to the next lost the second
        // and the view jumped; here, as on the vis-network page, every click selects (the wheel
        // and "Fit to screen" zoom).
        const asClick = (click) => (event) => { event.preventSigmaDefault(); click(event); };
        renderer.on("doubleClickNode", asClick(clickNode));
        renderer.on("doubleClickEdge", asClick(clickEdge));
        renderer.on("doubleClickStage", asClick(clickStage));
      },
      whenDrawn(done) {
        // Done once the frame is drawn and the main thread is free for the next one: with a
        // software GL the drawing itself finishes long after sigma has issued it.
        // Sigma drew the first frame when it was made; the next animation frame comes once the
        // main thread is free again, i.e. when the page answers the reader.
        requestAnimationFrame(() => setTimeout(done, 0));
      },
      exposed: { graph: graph, sigma: renderer },
    };
  };
})();
