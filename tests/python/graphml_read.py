"""Reads graph.graphml with networkx and with igraph and prints, as JSON, what
each made of it and every warning it raised, for tests/interop.rs to check.

usage: python3 graphml_read.py graph.graphml
"""

import json
import sys
import warnings


def with_warnings(read):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = read()
    result["warnings"] = [f"{w.category.__name__}: {w.message}" for w in caught]
    return result


def read_networkx(path):
    import networkx as nx

    g = nx.read_graphml(path)
    return {
        "directed": g.is_directed(),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "labels": {n: d.get("label") for n, d in g.nodes(data=True)},
        "types": {n: d.get("type") for n, d in g.nodes(data=True)},
        "edge_list": sorted(
            [s, d.get("label"), t, d.get("weight")] for s, t, d in g.edges(data=True)
        ),
    }


def read_igraph(path):
    import igraph

    g = igraph.Graph.Read_GraphML(path)
    ids = g.vs["id"]
    return {
        "directed": g.is_directed(),
        "nodes": g.vcount(),
        "edges": g.ecount(),
        "labels": dict(zip(ids, g.vs["label"])),
        "types": dict(zip(ids, g.vs["type"])),
        "edge_list": sorted(
            [ids[e.source], e["label"], ids[e.target], e["weight"]] for e in g.es
        ),
    }


def main():
    path = sys.argv[1]
    out = {
        "networkx": with_warnings(lambda: read_networkx(path)),
        "igraph": with_warnings(lambda: read_igraph(path)),
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
