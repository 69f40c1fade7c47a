// Checks Cypher files with Neo4j's own Cypher parser (the npm package
// @neo4j-cypher/language-support, the one behind Neo4j's editors) and prints
// its diagnostics as JSON lines: {"file": ..., "line": ..., "message": ...}.
// Exits 0 when it ran, whatever it found; tests/interop.rs reads the output.
//
// usage: NODE_PATH=DIR/node_modules node lint.js FILE...
const { lintCypherQuery } = require('@neo4j-cypher/language-support');
const fs = require('fs');

for (const file of process.argv.slice(2)) {
  const result = lintCypherQuery(fs.readFileSync(file, 'utf8'), {});
  const diagnostics = Array.isArray(result) ? result : result.diagnostics;
  for (const d of diagnostics) {
    console.log(JSON.stringify({ file, line: d.range.start.line + 1, message: d.message }));
  }
}
