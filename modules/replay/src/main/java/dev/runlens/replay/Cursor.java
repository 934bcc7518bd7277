package dev.runlens.replay;

import dev.runlens.protocol.model.TraceEvent;

import java.util.Optional;

/** An immutable position in a replay, {@code 0..replay.size()}; moving returns a new cursor. */
public record Cursor(Replay replay, int position) {
    public Cursor {
        if (position < 0 || position > replay.size()) {
            throw new IndexOutOfBoundsException("position " + position + " outside 0.." + replay.size());
        }
    }

    public RunState state() {
        return replay.stateAt(position);
    }

    /** The last applied event (empty at 0). */
    public Optional<TraceEvent> event() {
        return position == 0 ? Optional.empty() : Optional.of(replay.event(position - 1));
    }

    public boolean hasNext() {
        return position < replay.size();
    }

    public boolean hasPrevious() {
        return position > 0;
    }

    public Cursor next() {
        return new Cursor(replay, position + 1);
    }

    public Cursor previous() {
        return new Cursor(replay, position - 1);
    }

    public Cursor seek(int p) {
        return new Cursor(replay, p);
    }

    /** Right after the first event with this id, if there is one. */
    public Optional<Cursor> afterEvent(String eventId) {
        return replay.positionAfter(eventId).stream().mapToObj(this::seek).findFirst();
    }
}
