package dev.runlens.store;

/** An event whose payload text matched a search. */
public record SearchHit(long bundleId, String runId, String eventId) {}
