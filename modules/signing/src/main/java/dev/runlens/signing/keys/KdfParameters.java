package dev.runlens.signing.keys;

/**
 * PBKDF2-HMAC-SHA256 settings for writing an encrypted key file. {@link #PRODUCTION} (600,000
 * iterations, 16-byte salt) is what every RunLens command uses. {@link #testOnly(int)} exists so unit
 * tests can write many key files quickly; it is named for that, marks itself, and nothing outside
 * tests calls it (the CLI has no option that reaches it).
 */
public record KdfParameters(int iterations, int saltBytes, boolean weakForTests) {
    /** The minimum the design requires (OWASP 2023 for PBKDF2-HMAC-SHA256). */
    public static final int MIN_ITERATIONS = 600_000;

    public static final KdfParameters PRODUCTION = new KdfParameters(MIN_ITERATIONS, 16, false);

    public KdfParameters {
        if (saltBytes < 16) throw new IllegalArgumentException("salt must be at least 16 bytes");
        if (iterations < 1) throw new IllegalArgumentException("iterations must be positive");
        if (!weakForTests && iterations < MIN_ITERATIONS)
            throw new IllegalArgumentException("PBKDF2 needs at least " + MIN_ITERATIONS + " iterations (got " + iterations + ")");
    }

    /** Fewer iterations, for tests only: never use for a real key. */
    public static KdfParameters testOnly(int iterations) {
        return new KdfParameters(iterations, 16, true);
    }
}
