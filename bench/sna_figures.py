#!/usr/bin/env python3
"""python-igraph's side of the whole-process comparison in bench/snaCores.ts.

Does what `solmu analyze --edges FILE` does, as far as igraph can: reads the CSV edge list (source,target,weight),
builds the directed graph (a repeated edge keeps its last weight, self-loops dropped), computes the same figures and
prints them per node as indented JSON on stdout. igraph has no effective size, no per-node reciprocity and no directed
(Fagiolo) clustering, so those are left out (its undirected local clustering stands in for the last), and its
eigenvector centrality is scaled to a maximum of 1 rather than NetworkX's unit length: the comparison gives igraph
less to do, never more.
"""

import csv
import json
import sys

import igraph as ig


def main():
    path = sys.argv[1]
    index = {}
    ids = []
    weights = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            s, t = row["source"].strip(), row["target"].strip()
            for v in (s, t):
                if v not in index:
                    index[v] = len(ids)
                    ids.append(v)
            if s != t:
                weights[(index[s], index[t])] = float(row.get("weight") or 1)
    n = len(ids)
    g = ig.Graph(n=n, edges=list(weights), directed=True, edge_attrs={"weight": list(weights.values())})

    in_degree, out_degree, degree = g.degree(mode="in"), g.degree(mode="out"), g.degree(mode="all")
    in_strength = g.strength(mode="in", weights="weight")
    out_strength = g.strength(mode="out", weights="weight")
    scale = 1 / ((n - 1) * (n - 2)) if n > 2 else 0
    betweenness = [b * scale for b in g.betweenness(directed=True)]
    # NetworkX's harmonic centrality of u sums 1/d(v, u): paths into u, igraph's mode "in".
    closeness = g.harmonic_centrality(mode="in", normalized=False)
    eigenvector = g.eigenvector_centrality(directed=True)
    pagerank = g.pagerank(weights="weight", damping=0.85)
    u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    communities = u.community_multilevel(weights="weight")
    modularity = u.modularity(communities.membership, weights="weight")
    constraint = g.constraint()
    weighted_constraint = g.constraint(weights="weight")
    core = g.coreness(mode="all")
    clustering = g.transitivity_local_undirected(mode="zero")

    nodes = [
        {
            "id": ids[i],
            "inDegree": in_degree[i],
            "outDegree": out_degree[i],
            "degree": degree[i],
            "inStrength": in_strength[i],
            "outStrength": out_strength[i],
            "strength": in_strength[i] + out_strength[i],
            "degreeCentrality": degree[i] / (n - 1) if n > 1 else 1,
            "betweenness": betweenness[i],
            "closeness": closeness[i],
            "eigenvector": eigenvector[i],
            "pagerank": pagerank[i],
            "community": communities.membership[i],
            "isolate": degree[i] == 0,
            "constraint": constraint[i],
            "weightedConstraint": weighted_constraint[i],
            "coreNumber": core[i],
            "clustering": clustering[i],
        }
        for i in range(n)
    ]
    graph = {
        "directed": True,
        "nodeCount": n,
        "edgeCount": g.ecount(),
        "density": g.density(),
        "reciprocity": g.reciprocity(),
        "communityCount": len(communities),
        "modularity": modularity,
        "isolateCount": sum(1 for d in degree if d == 0),
        "maxCoreNumber": max(core, default=0),
    }
    json.dump({"graph": graph, "nodes": nodes}, sys.stdout, indent=2)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
