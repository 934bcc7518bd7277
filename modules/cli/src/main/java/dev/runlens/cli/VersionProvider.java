package dev.runlens.cli;

import dev.runlens.workbench.Workbench;
import picocli.CommandLine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** {@code runlens --version}: the build's version and the protocol it implements. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in != null) p.load(in);
        }
        return new String[] {"runlens " + p.getProperty("version", "unknown") + " (" + Workbench.protocolDescription() + ")"};
    }
}
