package dev.runlens.replay;

/** A step's status at one trace position. */
public enum StepStatus {
    /** Not started yet, and the run may still start it. */
    PENDING,
    RUNNING,
    COMPLETED,
    FAILED,
    /** Never started, and the run has ended (completed, failed or cancelled) at this position. */
    NEVER_REACHED;

    public boolean finished() {
        return this == COMPLETED || this == FAILED;
    }
}
