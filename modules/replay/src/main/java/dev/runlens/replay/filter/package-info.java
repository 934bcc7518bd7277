/**
 * The trace's display filter language (in the spirit of Wireshark's display filters), and the
 * per-event facts it compares ({@link dev.runlens.replay.filter.TraceFacts}), which the trace
 * table shows too.
 *
 * <p>{@link dev.runlens.replay.filter.DisplayFilter#parse} never throws: it gives a
 * {@link dev.runlens.replay.filter.DisplayFilter} or a {@link dev.runlens.replay.filter.FilterError}
 * with the 1-based column where the problem starts and a message that says what was expected
 * (unknown field with the nearest name, an operator the field does not take, an unterminated
 * quote, a number or duration expected, a missing value or parenthesis).
 *
 * <h2>Grammar</h2>
 * <pre>
 * filter     = [ or ]                                  (blank: every event)
 * or         = and { ("or" | "||") and }
 * and        = unary { [ "and" | "&amp;&amp;" ] unary }        (terms side by side are ANDed)
 * unary      = ("not" | "!") unary | "(" or ")" | term
 * term       = field operator value | word | quoted    (a bare word or quoted string: text~value)
 * operator   = ":" | "=" | "==" | "!=" | "&gt;" | "&gt;=" | "&lt;" | "&lt;=" | "~"
 * value      = quoted | any characters up to a space or parenthesis
 * quoted     = '"' ... '"' | "'" ... "'"              (backslash escapes the quote and itself)
 * </pre>
 * {@code not} binds tighter than {@code and}, {@code and} tighter than {@code or}. Keywords are
 * case-insensitive; to search for the word {@code or}, quote it. A word ends at a space, a
 * parenthesis, a quote or an operator character; spaces around an operator are allowed
 * ({@code cost > 0.01}).
 *
 * <h2>Operators</h2>
 * On text fields: {@code :} equals ignoring case, or matches a glob when the value has {@code *}
 * ({@code model:gpt*}); for the {@code text} field {@code :} means contains. {@code =} (or
 * {@code ==}) equals exactly, case-sensitive; {@code !=} is its negation and also holds when the
 * event lacks the field; {@code ~} contains, ignoring case. On number fields {@code :} and
 * {@code =} are equality and {@code != > >= < <=} compare; {@code ~} is an error, as ordering a
 * text field is. An event that lacks a field matches no comparison on it but {@code !=}.
 *
 * <h2>Fields</h2>
 * {@code type} (as written), {@code family} (model, tool, gate, artifact, step, span, error, run),
 * {@code id}, {@code index} (0-based trace position), {@code step}, {@code correlation}
 * ({@code cid}), {@code model} and {@code provider} (a {@code model_io}'s own, else its model
 * call's), {@code direction}, {@code cost} (reported amount, any currency), {@code currency},
 * {@code tokens} (total, else input + output), {@code tokens.in} ({@code input_tokens}),
 * {@code tokens.out} ({@code output_tokens}), {@code duration} (of a {@code model_io} or
 * {@code span_ended}; a number of milliseconds or with a unit: {@code 500ms 2s 1.5m 1h}),
 * {@code gate}, {@code decision}, {@code artifact} (key written or patched), {@code tool},
 * {@code span} (name of the span opened or closed), {@code status} (run status, span status,
 * {@code ok}/{@code failed} of a step), and {@code text}: every string value the event carries
 * (summary, payload, arguments and results, notes, messages, ids; not object keys, run id or
 * timestamp).
 *
 * <p>Examples: {@code type:model_io step:draft_redlines cost>0.01 model:gpt*};
 * {@code family:gate and not decision:approved}; {@code (tool:search or tool:fetch) duration>2s};
 * {@code "liability cap"}; {@code status:failed || family:error}.
 */
package dev.runlens.replay.filter;
