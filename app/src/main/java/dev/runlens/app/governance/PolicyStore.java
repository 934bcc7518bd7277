package dev.runlens.app.governance;

import dev.runlens.costs.policy.PolicyException;
import dev.runlens.costs.policy.PolicyFile;
import dev.runlens.costs.policy.RoutingPolicy;
import dev.runlens.protocol.json.JsonReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The routing policy files of one folder: one {@code runlens-routing-policy/1} file per workflow,
 * found by content (any {@code *.json} name), new ones named after the workflow. Blocking I/O: call
 * it off the FX thread.
 */
final class PolicyStore {
    private final Path folder;

    PolicyStore(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** A policy file as saved: where, its text, and the policy it reads as (empty when it does not read). */
    record Saved(Path file, String text, Optional<RoutingPolicy> policy, Optional<String> problem) {}

    /** The workflow id of every policy file in the folder, with its file. */
    Map<String, Path> files() throws IOException {
        Map<String, Path> out = new TreeMap<>();
        if (!Files.isDirectory(folder)) return out;
        try (Stream<Path> s = Files.list(folder)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList()) {
                read(f).flatMap(Saved::policy).ifPresent(p -> out.putIfAbsent(p.workflowId(), f));
            }
        }
        return out;
    }

    /** The workflow's saved policy, when the folder has one. */
    Optional<Saved> saved(String workflowId) throws IOException {
        Path f = files().get(workflowId);
        return f == null ? Optional.empty() : read(f);
    }

    private static Optional<Saved> read(Path f) throws IOException {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        try {
            var root = JsonReader.hardened().read(text.getBytes(StandardCharsets.UTF_8)).value();
            if (!PolicyFile.recognises(root)) return Optional.empty();
            return Optional.of(new Saved(f, text, Optional.of(PolicyFile.parse(root)), Optional.empty()));
        } catch (PolicyException e) {
            return Optional.of(new Saved(f, text, Optional.empty(), Optional.of(e.getMessage())));
        } catch (dev.runlens.protocol.json.JsonReadException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Where a new policy of the workflow goes: its id with anything but letters, digits, dot, dash and underscore replaced. */
    Path fileFor(String workflowId) {
        String name = workflowId.replaceAll("[^A-Za-z0-9._-]", "_");
        if (name.isEmpty() || name.startsWith(".")) name = "_" + name;
        return folder.resolve(name + ".json");
    }

    /** Writes {@code text} to {@code file} whole or not at all (a temporary file beside it, then a move). */
    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".part");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
