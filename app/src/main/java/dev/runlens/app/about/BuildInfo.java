package dev.runlens.app.about;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The build this app comes from: its version, when it was built (UTC) and with which JDK, from the
 * {@code build.properties} Maven writes next to this class.
 */
public record BuildInfo(String version, String built, String jdk) {
    static final BuildInfo UNKNOWN = new BuildInfo("unknown", "unknown", "unknown");

    public static BuildInfo load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) return UNKNOWN;
            Properties p = new Properties();
            p.load(in);
            return new BuildInfo(p.getProperty("version", "unknown"), p.getProperty("built", "unknown"), p.getProperty("jdk", "unknown"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
