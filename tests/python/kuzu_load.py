"""Loads nodes.csv and edges.csv, as plenary writes them (neo4j-admin header
format), into Kuzu, an embedded graph database with Cypher, and asks it two
questions. Prints the answers as JSON for tests/interop.rs to check.

The typed headers drive the load: `mentions:int` becomes INT64,
`weight:double` DOUBLE, `aliases:string[]` a STRING[] split on `;`, and one
relationship table is made per `:TYPE` found in edges.csv.

usage: python3 kuzu_load.py EXPORT_DIR DATABASE_DIR
"""

import csv
import json
import os
import sys

import kuzu

KUZU_TYPES = {"int": "INT64", "long": "INT64", "double": "DOUBLE", "float": "DOUBLE"}


def columns(path):
    """(csv header, kuzu column name, kuzu type, is array) for each column."""
    with open(path, newline="", encoding="utf-8") as f:
        header = next(csv.reader(f))
    cols = []
    for i, h in enumerate(header):
        name, _, ty = h.partition(":")
        if not name:
            name = {"ID": "id", "START_ID": "src", "END_ID": "dst", "LABEL": "label", "TYPE": "type"}[ty]
        elif ty == "ID":
            ty = ""
        cols.append((h, name, KUZU_TYPES.get(ty, "STRING"), ty.endswith("[]")))
    return cols


def load_clause(path, cols):
    """LOAD FROM with every column named and typed, so Kuzu reads the CSV as it is."""
    typed = ", ".join(f"{name} {ty}" for _, name, ty, _ in cols)
    return f"LOAD WITH HEADERS ({typed}) FROM '{path}' (header=true)"


def value(name, ty, array):
    if array:
        return f"CASE WHEN {name} IS NULL OR {name} = '' THEN CAST([] AS STRING[]) ELSE string_split({name}, ';') END"
    return name


def main():
    export, dbdir = sys.argv[1], sys.argv[2]
    nodes_csv = os.path.join(export, "nodes.csv")
    edges_csv = os.path.join(export, "edges.csv")
    db = kuzu.Database(dbdir)
    c = kuzu.Connection(db)

    ncols = columns(nodes_csv)
    props = ", ".join(
        f"{name} {'STRING[]' if array else ty}" for _, name, ty, array in ncols
    )
    c.execute(f"CREATE NODE TABLE Entity({props}, PRIMARY KEY(id))")
    returned = ", ".join(value(name, ty, array) for _, name, ty, array in ncols)
    c.execute(f"COPY Entity FROM ({load_clause(nodes_csv, ncols)} RETURN {returned})")

    ecols = columns(edges_csv)
    with open(edges_csv, newline="", encoding="utf-8") as f:
        types = sorted({row[":TYPE"] for row in csv.DictReader(f)})
    rel_cols = [c_ for c_ in ecols if c_[1] not in ("src", "dst", "type")]
    rel_props = ", ".join(
        f"{name} {'STRING[]' if array else ty}" for _, name, ty, array in rel_cols
    )
    rel_values = ", ".join(value(name, ty, array) for _, name, ty, array in rel_cols)
    for t in types:
        c.execute(f"CREATE REL TABLE {t}(FROM Entity TO Entity, {rel_props})")
        c.execute(
            f"COPY {t} FROM ({load_clause(edges_csv, ecols)} "
            f"WHERE type = '{t}' RETURN src, dst, {rel_values})"
        )

    def rows(query):
        r = c.execute(query)
        out = []
        while r.has_next():
            out.append(r.get_next())
        return out

    answer = {
        "nodes": rows("MATCH (n:Entity) RETURN count(n)")[0][0],
        "edges": sum(rows(f"MATCH ()-[r:{t}]->() RETURN count(r)")[0][0] for t in types),
        "gmg_members": [
            r[0]
            for r in rows(
                "MATCH (m:Entity)-[:MEMBER_OF]->(g:Entity {name: 'Global Migration Group'}) "
                "RETURN m.name ORDER BY m.name"
            )
        ]
        if "MEMBER_OF" in types
        else [],
        "gfmd_first_meeting_hosts": [
            r[0]
            for r in rows(
                "MATCH (h:Entity)-[:HOSTED]->(c:Entity {name: 'first meeting of the Global Forum on Migration and Development'}) "
                "RETURN h.name ORDER BY h.name"
            )
        ]
        if "HOSTED" in types
        else [],
    }
    json.dump(answer, sys.stdout)


if __name__ == "__main__":
    main()
