package dev.runlens.app.governance;

import dev.runlens.costs.Tier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One step of the routing policy being edited: its id (plain text), the tier it needs (null: no
 * rule, the default tier applies) and why. The editor's view edits {@code tier} and {@code reason}.
 */
public final class PolicyRow {
    private final String stepId;
    private final boolean inWorkflow;
    private final ObjectProperty<Tier> tier = new SimpleObjectProperty<>(this, "tier");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");

    PolicyRow(String stepId, boolean inWorkflow, Tier tier, String reason) {
        this.stepId = stepId;
        this.inWorkflow = inWorkflow;
        this.tier.set(tier);
        this.reason.set(reason == null ? "" : reason);
    }

    public String stepId() {
        return stepId;
    }

    /** False for a step the policy names that the workflow's newest run does not have. */
    public boolean inWorkflow() {
        return inWorkflow;
    }

    public ObjectProperty<Tier> tierProperty() {
        return tier;
    }

    public StringProperty reasonProperty() {
        return reason;
    }
}
