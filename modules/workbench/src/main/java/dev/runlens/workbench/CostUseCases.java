package dev.runlens.workbench;

import dev.runlens.costs.Money;
import dev.runlens.costs.catalog.CatalogFiles;
import dev.runlens.costs.catalog.CatalogFormatException;
import dev.runlens.costs.catalog.PriceBook;
import dev.runlens.costs.catalog.PriceCatalog;
import dev.runlens.costs.catalog.Provenance;
import dev.runlens.costs.policy.Policies;
import dev.runlens.costs.policy.PolicyException;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.costs.reprice.ReceiptPrice;
import dev.runlens.costs.reprice.Repricer;
import dev.runlens.costs.review.IsoWeek;
import dev.runlens.costs.review.Review;
import dev.runlens.costs.review.WeeklyReview;
import dev.runlens.costs.rollup.CostLedger;
import dev.runlens.costs.rollup.Dimension;
import dev.runlens.costs.rollup.Period;
import dev.runlens.costs.rollup.RunCost;
import dev.runlens.costs.rollup.RunCosts;
import dev.runlens.costs.routing.MechanicalThresholds;
import dev.runlens.protocol.json.JsonReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The cost use cases behind {@link Workbench#costs} and {@link Workbench#review}. */
final class CostUseCases {
    private CostUseCases() {}

    /** What a {@link CostSettings} resolves to: the price book, the policies and a repricer. */
    record Setup(PriceBook book, Policies policies, Repricer repricer, List<Provenance> sources) {}

    static Setup setup(CostSettings s) throws CostSetupException {
        List<CatalogFiles.Loaded> catalogs = new ArrayList<>();
        List<CatalogFiles.Loaded> contracts = new ArrayList<>();
        try {
            for (Path p : s.catalogs()) catalogs.add(CatalogFiles.read(p, s.catalogDate()));
            for (Path p : s.contracts()) contracts.add(CatalogFiles.read(p, s.catalogDate()));
        } catch (CatalogFormatException e) {
            throw new CostSetupException(e.getMessage(), e);
        }
        PriceBook book = PriceBook.of(catalogs, contracts, true);
        List<Provenance> sources = new ArrayList<>();
        book.contracts().stream().map(PriceCatalog::provenance).forEach(sources::add);
        book.catalogs().stream().map(PriceCatalog::provenance).forEach(sources::add);
        return new Setup(book, policies(s.policies()), new Repricer(book, s.mode(), s.today()), sources);
    }

    /** Policy files, and the policy files ({@code "format": "runlens-routing-policy/1"}) of folders. */
    static Policies policies(List<Path> inputs) throws CostSetupException {
        List<RoutingPolicy> list = new ArrayList<>();
        try {
            for (Path in : inputs) {
                if (!Files.isDirectory(in)) {
                    list.add(PolicyFile.read(in));
                    continue;
                }
                for (Path f : jsonFiles(in)) {
                    if (isPolicy(f)) list.add(PolicyFile.read(f));
                }
            }
            return Policies.of(list);
        } catch (PolicyException e) {
            throw new CostSetupException(e.getMessage(), e);
        }
    }

    private static List<Path> jsonFiles(Path dir) throws CostSetupException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new CostSetupException(dir + ": cannot list the folder: " + e.getMessage(), e);
        }
    }

    private static boolean isPolicy(Path f) {
        try {
            return PolicyFile.recognises(JsonReader.hardened().read(Files.readAllBytes(f)).value());
        } catch (Exception e) {
            return false;
        }
    }

    static CostReport costs(RunSet set, CostSettings s, Dimension by, Period period, Optional<LocalDate> since) throws CostSetupException {
        Setup setup = setup(s);
        List<RunCost> runs = RunCosts.of(set.bundles(), setup.repricer(), setup.policies()).stream()
                .filter(r -> since.isEmpty() || !r.day().isBefore(since.get())).toList();
        return report(set, s, by, period, setup, runs);
    }

    static CostOverview overview(RunSet set, CostSettings s) throws CostSetupException {
        Setup setup = setup(s);
        List<RunCost> runs = RunCosts.of(set.bundles(), setup.repricer(), setup.policies());
        return new CostOverview(report(set, s, Dimension.WORKFLOW, Period.DAY, setup, runs),
                CostLedger.rollup(runs, Dimension.WORKFLOW, Period.ALL, setup.policies()),
                CostLedger.rollup(runs, Dimension.MODEL, Period.ALL, setup.policies()));
    }

    private static CostReport report(RunSet set, CostSettings s, Dimension by, Period period, Setup setup, List<RunCost> runs) {
        Money total = Money.ZERO;
        Money gap = Money.ZERO;
        List<ReceiptPrice> unpriced = new ArrayList<>();
        for (RunCost r : runs) {
            total = total.plus(r.cost());
            gap = gap.plus(r.pricing().gap());
            unpriced.addAll(r.pricing().unpricedReceipts());
        }
        return new CostReport(s.mode(), by, period, CostLedger.rollup(runs, by, period, setup.policies()), runs, total, gap, unpriced,
                setup.sources(), set.skipped());
    }

    static Review review(RunSet set, CostSettings s, IsoWeek week, Optional<IsoWeek> baseline) throws CostSetupException {
        Setup setup = setup(s);
        List<RunCost> runs = RunCosts.of(set.bundles(), setup.repricer(), setup.policies());
        return new WeeklyReview(setup.repricer(), setup.policies(), MechanicalThresholds.DEFAULT,
                s.today().atStartOfDay().toInstant(ZoneOffset.UTC)).build(runs, week, baseline);
    }
}
