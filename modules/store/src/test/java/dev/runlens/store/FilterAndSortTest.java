package dev.runlens.store;

import dev.runlens.store.RunFilter.CostRange;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every filter narrows to exactly the runs its predicate picks out of the whole list; every sort orders. */
class FilterAndSortTest {
    @TempDir
    static Path dir;
    static Library lib;
    static List<RunRow> all;

    @BeforeAll
    static void importSamples() {
        lib = LibraryFixture.importAll(dir);
        all = lib.listRuns(RunFilter.ALL);
    }

    @AfterAll
    static void close() {
        lib.close();
    }

    private static void assertPicks(RunFilter filter, Predicate<RunRow> expected) {
        Set<Long> want = all.stream().filter(expected).map(RunRow::bundleId).collect(Collectors.toSet());
        Set<Long> got = lib.listRuns(filter).stream().map(RunRow::bundleId).collect(Collectors.toSet());
        assertFalse(want.isEmpty(), "the filter must pick something for the test to mean anything");
        assertTrue(want.size() < all.size(), "the filter must leave something out");
        assertEquals(want, got);
    }

    @Test
    void theWholeLibraryIsListed() {
        assertEquals(Samples.bundles().size() + 2, all.size());
    }

    @Test
    void statusesPickRunsInAnyOfThem() {
        assertPicks(RunFilter.ALL.withStatuses(Set.of("failed", "cancelled")),
                r -> "failed".equals(r.status()) || "cancelled".equals(r.status()));
    }

    @Test
    void aStartedRangeIsInclusiveFromAndExclusiveTo() {
        Instant from = Instant.parse("2026-09-15T07:42:30Z");
        Instant to = Instant.parse("2026-10-06T10:04:10Z");
        assertPicks(RunFilter.ALL.withStarted(from, to), r -> r.startedEpochMs() != null
                && r.startedEpochMs() >= from.toEpochMilli() && r.startedEpochMs() < to.toEpochMilli());
        assertTrue(lib.listRuns(RunFilter.ALL.withStarted(from, null)).stream()
                .anyMatch(r -> r.startedAt().equals("2026-09-15T07:42:30.000Z")), "from is inclusive");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            USD, 0.01,  0.03
            eur, ,      0.006
            USD, 0.02,
            EUR, 0.0056, 0.00562
            """)
    void aCostRangeMatchesTheAmountInItsCurrencyOnly(String currency, BigDecimal min, BigDecimal max) {
        String c = currency.toUpperCase();
        assertPicks(RunFilter.ALL.withCost(new CostRange(currency, Optional.ofNullable(min), Optional.ofNullable(max))),
                r -> r.stats().cost().containsKey(c)
                        && (min == null || r.stats().cost().get(c).compareTo(min) >= 0)
                        && (max == null || r.stats().cost().get(c).compareTo(max) <= 0));
    }

    @Test
    void pendingOnlyPicksRunsWaitingAtAGate() {
        assertPicks(RunFilter.ALL.withPendingOnly(true), r -> r.stats().pendingGates() > 0);
    }

    @ParameterizedTest
    @EnumSource(value = RunFilter.Findings.class, names = {"ERRORS", "WARNINGS", "CLEAN"})
    void findingsFiltersPickBySeverity(RunFilter.Findings which) {
        assertPicks(RunFilter.ALL.withFindings(which), switch (which) {
            case ERRORS -> r -> r.stats().errors() > 0;
            case WARNINGS -> r -> r.stats().warnings() > 0;
            default -> r -> r.stats().clean();
        });
    }

    @Test
    void cleanMeansNoErrorAndNoWarning() {
        assertTrue(lib.listRuns(RunFilter.ALL.withFindings(RunFilter.Findings.CLEAN)).stream().allMatch(r -> r.stats().clean()));
    }

    @Test
    void textMatchesPayloadsAndRunNamesByWordPrefix() {
        List<RunRow> invoices = lib.listRuns(RunFilter.ALL.withText("invoi"));
        assertTrue(invoices.stream().anyMatch(r -> "wf_invoice_extraction".equals(r.workflowId())));
        assertPicks(RunFilter.ALL.withText("Third-party vendor"), r -> "wf_vendor_due_diligence".equals(r.workflowId()));
        RunRow one = all.get(3);
        assertEquals(List.of(one.bundleId()), lib.listRuns(RunFilter.ALL.withText(one.fileName().replace(".json", "")))
                .stream().map(RunRow::bundleId).filter(id -> id == one.bundleId()).toList());
        assertTrue(lib.listRuns(RunFilter.ALL.withText("zzzz-no-such-word")).isEmpty());
    }

    @Test
    void userTextIsNeverFtsSyntax() {
        for (String text : List.of("\"unbalanced AND ( OR *", "NEAR(a b)", "*", "-", "a:b", "^x")) {
            lib.listRuns(RunFilter.ALL.withText(text));
        }
    }

    @Test
    void filtersCombine() {
        assertPicks(RunFilter.ALL.withStatus("completed").withCost(new CostRange("EUR", Optional.empty(), Optional.empty()))
                .withFindings(RunFilter.Findings.CLEAN), r -> "completed".equals(r.status())
                && r.stats().cost().containsKey("EUR") && r.stats().clean());
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            STARTED,  false
            STARTED,  true
            DURATION, false
            DURATION, true
            TOKENS,   false
            TOKENS,   true
            FINDINGS, true
            """)
    void sortingOrdersByTheKeyWithMissingValuesLast(RunSort.Key key, boolean descending) {
        Function<RunRow, Comparable> value = switch (key) {
            case STARTED -> RunRow::startedEpochMs;
            case DURATION -> r -> r.stats().durationMs();
            case TOKENS -> r -> r.stats().totalTokens();
            default -> r -> r.stats().errors() * 1_000_000L + r.stats().warnings() * 1_000L + r.stats().notes();
        };
        assertOrdered(lib.listRuns(RunFilter.ALL, RunSort.by(key, descending)), value, descending);
    }

