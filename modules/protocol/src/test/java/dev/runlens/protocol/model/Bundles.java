package dev.runlens.protocol.model;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.testkit.SharedFolder;

import java.nio.charset.StandardCharsets;

/** Loads bundles for model tests: corpus files by name, or inline JSON text. */
final class Bundles {
    private Bundles() {}

    static BundleReader.Loaded corpus(String file) {
        return BundleReader.loader().read(SharedFolder.require("corpus").resolve(file));
    }

    /** The model of an accepted corpus file. */
    static RunBundle accepted(String file) {
        BundleReader.Loaded l = corpus(file);
        return BundleModel.from(l.normalizedTree(), l.rawTree());
    }

    static BundleReader.Loaded text(String json) {
        return BundleReader.loader().read("inline.json", json.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The minimal bundle of the design note's worked example 1 with {@code run} members replaced
     * or added by {@code runExtra} (a JSON object body without braces, may be empty) and {@code trace}.
     */
    static String minimal(String runExtra, String trace) {
        return """
                {"protocolVersion":"1.0.0","run":{"id":"run_1","workflowId":"wf","workflowVersion":1,\
                "workflowSnapshot":{"id":"wf","version":1,"steps":[{"id":"a"}]},\
                "startedAt":"2025-01-01T00:00:00.000Z","status":"running"%s},\
                "trace":%s,"artifacts":[],"ruleSets":[]}""".formatted(runExtra.isEmpty() ? "" : "," + runExtra, trace);
    }
}
