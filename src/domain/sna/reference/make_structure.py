"""Reference values for structure.test.ts, computed with NetworkX.

Run from the repository root with NetworkX 3.x (the committed file was made with 3.6.1, with SciPy):

    python3 src/domain/sna/reference/make_structure.py > src/domain/sna/reference/structure.json

Each graph is written with its nodes and edges, so the test rebuilds exactly the graph NetworkX saw.
NaN (NetworkX's value for a node without ties) is written as null.
"""
import json
import math
import random

import networkx as nx
import numpy as np


def clean(values, nodes):
    out = []
    for v in nodes:
        x = values[v]
        out.append(None if isinstance(x, float) and math.isnan(x) else x)
    return out


def effective_size(G, weight=None):
    """NetworkX's effective_size as its documentation and its per-node path define it.

    NetworkX 3.6.1's sparse-matrix path (taken when nodes is None) divides each column, not each row,
    by its largest mutual weight, which gives other values on weighted or directed graphs; asking for
    the nodes by name takes the documented path. That path answers nan for a node that is only named
    (no successors), so for such a node the same sum is taken here with NetworkX's own
    normalized_mutual_weight.
    """
    values = nx.effective_size(G, nodes=list(G), weight=weight)
    nmw = nx.algorithms.structuralholes.normalized_mutual_weight
    for v in G:
        neighbours = set(nx.all_neighbors(G, v))
        if math.isnan(values[v]) and neighbours:
            values[v] = sum(
                1 - sum(nmw(G, v, w, weight=weight) * nmw(G, u, w, norm=max, weight=weight) for w in neighbours)
                for u in neighbours
            )
    return values


def brokers(G):
    """Solmu's broker rule (docs/analysis.md, section 4) written with NumPy."""
    btw = nx.betweenness_centrality(G)
    con = nx.constraint(G)
    tied = [v for v in G if not math.isnan(con[v])]
    if not tied:
        return []
    fence = 2 * np.mean([btw[v] for v in tied])
    median = np.percentile(np.array([con[v] for v in tied]), 50)
    eps = 1e-12
    return [v for v in tied if btw[v] > eps and btw[v] > fence + eps and con[v] < median - eps]


def entry(name, G, weighted):
    nodes = list(G)
    index = {v: i for i, v in enumerate(nodes)}
    edges = [[index[s], index[t], d.get("weight", 1)] for s, t, d in G.edges(data=True)]
    expected = {
        "constraint": clean(nx.constraint(G), nodes),
        "effectiveSize": clean(effective_size(G), nodes),
        "coreNumber": clean(nx.core_number(G), nodes),
        "clustering": clean(nx.clustering(G), nodes),
        "brokers": [index[v] for v in brokers(G)],
        # Ego networks of the first nodes: alters and the density among them (ego left out).
        "ego": [
            {
                "node": index[v],
                "alters": sorted(index[u] for u in nx.ego_graph(G, v, undirected=True) if u != v),
                "ties": nx.ego_graph(G, v, center=False, undirected=True).number_of_edges(),
                "density": nx.density(nx.ego_graph(G, v, center=False, undirected=True)),
            }
            for v in nodes[:6]
        ],
    }
    if weighted:
        expected["weightedConstraint"] = clean(nx.constraint(G, weight="weight"), nodes)
        expected["weightedEffectiveSize"] = clean(effective_size(G, weight="weight"), nodes)
    if G.is_directed():
        rec = nx.reciprocity(G, [v for v in G if G.degree(v) > 0])
        expected["reciprocity"] = [rec.get(v) for v in nodes]
    return {"name": name, "directed": G.is_directed(), "n": len(nodes), "edges": edges, "expected": expected}


def karate(weighted):
    K = nx.karate_club_graph()
    G = nx.Graph()
    G.add_nodes_from(K)
    for s, t, w in K.edges(data="weight"):
        if weighted:
            G.add_edge(s, t, weight=w)
        else:
            G.add_edge(s, t)
    return G


def random_digraph():
    """A seeded G(n, p) digraph with integer weights 1-5, one isolate and one node that is only named."""
    G = nx.gnp_random_graph(40, 0.08, seed=20261207, directed=True)
    rng = random.Random(20261207)
    for s, t in G.edges():
        G[s][t]["weight"] = rng.randint(1, 5)
    G.add_node(40)
    G.add_node(41)
    G.add_edge(3, 41, weight=2)
    G.add_edge(7, 41, weight=4)
    return G


def two_cliques_and_bridge():
    """Two 5-cliques joined through node 10, which touches one node of each."""
    G = nx.Graph()
    G.add_edges_from((a, b) for a in range(5) for b in range(a + 1, 5))
    G.add_edges_from((a, b) for a in range(5, 10) for b in range(a + 1, 10))
    G.add_edges_from([(4, 10), (10, 5)])
    return G


graphs = [
    entry("karate", karate(False), False),
    entry("karate weighted", karate(True), True),
    entry("florentine", nx.florentine_families_graph(), False),
    entry("star", nx.star_graph(6), False),
    entry("two cliques and a bridge", two_cliques_and_bridge(), False),
    entry("random digraph", random_digraph(), True),
]
print(json.dumps({"networkx": nx.__version__, "graphs": graphs}, indent=1))
