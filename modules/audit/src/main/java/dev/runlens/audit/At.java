package dev.runlens.audit;

import dev.runlens.protocol.json.JsonPath;

/** JSON paths of the bundle's parts, as findings name them. */
final class At {
    private At() {}

    static final JsonPath RUN = JsonPath.ROOT.key("run");
    static final JsonPath WORKFLOW = RUN.key("workflowSnapshot");
    static final JsonPath ENGINE = JsonPath.ROOT.key("engine");

    static JsonPath event(int i) {
        return JsonPath.ROOT.key("trace").index(i);
    }

    static JsonPath artifact(int i) {
        return JsonPath.ROOT.key("artifacts").index(i);
    }

    static JsonPath step(int i) {
        return WORKFLOW.key("steps").index(i);
    }

    static JsonPath edge(int i) {
        return WORKFLOW.key("edges").index(i);
    }

    /** {@code engine.<member>[i]}: a {@code [key, value]} tuple. */
    static JsonPath engine(String member, int i) {
        return ENGINE.key(member).index(i);
    }
}
