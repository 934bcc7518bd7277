package dev.runlens.app.governance;

import dev.runlens.costs.reprice.RepriceMode;
import dev.runlens.workbench.CostSettings;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where the costs workspace's settings come from: the routing policies folder (the policy editor
 * saves there; every policy in it applies), the contract rates folder (its {@code *.json} files,
 * used at contract rate), and the day taken as today. Reads the folders; call it off the FX thread.
 */
public record CostBasis(Path policies, Path rates, Supplier<LocalDate> today) {

    /** The settings for {@code mode}: bundled catalog, the rate files, the policies folder. */
    public CostSettings settings(RepriceMode mode) {
        List<Path> policyInputs = Files.isDirectory(policies) ? List.of(policies) : List.of();
        return new CostSettings(mode, List.of(), Optional.empty(), mode == RepriceMode.CONTRACT ? rateFiles() : List.of(), policyInputs,
                today.get());
    }

    /** The contract rate files, sorted; empty when the folder is missing. */
    public List<Path> rateFiles() {
        if (!Files.isDirectory(rates)) return List.of();
        try (Stream<Path> s = Files.list(rates)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
