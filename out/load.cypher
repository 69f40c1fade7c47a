// Loads nodes.csv and edges.csv, written beside this file by plenary, into Neo4j.
// 1. Copy nodes.csv and edges.csv into the import folder of the database
//    (`import/` in the Neo4j home; Neo4j Desktop: Open folder > Import).
// 2. Run this file: `cypher-shell -u neo4j -p PASSWORD -f load.cypher`,
//    or paste it into Neo4j Browser (Settings: enable multi-statement query editor).
// Every node is merged by id, so running it again updates rather than duplicates.
// Every node has the label Entity besides its type; match nodes by (n:Entity {id: ...}).

// Constraints first: each MERGE and MATCH by id below is an index lookup.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT role_id IF NOT EXISTS FOR (n:Role) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resolution_id IF NOT EXISTS FOR (n:Resolution) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT conference_id IF NOT EXISTS FOR (n:Conference) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT date_id IF NOT EXISTS FOR (n:Date) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;

// Nodes: one statement per label (a label cannot come from a column).
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Organization'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Organization,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Person'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Person,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Role'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Role,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Resolution'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Resolution,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Document'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Document,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Conference'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Conference,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Date'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Date,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');
LOAD CSV WITH HEADERS FROM 'file:///nodes.csv' AS row
WITH row WHERE row.`:LABEL` = 'Location'
MERGE (n:Entity {id: row.`id:ID`})
SET n:Location,
    n.name = row.`name`,
    n.aliases = split(row.`aliases:string[]`, ';'),
    n.mentions = toInteger(row.`mentions:int`),
    n.documents = split(row.`documents:string[]`, ';');

// Relationships: one statement per type (a type cannot come from a column).
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'PROPOSED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:PROPOSED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'HOSTED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:HOSTED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'ORGANIZED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ORGANIZED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'MEMBER_OF'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:MEMBER_OF]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'PART_OF'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:PART_OF]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'HELD_IN'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:HELD_IN]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'HELD_ON'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:HELD_ON]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'CHAIRED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:CHAIRED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'APPOINTED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:APPOINTED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'HOLDS'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:HOLDS]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'ESTABLISHED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ESTABLISHED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'ADOPTED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:ADOPTED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'AUTHORED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:AUTHORED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'PURSUANT_TO'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:PURSUANT_TO]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
LOAD CSV WITH HEADERS FROM 'file:///edges.csv' AS row
WITH row WHERE row.`:TYPE` = 'DATED'
MATCH (a:Entity {id: row.`:START_ID`})
MATCH (b:Entity {id: row.`:END_ID`})
MERGE (a)-[r:DATED]->(b)
SET r.count = toInteger(row.`count:int`),
    r.documents = split(row.`documents:string[]`, ';'),
    r.evidence = row.`evidence`,
    r.rule = row.`rule`,
    r.weight = toFloat(row.`weight:double`);
