package dev.runlens.replay.filter;

import java.util.Optional;

/** What {@link DisplayFilter#parse} gives: a filter, or the first error with its column. */
public sealed interface FilterResult permits FilterResult.Valid, FilterResult.Invalid {

    /** The text as typed. */
    String text();

    /** The filter, when the text parses. */
    default Optional<DisplayFilter> compiled() {
        return this instanceof Valid v ? Optional.of(v.filter()) : Optional.empty();
    }

    /** The error, when it does not. */
    default Optional<FilterError> problem() {
        return this instanceof Invalid i ? Optional.of(i.error()) : Optional.empty();
    }

    record Valid(DisplayFilter filter) implements FilterResult {
        @Override
        public String text() {
            return filter.text();
        }
    }

    record Invalid(String text, FilterError error) implements FilterResult {}
}
