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

    const hiddenNodes = new Set();
    const hiddenEdges = new Set();
    let selectedNode = null;
    let selectedEdge = null;
    const renderer = new window.Sigma(graph, container, {
      defaultEdgeType: data.edges.length <= EDGE_EVENTS_MAX ? "arrow" : "line",
      renderEdgeLabels: false,
      // While the camera moves only nodes are drawn: a software GL (no GPU) then keeps up.
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      enableEdgeEvents: data.edges.length <= EDGE_EVENTS_MAX,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
      labelSize: 12,
      labelRenderedSizeThreshold: 5,
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
        renderer.on("clickNode", (event) => { select(event.node, null); handler({ node: event.node }); });
        renderer.on("clickEdge", (event) => { select(null, event.edge); handler({ edge: event.edge }); });
        renderer.on("clickStage", () => { select(null, null); handler({}); });
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
