package dev.runlens.store;

import java.util.List;

/**
 * The listed runs of one workflow version. Files with no readable run have a null
 * {@code workflowId} and form a group of their own.
 *
 * @param title the workflow snapshot's title (the first listed run's), or null
 * @param runs  in the order asked for
 */
public record WorkflowGroup(String workflowId, Long version, String title, List<RunRow> runs) {

    public WorkflowGroup {
        runs = List.copyOf(runs);
    }

    public int count() {
        return runs.size();
    }
}
