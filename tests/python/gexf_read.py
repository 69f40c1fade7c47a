"""Reads graph.gexf with networkx as GEXF 1.3 and prints, as JSON, its nodes
(label, type, start, end), its edges and every warning raised, for
tests/interop.rs to check.

usage: python3 gexf_read.py graph.gexf
"""

import json
import sys
import warnings

import networkx as nx


def main():
    path = sys.argv[1]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        g = nx.read_gexf(path, version="1.3")
    out = {
        "directed": g.is_directed(),
        "mode": g.graph.get("mode"),
        "nodes": g.number_of_nodes(),
        "edges": g.number_of_edges(),
        "node_data": {
            n: {
                "label": d.get("label"),
                "type": d.get("type"),
                "start": d.get("start"),
                "end": d.get("end"),
            }
            for n, d in g.nodes(data=True)
        },
        "edge_list": sorted(
            [s, d.get("label"), t, d.get("weight"), d.get("start"), d.get("end")]
            for s, t, d in g.edges(data=True)
        ),
        "warnings": [f"{w.category.__name__}: {w.message}" for w in caught],
    }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
