#!/usr/bin/env python3
"""Reference timings for bench/sna.ts: NetworkX and igraph on the same edge list.

Reads a CSV edge list (source,target,weight; nodes 0..n-1), times betweenness
on the directed graph and Louvain + modularity on the undirected version with
the weights of both directions summed, and prints one JSON object on stdout.
Progress goes to stderr, because NetworkX betweenness on 10,000 nodes runs for
many minutes.
"""

import argparse
import csv
import json
import statistics
import sys
import threading
import time

import igraph as ig
import networkx as nx


def log(message):
    print(f"  [reference] {message}", file=sys.stderr, flush=True)


def timed(label, fn, runs):
    """Median wall time in ms over `runs` calls, and the last result; a heartbeat every 30 s."""
    times = []
    result = None
    for i in range(runs):
        done = threading.Event()
        started = time.perf_counter()

        def beat():
            while not done.wait(30):
                log(f"{label}: still running, {time.perf_counter() - started:.0f} s")

        threading.Thread(target=beat, daemon=True).start()
        try:
            result = fn()
        finally:
            done.set()
        times.append((time.perf_counter() - started) * 1000)
        if times[-1] > 5000:
            log(f"{label}: run {i + 1}/{runs} took {times[-1] / 1000:.1f} s")
    return statistics.median(times), result


def read_edges(path):
    with open(path, newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        return [(int(r["source"]), int(r["target"]), float(r["weight"])) for r in reader]


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--edges", required=True)
    parser.add_argument("--nodes", type=int, required=True)
    parser.add_argument("--label", default="graph")
    parser.add_argument("--values", action="store_true", help="include NetworkX's betweenness of every node")
    args = parser.parse_args()
    n = args.nodes
    edges = read_edges(args.edges)
    big = n > 5000
    small = n <= 500

    d = nx.DiGraph()
    d.add_nodes_from(range(n))
    d.add_weighted_edges_from(edges)

    def nx_undirected():
        u = nx.Graph()
        u.add_nodes_from(d)
        for s, t, w in d.edges(data="weight"):
            if u.has_edge(s, t):
                u[s][t]["weight"] += w
            else:
                u.add_edge(s, t, weight=w)
        return u

    if big:
        log(f"{args.label}: NetworkX betweenness on {n} nodes / {len(edges)} edges; this takes many minutes")
    nx_btw_ms, nx_btw = timed(f"{args.label} NetworkX betweenness", lambda: nx.betweenness_centrality(d), 1 if n > 500 else 3)
    log(f"{args.label}: NetworkX betweenness {nx_btw_ms:.0f} ms")

    def nx_louvain():
        u = nx_undirected()
        communities = nx.community.louvain_communities(u, weight="weight", seed=1)
        return nx.community.modularity(u, communities, weight="weight"), len(communities)

    nx_lv_ms, (nx_q, nx_count) = timed(f"{args.label} NetworkX louvain", nx_louvain, 1 if big else (5 if small else 3))

    g = ig.Graph(n=n, edges=[(s, t) for s, t, _ in edges], directed=True, edge_attrs={"weight": [w for _, _, w in edges]})
    # NetworkX's normalisation for a directed graph: 1 / ((n - 1)(n - 2)).
    scale = 1 / ((n - 1) * (n - 2))
    ig_btw_ms, ig_raw = timed(f"{args.label} igraph betweenness", lambda: g.betweenness(directed=True), 3 if big else (11 if small else 5))
    ig_btw = [b * scale for b in ig_raw]

    def ig_multilevel():
        u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
        clustering = u.community_multilevel(weights="weight")
        return u.modularity(clustering.membership, weights="weight"), len(clustering)

    ig_ml_ms, (ig_q, ig_count) = timed(f"{args.label} igraph multilevel", ig_multilevel, 5 if big else 11)

    nx_values = [nx_btw[i] for i in range(n)]
    result = {
        "networkx": {
            "version": nx.__version__,
            "betweennessMs": nx_btw_ms,
            "louvainMs": nx_lv_ms,
            "louvainModularity": nx_q,
            "louvainCommunities": nx_count,
        },
        "igraph": {
            "version": ig.__version__,
            "betweennessMs": ig_btw_ms,
            "multilevelMs": ig_ml_ms,
            "multilevelModularity": ig_q,
            "multilevelCommunities": ig_count,
            "betweennessMaxAbsDiffVsNetworkx": max(abs(a - b) for a, b in zip(ig_btw, nx_values)),
        },
    }
    if args.values:
        result["networkx"]["betweenness"] = nx_values
    json.dump(result, sys.stdout)


if __name__ == "__main__":
    main()
