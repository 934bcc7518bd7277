package dev.runlens.replay;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.model.BundleModel;
import dev.runlens.protocol.model.RunBundle;

import java.nio.charset.StandardCharsets;

/**
 * Small bundles written inline for unit tests: a workflow of steps ({@code "a"},
 * {@code "a:PAUSE_AFTER"}, or with declared outputs {@code "a:AUTO:x+y"}) and edges ({@code "a>b"}), and trace events as JSON objects in which
 * {@code id}, {@code runId} and {@code ts} are filled in when missing (ts one second apart).
 */
public final class Inline {
    private Inline() {}

    public static RunBundle bundle(String steps, String edges, String... events) {
        StringBuilder s = new StringBuilder();
        for (String step : words(steps)) {
            String[] p = step.split(":");
            if (s.length() > 0) s.append(',');
            s.append("{\"id\":\"").append(p[0]).append("\",\"gatePolicy\":\"")
                    .append(p.length > 1 ? p[1] : "AUTO").append('"');
            if (p.length > 2) s.append(",\"outputs\":[\"").append(String.join("\",\"", p[2].split("\\+"))).append("\"]");
            s.append('}');
        }
        StringBuilder e = new StringBuilder();
        for (String edge : words(edges)) {
            String[] p = edge.split(">");
            if (e.length() > 0) e.append(',');
            e.append("{\"id\":\"").append(edge).append("\",\"from\":\"").append(p[0]).append("\",\"to\":\"")
                    .append(p[1]).append("\"}");
        }
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < events.length; i++) {
            if (i > 0) t.append(',');
            String ts = String.format("2025-01-01T00:%02d:%02d.000Z", i / 60, i % 60);
            t.append("{\"id\":\"e").append(i).append("\",\"runId\":\"run_1\",\"ts\":\"").append(ts).append("\",")
                    .append(events[i].strip().substring(1));
        }
        String json = """
                {"protocolVersion":"1.0.0","run":{"id":"run_1","workflowId":"wf","workflowVersion":1,\
                "workflowSnapshot":{"id":"wf","version":1,"steps":[%s],"edges":[%s]},\
                "startedAt":"2025-01-01T00:00:00.000Z","status":"running"},\
                "trace":[%s],"artifacts":[],"ruleSets":[]}""".formatted(s, e, t);
        BundleReader.Loaded l = BundleReader.loader().read("inline.json", json.getBytes(StandardCharsets.UTF_8));
        if (l.normalizedTree() == null) throw new IllegalArgumentException(l.report().error() + "\n" + json);
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }

    private static String[] words(String text) {
        return text.isBlank() ? new String[0] : text.trim().split("\\s+");
    }
}
