package dev.runlens.store;

import dev.runlens.protocol.integrity.BundleReader;
import dev.runlens.protocol.integrity.Finding;

import java.util.List;

/**
 * The findings indexed for a file. The store sits beside audit, not above it, so by default it
 * indexes the strict verification findings only; the workbench can pass the auditor's findings
 * (e.g. {@code (loaded, bytes) -> Auditor.standard().audit(loaded, bytes)}) through this hook.
 */
@FunctionalInterface
public interface FindingsSource {
    FindingsSource STRICT = (loaded, bytes) -> loaded.report().findings();

    List<Finding> findings(BundleReader.Loaded loaded, byte[] bytes);
}
