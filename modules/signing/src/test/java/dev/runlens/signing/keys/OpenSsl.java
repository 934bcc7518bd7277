package dev.runlens.signing.keys;

import dev.runlens.testkit.ExternalTool;

import java.io.IOException;
import java.nio.file.Path;

/** Runs the {@code openssl} command line for interop tests (skipped locally without it; required under CI=true). */
public final class OpenSsl {
    public record Run(int exit, String out, String err) {}

    private final Path exe;

    private OpenSsl(Path exe) {
        this.exe = exe;
    }

    public static OpenSsl require() {
        return new OpenSsl(ExternalTool.require("openssl", "interoperability with the OpenSSL command line"));
    }

    public Run run(Path dir, String... args) throws IOException, InterruptedException {
        ExternalTool.Run r = ExternalTool.run(exe, dir, args);
        return new Run(r.exit(), r.out(), r.stderr());
    }
}
