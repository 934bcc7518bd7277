package dev.runlens.cli;

import java.io.Console;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Where a passphrase comes from — never the command line: {@code --passphrase-file F} (its first
 * line), the {@code RUNLENS_PASSPHRASE} variable (for scripts), or a prompt on the console.
 */
final class Passphrases {
    static final String ENV = "RUNLENS_PASSPHRASE";

    private Passphrases() {}

    /** Thrown when no source gives a passphrase. */
    static final class Missing extends Exception {
        Missing(String m) {
            super(m);
        }
    }

    static char[] read(CliContext ctx, Path file, String prompt, boolean confirm) throws IOException, Missing {
        if (file != null) {
            byte[] bytes = Files.readAllBytes(file);
            int end = 0;
            while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') end++;
            CharBuffer cb = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes, 0, end));
            char[] out = Arrays.copyOf(cb.array(), cb.limit());
            Arrays.fill(bytes, (byte) 0);
            Arrays.fill(cb.array(), '\0');
            return nonEmpty(out, file.toString());
        }
        String env = ctx.env().get(ENV);
        if (env != null) return nonEmpty(env.toCharArray(), ENV);
        Console console = ctx.console().get();
        if (console == null) throw new Missing("no passphrase: give --passphrase-file FILE or set " + ENV + " (there is no console to ask on)");
        char[] first = console.readPassword("%s: ", prompt);
        if (first == null) throw new Missing("no passphrase entered");
        if (confirm) {
            char[] again = console.readPassword("Repeat %s: ", prompt.toLowerCase(java.util.Locale.ROOT));
            boolean same = again != null && Arrays.equals(first, again);
            if (again != null) Arrays.fill(again, '\0');
            if (!same) {
                Arrays.fill(first, '\0');
                throw new Missing("the passphrases do not match");
            }
        }
        return nonEmpty(first, "the prompt");
    }

    private static char[] nonEmpty(char[] p, String source) throws Missing {
        if (p.length == 0) throw new Missing("empty passphrase from " + source);
        return p;
    }
}
