// Imports a graph file through Gephi's own ImportController (the code path of
// File > Open in Gephi Desktop) and prints what Gephi made of it, one fact per
// line, tab-separated, for tests/interop.rs to check:
//
//   issue   LEVEL   message          every issue of the import report
//   nodes   N
//   edges   M
//   column  node|edge  id  title  java.lang.Class
//   node    id  label  type  [start end]   time as ISO dates, where there is one
//   edge    source  target  kind  label  weight  [start end]
//
// Compile: javac -cp gephi-toolkit-0.9.2-all.jar -d DIR GephiImport.java
// Run:     java -cp gephi-toolkit-0.9.2-all.jar:DIR GephiImport graph.gexf

import java.io.File;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import org.gephi.graph.api.Column;
import org.gephi.graph.api.DirectedGraph;
import org.gephi.graph.api.Edge;
import org.gephi.graph.api.Element;
import org.gephi.graph.api.GraphController;
import org.gephi.graph.api.GraphModel;
import org.gephi.graph.api.Interval;
import org.gephi.graph.api.Node;
import org.gephi.io.importer.api.Container;
import org.gephi.io.importer.api.ImportController;
import org.gephi.io.importer.api.Issue;
import org.gephi.io.importer.api.Report;
import org.gephi.io.processor.plugin.DefaultProcessor;
import org.gephi.project.api.ProjectController;
import org.gephi.project.api.Workspace;
import org.openide.util.Lookup;

public class GephiImport {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: GephiImport FILE");
            System.exit(2);
        }
        // Gephi logs through java.util.logging; keep stdout for the facts.
        PrintStream out = new PrintStream(System.out, true, "UTF-8");
        System.setOut(new PrintStream(System.err, true, "UTF-8"));

        ProjectController pc = Lookup.getDefault().lookup(ProjectController.class);
        pc.newProject();
        Workspace workspace = pc.getCurrentWorkspace();
        ImportController importer = Lookup.getDefault().lookup(ImportController.class);
        Container container = importer.importFile(new File(args[0]));
        if (container == null) {
            out.println("issue\tSEVERE\tno importer for " + args[0]);
            System.exit(1);
        }
        // verify() is what Gephi Desktop runs before showing the report.
        container.verify();
        Report report = container.getReport();
        Iterator<Issue> issues = report.getIssues(Integer.MAX_VALUE);
        while (issues.hasNext()) {
            Issue i = issues.next();
            out.println("issue\t" + i.getLevel() + "\t" + oneLine(i.getMessage()));
        }
        importer.process(container, new DefaultProcessor(), workspace);

        GraphModel model = Lookup.getDefault().lookup(GraphController.class).getGraphModel(workspace);
        DirectedGraph graph = model.getDirectedGraph();
        out.println("nodes\t" + graph.getNodeCount());
        out.println("edges\t" + graph.getEdgeCount());
        for (Column c : model.getNodeTable()) {
            out.println("column\tnode\t" + c.getId() + "\t" + c.getTitle() + "\t" + c.getTypeClass().getName());
        }
        for (Column c : model.getEdgeTable()) {
            out.println("column\tedge\t" + c.getId() + "\t" + c.getTitle() + "\t" + c.getTypeClass().getName());
        }
        for (Node n : graph.getNodes()) {
            Object type = n.getAttribute("type");
            out.println("node\t" + n.getId() + "\t" + oneLine(n.getLabel()) + "\t"
                    + (type == null ? "" : type) + time(n));
        }
        for (Edge e : graph.getEdges()) {
            Object kind = e.getTypeLabel();
            out.println("edge\t" + e.getSource().getId() + "\t" + e.getTarget().getId() + "\t"
                    + (kind == null ? "" : kind) + "\t" + oneLine(e.getLabel()) + "\t" + e.getWeight() + time(e));
        }
        out.flush();
        System.exit(0);
    }

    /** The first interval of an element, as ISO dates; empty when it has none. */
    private static String time(Element e) {
        Interval[] intervals;
        try {
            intervals = e.getIntervals();
        } catch (RuntimeException ex) {
            return "";
        }
        if (intervals == null || intervals.length == 0) {
            return "";
        }
        return "\t" + date(intervals[0].getLow()) + "\t" + date(intervals[0].getHigh());
    }

    private static String date(double millis) {
        if (Double.isInfinite(millis)) {
            return millis > 0 ? "+inf" : "-inf";
        }
        return Instant.ofEpochMilli((long) millis).atZone(ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
