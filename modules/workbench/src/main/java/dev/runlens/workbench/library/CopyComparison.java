package dev.runlens.workbench.library;

import dev.runlens.audit.Difference;
import dev.runlens.store.RunRow;

import java.util.List;
import java.util.Optional;

/**
 * How another imported file with the same run id differs from the one being looked at (tampering
 * localisation): paths are the looked-at copy's.
 *
 * @param problem why the two could not be compared (a copy that is not a readable run); empty otherwise
 */
public record CopyComparison(RunRow copy, List<Difference> differences, Optional<String> problem) {

    public CopyComparison {
        differences = List.copyOf(differences);
    }

    public boolean identical() {
        return problem.isEmpty() && differences.isEmpty();
    }
}
