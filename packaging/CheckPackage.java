/*
 * Checks what packaging/Packager.java built (app/pom.xml, profile "package", phase verify):
 *
 *   java packaging/CheckPackage.java --project . --target app/target --version 0.1.0-SNAPSHOT [--os linux] [--type deb]
 *
 * Every OS: the packaged CLI launcher prints the version, verifies a sample (valid, exit 0) and the
 * tampered sample (MISMATCH, exit 1), and generates a reviewer key (crypto in the jlinked runtime); the
 * runtime holds exactly the jlinked modules and JavaFX's native libraries; the installer and its line
 * in SHA256SUMS exist.
 * Linux: the .deb holds both launchers, the desktop entry (file association by MIME type, %F), the
 * MIME type's shared-mime-info file (and update-mime-database accepts it, when installed), no desktop
 * entry for the CLI, depends on GTK 3 and xdg-utils, and its maintainer scripts parse; and, when
 * xvfb-run is there, the packaged app starts under Xvfb, seeds a new library with the 14 sample runs
 * and never unpacks JavaFX into the home folder. Under CI=true a missing tool is a failure, not a skip.
 */

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

public final class CheckPackage {
    private static final String SAMPLE = "sample-bundles/2026-09-03-contract-review-completed.json";
    private static final String TAMPERED = "sample-bundles/negative/integrity-mismatch-cost-digit.json";
    private static final int SAMPLE_RUNS = 14;
    private static final boolean CI = "true".equalsIgnoreCase(System.getenv("CI"));

    private final Path project;
    private final Path target;
    private final String version;
    private final String os;
    private final String type;
    private final List<String> failures = new ArrayList<>();
    private int passed;

