package dev.runlens.costs.review;

import dev.runlens.costs.Money;

import java.util.Set;

/** A weekly budget against the week's cost: remaining per currency (negative when over) and the currencies over. */
public record BudgetCheck(Money budget, Money actual, Money remaining, Set<String> over) {
    public BudgetCheck {
        over = Set.copyOf(over);
    }

    static BudgetCheck of(Money budget, Money actual) {
        Money remaining = budget.minus(actual);
        Set<String> over = new java.util.TreeSet<>();
        remaining.amounts().forEach((c, a) -> {
            if (a.signum() < 0) over.add(c);
        });
        return new BudgetCheck(budget, actual, remaining, over);
    }
}
