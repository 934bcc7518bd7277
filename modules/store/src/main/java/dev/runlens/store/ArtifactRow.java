package dev.runlens.store;

/** One artifact version of the bundle's {@code artifacts[]}; pointer fields are null when absent. */
public record ArtifactRow(String key, long version, String typeId, String createdAt, String payloadHash,
                          Long byteLength) {}
