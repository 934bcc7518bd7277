package dev.runlens.store;

import java.util.Optional;

/** Which runs to list; empty fields match everything. */
public record RunFilter(Optional<String> workflowId, Optional<String> status) {
    public static final RunFilter ALL = new RunFilter(Optional.empty(), Optional.empty());

    public RunFilter withWorkflow(String id) {
        return new RunFilter(Optional.of(id), status);
    }

    public RunFilter withStatus(String s) {
        return new RunFilter(workflowId, Optional.of(s));
    }
}
