#!/usr/bin/env bash
# Installs what the interop tests need and runs them (tests/interop.rs):
# networkx and igraph read graph.graphml, networkx reads graph.gexf, Kuzu loads
# the CSVs and answers Cypher queries, and Gephi's own importer (the
# gephi-toolkit jar shipped inside the PyPI package ocelli) opens both graph
# files, and Neo4j's Cypher parser (npm) checks load.cypher. Works on a fresh machine with Rust, Python 3 with pip, and a JDK
# (javac, java); installs a JDK with apt-get only if there is none.
#
#   bash .ci/interop.sh            # install, then run the interop tests
#
# Environment: PYTHON (default python3); CARGO_TARGET_DIR is honoured.
set -euo pipefail

cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
TARGET=${CARGO_TARGET_DIR:-target}
case "$TARGET" in /*) ;; *) TARGET="$PWD/$TARGET" ;; esac
CACHE="$TARGET/interop"
JAR="$CACHE/gephi-toolkit-0.9.2-all.jar"
mkdir -p "$CACHE"

say() { echo "interop.sh: $*" >&2; }

# Python packages, pinned to the versions the tests were written against.
PY_PACKAGES=(networkx==3.6.1 igraph==1.0.0 kuzu==0.11.3)
if ! "$PYTHON" - "${PY_PACKAGES[@]}" <<'EOF' 2>/dev/null
import sys
from importlib.metadata import version
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    if version(name) != want:
        sys.exit(1)
EOF
then
    say "installing ${PY_PACKAGES[*]}"
    "$PYTHON" -m pip install --quiet --disable-pip-version-check --root-user-action=ignore \
        "${PY_PACKAGES[@]}"
fi

# A JDK for the small Java program that drives Gephi's importer.
if ! command -v javac >/dev/null || ! command -v java >/dev/null; then
    say "no JDK; installing default-jdk-headless with apt-get"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq default-jdk-headless >/dev/null
fi

# The Gephi toolkit jar, from the wheel of ocelli 0.1.1 (PyPI), unpacked once.
if [ ! -s "$JAR" ]; then
    say "fetching the Gephi toolkit jar (pip download ocelli==0.1.1)"
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    "$PYTHON" -m pip download --quiet --disable-pip-version-check --no-deps \
        ocelli==0.1.1 -d "$tmp"
    "$PYTHON" - "$tmp"/ocelli-0.1.1-*.whl "$JAR" <<'EOF'
import shutil, sys, zipfile
wheel, dest = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z, z.open("ocelli/forceatlas2/gephi-toolkit-0.9.2-all.jar") as src:
    with open(dest + ".part", "wb") as out:
        shutil.copyfileobj(src, out)
shutil.move(dest + ".part", dest)
EOF
fi

# Neo4j's own Cypher parser (npm), to check load.cypher without a Neo4j server.
CYPHER_PACKAGE=@neo4j-cypher/language-support@2.0.0-next.38
NODE_DIR="$CACHE/node"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    say "no Node.js; installing nodejs and npm with apt-get"
    if [ "$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm >/dev/null
fi
if ! grep -qs '"version": "2.0.0-next.38"' \
        "$NODE_DIR/node_modules/@neo4j-cypher/language-support/package.json"; then
    say "installing $CYPHER_PACKAGE"
    mkdir -p "$NODE_DIR"
    npm install --silent --no-audit --no-fund --prefix "$NODE_DIR" "$CYPHER_PACKAGE" >/dev/null
fi

say "running the interop tests"
PLENARY_INTEROP=1 PLENARY_PYTHON="$PYTHON" PLENARY_GEPHI_JAR="$JAR" \
    PLENARY_NODE_MODULES="$NODE_DIR/node_modules" \
    cargo test --test tests interop:: -- --test-threads=2
