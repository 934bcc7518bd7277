package dev.runlens.replay.filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar, table-driven: what parses (shown in canonical form) and what does not (column and message). */
class DisplayFilterParseTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            type:model_io                                   | type:model_io
            TYPE:model_io                                   | type:model_io
            type:model_io step:draft cost>0.01 model:gpt*   | (type:model_io and step:draft and cost>0.01 and model:gpt*)
            cost > 0.01                                     | cost>0.01
            cost >= 1e-3                                    | cost>=1e-3
            tokens<=500                                     | tokens<=500
            tokens.in>100 input_tokens<2000                 | (tokens.in>100 and tokens.in<2000)
            index==3                                        | index=3
            step!=classify                                  | step!=classify
            duration>2s                                     | duration>2s
            a or b and c                                    | (text~a or (text~b and text~c))
            (a or b) c                                      | ((text~a or text~b) and text~c)
            `a || b && c`                                   | (text~a or (text~b and text~c))
            not a b                                         | (not text~a and text~b)
            !type:span_* !(step:x)                          | (not type:span_* and not step:x)
            NOT a OR b                                      | (not text~a or text~b)
            `"liability cap"`                               | `text~"liability cap"`
            `step:"with space"`                             | `step:"with space"`
            `'or'`                                          | text~or
            `text:"say \\"hi\\""`                           | `text:"say \\"hi\\""`
            id:a:b                                          | id:a:b
            cid:d40bffad-b335                               | correlation:d40bffad-b335
            gate:checkpoint decision~edit                   | (gate:checkpoint and decision~edit)
            family:error or status:failed                   | (family:error or status:failed)
            ((((x))))                                       | text~x
            """)
    void validFiltersParseToTheirCanonicalForm(String text, String canonical) {
        FilterResult r = DisplayFilter.parse(text);
        assertTrue(r.compiled().isPresent(), () -> "rejected: " + r.problem().map(FilterError::describe).orElse(""));
        assertEquals(canonical, r.compiled().get().canonical());
        assertEquals(text, r.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            tpye:model_io            | 1  | unknown field 'tpye'; did you mean 'type'?
            type:x stpe:y            | 8  | unknown field 'stpe'; did you mean 'step'?
            mod:gpt*                 | 1  | unknown field 'mod'; did you mean 'model'?
            costs>1                  | 1  | unknown field 'costs'; did you mean 'cost'?
            colour:red               | 1  | unknown field 'colour'; fields are type, family, id, index, step, correlation, model, provider, direction, cost, currency, tokens, tokens.in, tokens.out, duration, gate, decision, artifact, tool, span, status, text
            step>3                   | 5  | '>' compares numbers, but step is text; use : = != or ~
            cost~1                   | 5  | '~' searches text, but cost is a number; use : = != > >= < or <=
            cost=>1                  | 5  | unknown operator '=>'; operators are : = != > >= < <= ~
            type::x                  | 5  | unknown operator '::'; operators are : = != > >= < <= ~
            cost>abc                 | 6  | number expected for cost, found 'abc'
            cost>0x10                | 6  | number expected for cost, found '0x10'
            duration>fast            | 10 | duration expected (500, 500ms, 2s, 1.5m, 1h) for duration, found 'fast'
            `step:"draft`            | 6  | unterminated quote: " opened at column 6 is never closed
            `a 'b`                   | 3  | unterminated quote: ' opened at column 3 is never closed
            type:                    | 6  | value expected after 'type:'
            (type:)                  | 7  | value expected after 'type:'
            (a or b                  | 8  | ')' expected to close the '(' at column 1
            a)                       | 2  | unexpected ')': no '(' is open
            ()                       | 2  | expression expected after '('
            a or                     | 5  | expression expected after 'or'
            a and or b               | 7  | expression expected after 'and'
            or a                     | 1  | expression expected before 'or'
            not                      | 4  | expression expected after 'not'
            :x                       | 1  | field name expected before ':'
            a and >5                 | 7  | field name expected before '>'
            >5                       | 1  | field name expected before '>'
            cots >5                  | 1  | unknown field 'cots'; did you mean 'cost'?
            `"type":x`               | 7  | field name expected before ':'
            """)
    void invalidFiltersNameTheColumnAndWhatWasExpected(String text, int column, String message) {
        FilterResult r = DisplayFilter.parse(text);
        FilterError e = r.problem().orElseThrow(() -> new AssertionError("accepted as " + r.compiled().get().canonical()));
        assertEquals(message, e.message());
        assertEquals(column, e.column());
    }

    @Test
    void blankTextKeepsEveryEvent() {
        assertTrue(DisplayFilter.parse("   ").compiled().orElseThrow().matchesAll());
        assertTrue(DisplayFilter.parse(null).compiled().orElseThrow().matchesAll());
    }

    @Test
    void nestingBeyondTheLimitIsAnErrorNotAStackOverflow() {
        String deep = "(".repeat(5_000) + "x" + ")".repeat(5_000);
        FilterError e = DisplayFilter.parse(deep).problem().orElseThrow();
        assertEquals(Parser.MAX_DEPTH + 1, e.column());
        assertEquals("nested more than 100 levels deep", e.message());
    }

    @Test
    void theErrorSpansTheFaultyCharacters() {
        assertEquals(4, DisplayFilter.parse("tpye:x").problem().orElseThrow().length());
        assertEquals("column 1: unknown field 'tpye'; did you mean 'type'?",
                DisplayFilter.parse("tpye:x").problem().orElseThrow().describe());
    }
}
