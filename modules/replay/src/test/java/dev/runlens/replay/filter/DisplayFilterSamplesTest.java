package dev.runlens.replay.filter;

import dev.runlens.protocol.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import static dev.runlens.replay.filter.RawTrace.num;
import static dev.runlens.replay.filter.RawTrace.str;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Filters evaluated on the realistic sample runs, each count checked against the same question
 * asked of the file's plain JSON (no typed model, no {@link TraceFacts}).
 */
class DisplayFilterSamplesTest {

    static java.util.List<String> realistic() {
        return RawTrace.realistic();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realistic")
    void fieldComparisonsCountWhatThePlainJsonHolds(String name) {
        RawTrace raw = RawTrace.of(RawTrace.sample(name));
        TraceFacts facts = TraceFacts.of(raw.model());

        assertCount(raw, facts, "type:model_io", e -> is(e, "model_io"));
        assertCount(raw, facts, "type:span_*", e -> type(e).startsWith("span_"));
        assertCount(raw, facts, "not family:span", e -> !type(e).startsWith("span_"));
        assertCount(raw, facts, "cost>0.01", e -> num(e, "cost", "amount").filter(c -> c > 0.01).isPresent());
        assertCount(raw, facts, "cost<=0.001 currency:usd",
                e -> num(e, "cost", "amount").filter(c -> c <= 0.001).isPresent()
                        && str(e, "cost", "currency").filter("USD"::equals).isPresent());
        assertCount(raw, facts, "model:gpt*", e -> is(e, "model_io")
                && str(e, "model").filter(m -> m.toLowerCase(Locale.ROOT).startsWith("gpt")).isPresent());
        assertCount(raw, facts, "duration>2s", e -> num(e, "durationMs").filter(d -> d > 2000).isPresent());
        assertCount(raw, facts, "tokens.out>=100 or tokens.in<50",
                e -> num(e, "usage", "outputTokens").filter(t -> t >= 100).isPresent()
                        || num(e, "usage", "inputTokens").filter(t -> t < 50).isPresent());
        assertCount(raw, facts, "decision!=approved", e -> str(e, "decision").filter("approved"::equals).isEmpty());
        assertCount(raw, facts, "index<10", e -> raw.events().indexOf(e) < 10);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realistic")
    void theIssueExampleIsTheConjunctionOfItsTerms(String name) {
        RawTrace raw = RawTrace.of(RawTrace.sample(name));
        TraceFacts facts = TraceFacts.of(raw.model());
        String step = raw.events().stream().map(e -> str(e, "stepId")).flatMap(java.util.Optional::stream)
                .filter(s -> s.startsWith("draft")).findFirst().orElse("draft");

        assertCount(raw, facts, "type:model_io step:" + step + " cost>0.0001 model:gpt*",
                e -> is(e, "model_io") && str(e, "stepId").filter(step::equals).isPresent()
                        && num(e, "cost", "amount").filter(c -> c > 0.0001).isPresent()
                        && str(e, "model").filter(m -> m.startsWith("gpt")).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realistic")
    void bareWordsSearchEveryStringValueIgnoringCase(String name) {
        RawTrace raw = RawTrace.of(RawTrace.sample(name));
        TraceFacts facts = TraceFacts.of(raw.model());
        for (String word : new String[] {"liability", "Approved", "gpt-4.1", "tool.", "EUR", "liability cap"}) {
            String filter = word.contains(" ") ? '"' + word + '"' : word;
            assertCount(raw, facts, filter, e -> RawTrace.mentions(e, word));
            assertCount(raw, facts, "text:" + filter, e -> RawTrace.mentions(e, word));
        }
    }

    @Test
    void failuresAndErrorsOfTheFailedRunAreFound() {
        RawTrace raw = RawTrace.of(RawTrace.sample("2026-09-08-invoice-extraction-failed.json"));
        TraceFacts facts = TraceFacts.of(raw.model());
        Predicate<JsonValue.Obj> failure = e -> is(e, "error")
                || is(e, "step_completed") && e.get("ok").equals(JsonValue.Bool.FALSE)
                || is(e, "span_ended") && str(e, "status").filter("error"::equals).isPresent()
                || is(e, "run_status_changed") && str(e, "status").filter("failed"::equals).isPresent();

        long n = assertCount(raw, facts, "family:error or status:failed or status:error", failure);

        assertTrue(n >= 3, "the failed run has errors, a failed step and failed spans: " + n);
        int[] failures = java.util.stream.IntStream.range(0, facts.size()).filter(facts::failure).toArray();
        assertArrayEquals(failures, DisplayFilter.parse("family:error or status:failed or status:error")
                .compiled().orElseThrow().select(facts));
    }

    @Test
    void eventsOfAnUnknownTypeAreFilteredByTheTypeAsWritten() {
        RawTrace raw = RawTrace.of(RawTrace.sample("negative/unknown-event-type.json"));
        TraceFacts facts = TraceFacts.of(raw.model());

        assertEquals(1, assertCount(raw, facts, "type:cache_hit", e -> is(e, "cache_hit")));
        assertCount(raw, facts, "family:run", e -> Set.of("cache_hit", "rule_changed", "run_status_changed",
                "annotation", "run_forked", "policy_changed").contains(type(e)));
    }

    @Test
    void aPayloadNested5000LevelsDeepIsSearchedWithoutOverflow() {
        RawTrace raw = RawTrace.of(RawTrace.sample("negative/deeply-nested-payload-5000.json"));
        TraceFacts facts = TraceFacts.of(raw.model());

        assertCount(raw, facts, "text:police", e -> RawTrace.mentions(e, "police"));
    }

    @Test
    void modelCallsKnowTheirModelAndTimeOffsetsStartAtZero() {
        RawTrace raw = RawTrace.of(RawTrace.sample("2026-09-24-vendor-due-diligence-completed.json"));
        TraceFacts facts = TraceFacts.of(raw.model());

        assertEquals(0.0, facts.offsetMillis(0).orElseThrow());
        for (int i = 0; i < facts.size(); i++) {
            if (is(raw.events().get(i), "model_io")) {
                assertTrue(facts.receipt(i).isPresent(), "model_io " + i + " has its call");
                assertEquals(str(raw.events().get(i), "model"), facts.model(i));
            }
            assertTrue(facts.offsetMillis(i).orElseThrow() >= 0, "event " + i + " is not before the first");
        }
    }

    private static long assertCount(RawTrace raw, TraceFacts facts, String filter, Predicate<JsonValue.Obj> expected) {
        DisplayFilter f = DisplayFilter.parse(filter).compiled()
                .orElseThrow(() -> new AssertionError(filter + ": " + DisplayFilter.parse(filter).problem().orElseThrow().describe()));
        int[] selected = f.select(facts);
        int[] independent = java.util.stream.IntStream.range(0, raw.events().size())
                .filter(i -> expected.test(raw.events().get(i))).toArray();
        assertArrayEquals(independent, selected, filter);
        return selected.length;
    }

    private static boolean is(JsonValue.Obj e, String type) {
        return type.equals(type(e));
    }

    private static String type(JsonValue.Obj e) {
        return str(e, "type").orElse("");
    }
}
