package dev.runlens.costs.review;

import dev.runlens.costs.Money;
import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.costs.routing.Adherence;
import dev.runlens.costs.routing.WorkflowCapability;

import java.util.List;

/**
 * The weekly review: for each workflow with runs in the week or its baseline, the figures a
 * 15-minute review needs; totals; and a short list of what needs attention.
 */
public record Review(IsoWeek week, IsoWeek baseline, RepriceMode mode, List<WorkflowReview> workflows, Money costThisWeek,
                     Money costBaseline, int runsThisWeek, int runsBaseline, Adherence adherence,
                     List<WorkflowCapability> capability, List<String> attention) {
    public Review {
        workflows = List.copyOf(workflows);
        capability = List.copyOf(capability);
        attention = List.copyOf(attention);
    }
}
