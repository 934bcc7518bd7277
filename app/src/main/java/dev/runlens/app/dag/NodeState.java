package dev.runlens.app.dag;

import dev.runlens.replay.StepStatus;

/** What a DAG node shows about its step at the cursor. */
public enum NodeState {
    PENDING("pending"),
    RUNNING("running"),
    COMPLETED("completed"),
    FAILED("failed"),
    NEVER_REACHED("never reached");

    private final String label;

    NodeState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** True once the step has started (its node is on the executed path). */
    public boolean started() {
        return this == RUNNING || this == COMPLETED || this == FAILED;
    }

    static NodeState of(StepStatus s) {
        return switch (s) {
            case PENDING -> PENDING;
            case RUNNING -> RUNNING;
            case COMPLETED -> COMPLETED;
            case FAILED -> FAILED;
            case NEVER_REACHED -> NEVER_REACHED;
        };
    }
}