    private CheckPackage(Path project, Path target, String version, String os, String type) {
        this.project = project.toAbsolutePath().normalize();
        this.target = target.toAbsolutePath().normalize();
        this.version = version;
        this.os = os;
        this.type = type;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) o.put(args[i], args[i + 1]);
        String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String os = o.getOrDefault("--os", name.startsWith("windows") ? "windows" : name.startsWith("mac") ? "macos" : "linux");
        String type = o.getOrDefault("--type", switch (os) { case "windows" -> "msi"; case "macos" -> "dmg"; default -> "deb"; });
        CheckPackage c = new CheckPackage(Path.of(o.getOrDefault("--project", ".")), Path.of(o.getOrDefault("--target", "app/target")),
                o.getOrDefault("--version", "0.0.0"), os, type);
        c.run();
        System.out.println("[check] " + c.passed + " checks passed" + (c.failures.isEmpty() ? "" : ", " + c.failures.size() + " failed:"));
        c.failures.forEach(f -> System.out.println("[check]   FAILED " + f));
        System.exit(c.failures.isEmpty() ? 0 : 1);
    }

    private void run() throws Exception {
        Path image = target.resolve("jpackage/image");
        Path cli = switch (os) {
            case "windows" -> image.resolve("RunLens/runlens-cli.exe");
            case "macos" -> image.resolve("RunLens.app/Contents/MacOS/runlens-cli");
            default -> image.resolve("RunLens/bin/runlens");
        };
        Path runtime = switch (os) {
            case "windows" -> image.resolve("RunLens/runtime");
            case "macos" -> image.resolve("RunLens.app/Contents/runtime/Contents/Home");
            default -> image.resolve("RunLens/lib/runtime");
        };
        checkCli(cli);
        checkRuntime(runtime);
        if (!type.equals("none")) checkInstaller();
        if (os.equals("linux") && type.equals("deb")) checkDeb();
        if (os.equals("linux")) startApp(image.resolve("RunLens/bin/RunLens"));
    }

    // ------------------------------------------------------------------ every OS

    private void checkCli(Path cli) throws Exception {
        check(Files.isExecutable(cli), "CLI launcher " + cli + " exists");
        Result v = exec(List.of(cli.toString(), "--version"), Map.of(), 60);
        check(v.code == 0 && v.out.contains("runlens " + version), "runlens --version prints " + version + ": " + v);
        Result ok = exec(List.of(cli.toString(), "verify", project.resolve(SAMPLE).toString()), Map.of(), 60);
        check(ok.code == 0 && ok.out.contains("valid"), "runlens verify " + SAMPLE + " is valid (exit 0): " + ok);
        Result bad = exec(List.of(cli.toString(), "verify", project.resolve(TAMPERED).toString()), Map.of(), 60);
        check(bad.code == 1 && bad.out.contains("MISMATCH"), "runlens verify " + TAMPERED + " is a MISMATCH (exit 1): " + bad);
        Path home = Files.createTempDirectory("runlens-check-home");
        Result key = exec(List.of(cli.toString(), "keys", "generate", "check", "--algorithm", "ed25519"),
                Map.of("RUNLENS_HOME", home.toString(), "RUNLENS_PASSPHRASE", "packaging check passphrase"), 60);
        check(key.code == 0 && Files.isRegularFile(home.resolve("keys/check.pub.pem")), "runlens keys generate works in the jlinked runtime: " + key);
    }

    private void checkRuntime(Path runtime) throws IOException {
        Path release = runtime.resolve("release");
        check(Files.isRegularFile(release), "runtime release file " + release + " exists");
        if (!Files.isRegularFile(release)) return;
        String modules = Files.readAllLines(release).stream().filter(l -> l.startsWith("MODULES=")).findFirst().orElse("");
        List<String> wanted = Files.readAllLines(project.resolve("packaging/modules.txt")).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (String m : wanted) check(modules.contains(m), "the runtime holds " + m);
        check(!modules.contains("jdk.compiler") && !modules.contains("javafx.web") && !modules.contains("java.se "),
                "the runtime holds only what packaging/modules.txt needs: " + modules);
        String glass = switch (os) { case "windows" -> "bin/glass.dll"; case "macos" -> "lib/libglass.dylib"; default -> "lib/libglass.so"; };
        check(Files.isRegularFile(runtime.resolve(glass)), "JavaFX's native libraries sit in the runtime (" + glass + ")");
    }

    private void checkInstaller() throws Exception {
        Path dir = target.resolve("installer");
        List<Path> installers = list(dir).stream().filter(p -> p.getFileName().toString().endsWith("." + type)).toList();
        check(installers.size() == 1, "one ." + type + " in " + dir + ": " + installers);
        Path sums = dir.resolve("SHA256SUMS");
        check(Files.isRegularFile(sums), "SHA256SUMS exists");
        if (installers.size() != 1 || !Files.isRegularFile(sums)) return;
        String line = sha256(installers.get(0)) + "  " + installers.get(0).getFileName();
        check(Files.readAllLines(sums).contains(line), "SHA256SUMS has " + line);
    }

    // ------------------------------------------------------------------ Linux .deb

    private void checkDeb() throws Exception {
        if (!tool("dpkg-deb")) return;
        Path deb = list(target.resolve("installer")).stream().filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        Result listing = exec(List.of("dpkg-deb", "-c", deb.toString()), Map.of(), 120);
        check(listing.code == 0, "dpkg-deb -c lists the package");
        for (String f : List.of("./opt/runlens/bin/RunLens", "./opt/runlens/bin/runlens", "./opt/runlens/lib/runlens-RunLens.desktop",
                "./opt/runlens/lib/app/mime/runlens-run-bundle.xml", "./opt/runlens/lib/RunLens.png",
                "./opt/runlens/lib/app/runlens-app.jar", "./opt/runlens/lib/runtime/lib/libglass.so", "./opt/runlens/share/doc/copyright")) {
            check(listing.out.contains(" " + f + "\n"), "the .deb holds " + f);
        }
        check(!listing.out.contains("runlens-runlens.desktop"), "the .deb has no desktop entry for the CLI launcher");
        check(!listing.out.contains("/lib/app/lib/javafx-"), "the .deb's class path holds no JavaFX jar");

        Path root = Files.createTempDirectory("runlens-deb");
        check(exec(List.of("dpkg-deb", "-R", deb.toString(), root.toString()), Map.of(), 300).code == 0, "dpkg-deb -R unpacks the package");
        String desktop = Files.readString(root.resolve("opt/runlens/lib/runlens-RunLens.desktop"));
        check(desktop.contains("\nExec=/opt/runlens/bin/RunLens %F\n"), "the desktop entry starts RunLens with the files: " + desktop);
        check(desktop.contains("\nMimeType=application/vnd.llm-workbench.run-bundle+json;\n"), "the desktop entry declares the run bundle MIME type");
        check(desktop.contains("\nIcon=/opt/runlens/lib/RunLens.png\n") && desktop.contains("\nType=Application\n"), "the desktop entry has its icon");
        if (tool("desktop-file-validate")) {
            Result valid = exec(List.of("desktop-file-validate", root.resolve("opt/runlens/lib/runlens-RunLens.desktop").toString()), Map.of(), 60);
            check(valid.code == 0 && valid.out.isBlank(), "desktop-file-validate accepts the desktop entry: " + valid);
        }
        String mime = Files.readString(root.resolve("opt/runlens/lib/app/mime/runlens-run-bundle.xml"));
        for (String part : List.of("type=\"application/vnd.llm-workbench.run-bundle+json\"", "<sub-class-of type=\"application/json\"/>",
                "<glob pattern=\"*.runbundle.json\"/>", "<glob pattern=\"*.runbundle\"/>")) {
            check(mime.contains(part), "the MIME file has " + part);
        }
        if (tool("update-mime-database")) checkMimeDatabase(root.resolve("opt/runlens/lib/app/mime/runlens-run-bundle.xml"));

        String control = Files.readString(root.resolve("DEBIAN/control"));
        check(control.contains("Package: runlens\n"), "the package is called runlens");
        String depends = control.lines().filter(l -> l.startsWith("Depends:")).findFirst().orElse("");
        check(depends.contains("libgtk-3-0") && depends.contains("xdg-utils"), "the package depends on GTK 3 and xdg-utils: " + depends);
        String postinst = Files.readString(root.resolve("DEBIAN/postinst"));
        for (String cmd : List.of("xdg-desktop-menu install /opt/runlens/lib/runlens-RunLens.desktop",
                "xdg-mime install --mode system /opt/runlens/lib/app/mime/runlens-run-bundle.xml",
                "update-alternatives --install /usr/bin/runlens runlens /opt/runlens/bin/runlens")) {
            check(postinst.contains(cmd), "postinst runs " + cmd);
        }
        String prerm = Files.readString(root.resolve("DEBIAN/prerm"));
        for (String cmd : List.of("xdg-desktop-menu uninstall /opt/runlens/lib/runlens-RunLens.desktop",
                "xdg-mime uninstall --mode system /opt/runlens/lib/app/mime/runlens-run-bundle.xml",
                "update-alternatives --remove runlens /opt/runlens/bin/runlens")) {
            check(prerm.contains(cmd), "prerm runs " + cmd);
        }
        check(postinst.contains(") || echo") && prerm.contains(") || true"),
                "the maintainer scripts do not fail where there is no desktop menu to register with");
        for (String script : List.of("preinst", "postinst", "prerm", "postrm")) {
            Path s = root.resolve("DEBIAN").resolve(script);
            if (Files.exists(s)) check(exec(List.of("sh", "-n", s.toString()), Map.of(), 30).code == 0, script + " is valid sh");
        }
    }

    /** The MIME file goes through update-mime-database; the globs it writes name the run bundle type. */
    private void checkMimeDatabase(Path xml) throws Exception {
        Path db = Files.createTempDirectory("runlens-mime");
        Files.createDirectories(db.resolve("packages"));
        Files.copy(xml, db.resolve("packages").resolve(xml.getFileName()));
        Result r = exec(List.of("update-mime-database", db.toString()), Map.of(), 60);
        check(r.code == 0, "update-mime-database accepts the MIME file: " + r);
        Path globs = db.resolve("globs2");
        String text = Files.isRegularFile(globs) ? Files.readString(globs) : "";
        check(text.contains("application/vnd.llm-workbench.run-bundle+json:*.runbundle.json"), "the MIME database globs *.runbundle.json");
        Path subclasses = db.resolve("subclasses");
        check(Files.isRegularFile(subclasses) && Files.readString(subclasses).contains("application/vnd.llm-workbench.run-bundle+json application/json"),
                "the MIME database knows run bundles are JSON");
    }

    // ------------------------------------------------------------------ the packaged app

    /** Starts the packaged app on a new library under Xvfb: it must seed the sample runs and keep running. */
    private void startApp(Path launcher) throws Exception {
        if (!tool("xvfb-run")) return;
        Path home = Files.createTempDirectory("runlens-check-app");
        Path library = home.resolve("library");
        Path userHome = Files.createDirectories(home.resolve("home"));
        ProcessBuilder b = new ProcessBuilder("xvfb-run", "-a", launcher.toString(), "--library", library.toString())
                .redirectErrorStream(true).redirectOutput(home.resolve("app.log").toFile());
        b.environment().put("HOME", userHome.toString());
        Process p = b.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(180));
        long seeded = 0;
        while (Instant.now().isBefore(deadline) && p.isAlive() && (seeded = blobs(library)) < SAMPLE_RUNS) Thread.sleep(1000);
        boolean alive = p.isAlive();
        p.descendants().forEach(ProcessHandle::destroy);
        p.destroy();
        p.waitFor(30, TimeUnit.SECONDS);
        String log = Files.readString(home.resolve("app.log"));
        check(alive, "the packaged app keeps running under Xvfb: " + log);
        check(seeded == SAMPLE_RUNS, "the packaged app seeds a new library with the " + SAMPLE_RUNS + " sample runs (found " + seeded + ")");
        check(!log.contains("Exception"), "the packaged app logs no exception: " + log);
        check(!Files.exists(userHome.resolve(".openjfx")), "JavaFX loads its native libraries from the runtime (nothing unpacked to ~/.openjfx)");
    }

    private static long blobs(Path library) throws IOException {
        if (!Files.isDirectory(library)) return 0;
        try (Stream<Path> s = Files.walk(library)) {
            return s.filter(p -> p.getFileName().toString().matches("[0-9a-f]{64}\\.json")).count();
        }
    }

    // ------------------------------------------------------------------ helpers

    private record Result(int code, String out) {
        @Override
        public String toString() {
            return "exit " + code + (out.isBlank() ? "" : ", output:\n" + out.strip());
        }
    }

    private static Result exec(List<String> command, Map<String, String> env, int seconds) throws Exception {
        ProcessBuilder b = new ProcessBuilder(command).redirectErrorStream(true);
        b.environment().putAll(env);
        Process p = b.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(-1, "timed out after " + seconds + " s");
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    /** Whether {@code name} is on the PATH; under CI=true its absence is a failure. */
    private boolean tool(String name) {
        boolean found = Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, name)));
        if (!found && CI) check(false, name + " is installed (CI=true)");
        if (!found && !CI) System.out.println("[check] skipped what needs " + name + " (not installed)");
        return found;
    }

    private void check(boolean ok, String what) {
        if (ok) {
            passed++;
        } else {
            failures.add(what);
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String sha256(Path f) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
