package dev.runlens.workbench;

import dev.runlens.signing.codec.Fields;
import dev.runlens.signing.codec.JsonBuilder;
import dev.runlens.signing.codec.StrictJson;
import dev.runlens.signing.codec.StrictJsonException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The signing settings the app remembers in the data folder ({@link DataFolder#signingSettings()}):
 * the trust list decisions are verified with (empty: {@link DataFolder#trustList()}) and the audience
 * decisions are signed for and checked against (empty: none; {@code RUNLENS_AUDIENCE} overrides it).
 * A small JSON object ({@code runlens-signing-settings/1}), written atomically.
 */
public record SigningSettings(Optional<Path> trustList, Optional<String> audience) {
    public static final String TYPE = "runlens-signing-settings/1";
    public static final SigningSettings DEFAULT = new SigningSettings(Optional.empty(), Optional.empty());

    public SigningSettings {
        audience = audience.map(String::strip).filter(a -> !a.isEmpty());
    }

    public SigningSettings withTrustList(Path file) {
        return new SigningSettings(Optional.of(file.toAbsolutePath().normalize()), audience);
    }

    public SigningSettings withAudience(Optional<String> value) {
        return new SigningSettings(trustList, value);
    }

    /** The trust list in use: the chosen file, else the data folder's {@code trust-list.dsse.json}. */
    public Path trustListIn(DataFolder folder) {
        return trustList.orElse(folder.trustList());
    }

    /** The audience in force: {@code environment} (RUNLENS_AUDIENCE) when it is set and not blank, else this setting. */
    public Optional<String> audienceWith(Optional<String> environment) {
        return environment.map(String::strip).filter(a -> !a.isEmpty()).or(() -> audience);
    }

    /**
     * The settings in {@code file}; {@link #DEFAULT} when it does not exist.
     *
     * @throws IllegalArgumentException the file is not a settings file (the message names it)
     */
    public static SigningSettings load(Path file) throws IOException {
        if (!Files.exists(file)) return DEFAULT;
        try {
            Fields f = Fields.root(StrictJson.parse(Files.readAllBytes(file)), "settings");
            String type = f.str("_type");
            if (!type.equals(TYPE)) throw new StrictJsonException("settings._type: \"" + type + "\" is not " + TYPE);
            Optional<Path> trust = f.optStr("trustList").map(Path::of);
            return new SigningSettings(trust.map(p -> p.isAbsolute() ? p : file.toAbsolutePath().getParent().resolve(p)), f.optStr("audience"));
        } catch (StrictJsonException | InvalidPathException e) {
            throw new IllegalArgumentException(file + ": not a RunLens signing settings file: " + e.getMessage());
        }
    }

    public void save(Path file) throws IOException {
        JsonBuilder b = JsonBuilder.object().put("_type", TYPE);
        trustList.ifPresent(p -> b.put("trustList", p.toString()));
        audience.ifPresent(a -> b.put("audience", a));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(tmp, StrictJson.asWritten(b.build()));
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
