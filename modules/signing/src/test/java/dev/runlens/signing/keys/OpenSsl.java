package dev.runlens.signing.keys;

import dev.runlens.testkit.ExternalTool;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
        List<String> cmd = new ArrayList<>();
        cmd.add(exe.toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("openssl timed out: " + cmd);
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }
}
