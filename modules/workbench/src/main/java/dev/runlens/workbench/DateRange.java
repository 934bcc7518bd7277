package dev.runlens.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** UTC days from {@code from} to {@code to}, both included; an empty end is open. */
public record DateRange(Optional<LocalDate> from, Optional<LocalDate> to) {
    public static final DateRange ALL = new DateRange(Optional.empty(), Optional.empty());

    public static DateRange of(LocalDate from, LocalDate to) {
        return new DateRange(Optional.of(from), Optional.of(to));
    }

    /** The first instant in the range, when it has a start. */
    public Optional<Instant> start() {
        return from.map(d -> d.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The first instant after the range, when it has an end. */
    public Optional<Instant> end() {
        return to.map(d -> d.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    public boolean contains(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }
}