    @Test
    void sortingByCostInOneCurrencyPutsRunsWithoutItLast() {
        List<RunRow> rows = lib.listRuns(RunFilter.ALL, RunSort.by(RunSort.Key.COST, true).inCurrency("usd"));
        assertOrdered(rows, r -> r.stats().cost().get("USD"), true);
        assertTrue(rows.get(0).stats().cost().containsKey("USD"));
    }

    @Test
    void sortingByCostWithoutACurrencyGroupsByCurrencyThenAmount() {
        List<RunRow> rows = lib.listRuns(RunFilter.ALL, RunSort.by(RunSort.Key.COST, false));
        List<String> firstCurrencies = rows.stream().map(r -> r.stats().cost().isEmpty() ? null
                : r.stats().cost().keySet().iterator().next()).toList();
        assertOrdered(rows, r -> r.stats().cost().isEmpty() ? null : r.stats().cost().keySet().iterator().next(), false);
        for (String c : firstCurrencies.stream().filter(x -> x != null).distinct().toList()) {
            assertOrdered(rows.stream().filter(r -> !r.stats().cost().isEmpty()
                    && r.stats().cost().keySet().iterator().next().equals(c)).toList(), r -> r.stats().cost().get(c), false);
        }
    }

    @Test
    void runsAreGroupedByWorkflowWithCounts() {
        List<WorkflowGroup> groups = lib.groupedRuns(RunFilter.ALL, RunSort.NEWEST_FIRST);
        assertEquals(6, groups.size(), "five workflows and the file with no run");
        assertEquals(all.size(), groups.stream().mapToInt(WorkflowGroup::count).sum());
        for (WorkflowGroup g : groups) {
            assertTrue(g.runs().stream().allMatch(r -> java.util.Objects.equals(r.workflowId(), g.workflowId())
                    && java.util.Objects.equals(r.workflowVersion(), g.version())));
            assertOrdered(g.runs(), RunRow::startedEpochMs, true);
        }
        assertEquals(null, groups.get(groups.size() - 1).workflowId(), "unreadable files come last");
        WorkflowGroup claims = groups.stream().filter(g -> "wf_claims_triage".equals(g.workflowId())).findFirst().orElseThrow();
        assertEquals("First-notice-of-loss claims triage", claims.title());
        assertEquals(5, claims.count(), "four samples and the tampered copy");
        List<String> titles = groups.stream().limit(5).map(WorkflowGroup::title).toList();
        assertEquals(titles.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList(), titles);
    }

    @Test
    void groupsFollowTheFilter() {
        List<WorkflowGroup> groups = lib.groupedRuns(RunFilter.ALL.withPendingOnly(true), RunSort.NEWEST_FIRST);
        assertEquals(Set.of("wf_claims_triage", "wf_contract_review"),
                groups.stream().map(WorkflowGroup::workflowId).collect(Collectors.toSet()));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void assertOrdered(List<RunRow> rows, Function<RunRow, Comparable> value, boolean descending) {
        Comparator<Comparable> natural = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        Comparator<RunRow> expected = Comparator.comparing(value, Comparator.nullsLast(natural));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(expected.compare(rows.get(i - 1), rows.get(i)) <= 0,
                    "out of order at " + i + ": " + value.apply(rows.get(i - 1)) + " then " + value.apply(rows.get(i)));
        }
    }
}
