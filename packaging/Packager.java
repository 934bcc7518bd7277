/*
 * Builds RunLens' app image and the native installer of this OS from what Maven prepared
 * (app/pom.xml, profile "package"): checks, jlink, jpackage, SHA256SUMS. Run as a single-file
 * program (JDK 17+), from Maven or by hand after `./mvnw -Ppackage -DskipTests package`:
 *
 *   java packaging/Packager.java --project . --target app/target --version 0.1.0-SNAPSHOT [--os linux] [--type deb|none]
 *
 * --os defaults to this machine's, --type to the OS's installer (Linux deb, Windows msi, macOS dmg);
 * "none" builds the app image only.
 *
 * Steps, each timed:
 *  1. input: target/runlens-app.jar (the thin jar) + target/jpackage/lib/*.jar (non-JavaFX runtime
 *     dependencies); fails if any of them holds JavaFX classes, or is missing from the third-party
 *     list the About dialog shows (target/classes/dev/runlens/app/about/third-party.tsv).
 *  2. modules: jdeps over the input decides which JDK and JavaFX modules the app needs; fails when its
 *     answer differs from packaging/modules.txt (the list jlink gets).
 *  3. JavaFX jmods: the modular JavaFX jars of Maven Central (target/jpackage/javafx) become jmods whose
 *     native libraries sit in the runtime's lib/ (bin/ on Windows), as in the JavaFX SDK's jmods, so
 *     nothing is unpacked into ~/.openjfx at run time and jpackage sees the GTK dependency.
 *  4. jlink: those modules only (ELK, Bouncy Castle, sqlite-jdbc stay on the class path).
 *  5. jpackage --type app-image, then the installer (deb, msi or dmg), with the argument files
 *     packaging/args/common.txt + <os>.txt (+ <os>-<type>.txt for the installer).
 *  6. target/installer/SHA256SUMS over the installers.
 */

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

public final class Packager {
    enum Os {
        LINUX("linux", "deb"), WINDOWS("windows", "msi"), MACOS("macos", "dmg");

        static Os of(String id) {
            return Stream.of(values()).filter(o -> o.id.equals(id)).findFirst()
                    .orElseThrow(() -> new PackagingException("unknown --os " + id + " (linux, windows, macos)"));
        }

        final String id;
        final String installer;

        Os(String id, String installer) {
            this.id = id;
            this.installer = installer;
        }

        static Os current() {
            String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            if (name.startsWith("windows")) return WINDOWS;
            if (name.startsWith("mac")) return MACOS;
            return LINUX;
        }
    }

    /** Package prefixes whose classes must come from the jlinked runtime, never from the class path. */
    private static final List<String> JAVAFX_PACKAGES = List.of("javafx/", "com/sun/javafx/", "com/sun/glass/", "com/sun/prism/");

    private final Path project;
    private final Path target;
    private final Path work;
    private final String version;
    private final Os os;
    private final String installer;
    private final Map<String, Long> timings = new LinkedHashMap<>();

    private Packager(Path project, Path target, String version, Os os, String installer) {
        this.project = project.toAbsolutePath().normalize();
        this.target = target.toAbsolutePath().normalize();
        this.work = this.target.resolve("jpackage");
        this.version = version;
        this.os = os;
        this.installer = installer;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        try {
            Os os = o.containsKey("--os") ? Os.of(o.get("--os")) : Os.current();
            require(os == Os.current(), "jpackage builds for the OS it runs on: cannot package for " + os.id + " here");
            new Packager(Path.of(o.getOrDefault("--project", ".")), Path.of(o.getOrDefault("--target", "app/target")),
                    o.getOrDefault("--version", "0.0.0"), os, o.getOrDefault("--type", os.installer)).run();
        } catch (PackagingException e) {
            System.err.println("[packager] FAILED: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run() throws Exception {
        Path input = step("input", this::stageInput);
        List<Path> javafxJars = step("javafx jars", this::javafxJars);
        step("licences", () -> checkListed(input, javafxJars));
        List<String> modules = step("jdeps", () -> checkModules(input, javafxJars));
        Path jmods = step("javafx jmods", () -> javafxJmods(javafxJars));
        Path runtime = step("jlink", () -> jlink(modules, jmods));
        step("app image", () -> jpackage("app-image", input, runtime, work.resolve("image")));
        if (!installer.equals("none")) {
            Path dest = target.resolve("installer");
            step(installer, () -> jpackage(installer, input, runtime, dest));
            step("SHA256SUMS", () -> sums(dest));
        }
        timings.forEach((name, ms) -> log(String.format(Locale.ROOT, "%-12s %6.1f s", name, ms / 1000.0)));
    }

    // ------------------------------------------------------------------ 1. input

    private Path stageInput() throws IOException {
        Path input = work.resolve("input");
        deleteTree(input);
        Files.createDirectories(input.resolve("lib"));
        Path appJar = target.resolve("runlens-app.jar");
        require(Files.isRegularFile(appJar), appJar + " is missing: run the package phase first");
        Files.copy(appJar, input.resolve("runlens-app.jar"));
        List<Path> libs = jars(work.resolve("lib"));
        require(!libs.isEmpty(), work.resolve("lib") + " has no jars: the package profile copies the runtime dependencies there");
        for (Path lib : libs) Files.copy(lib, input.resolve("lib").resolve(lib.getFileName()));
        if (os == Os.LINUX) {
            Path mime = project.resolve("packaging/linux/mime");
            Files.createDirectories(input.resolve("mime"));
            for (Path xml : list(mime, ".xml")) Files.copy(xml, input.resolve("mime").resolve(xml.getFileName()));
        }
        for (Path jar : jars(input)) {
            String javafx = firstJavaFxEntry(jar);
            require(javafx == null, jar.getFileName() + " contains JavaFX (" + javafx
                    + "); JavaFX must come from the jlinked runtime only, so the input must hold the thin app jar");
        }
        return input;
    }

    private static String firstJavaFxEntry(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.endsWith(".class") && JAVAFX_PACKAGES.stream().anyMatch(n::startsWith))
                    .findFirst().orElse(null);
        }
    }

    private List<Path> javafxJars() throws IOException {
        List<Path> modular = new ArrayList<>();
        for (Path jar : jars(work.resolve("javafx"))) {
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                if (zip.getEntry("module-info.class") != null) modular.add(jar); // the platform jars; the others are empty
            }
        }
        require(!modular.isEmpty(), work.resolve("javafx") + " has no modular JavaFX jars");
        return modular;
    }

    /** Every shipped third-party jar must be on the list the About dialog shows. */
    private Void checkListed(Path input, List<Path> javafxJars) throws IOException {
        Path list = target.resolve("classes/dev/runlens/app/about/third-party.tsv");
        require(Files.isRegularFile(list), list + " is missing (license-maven-plugin writes it in generate-resources)");
        Set<String> listed = Files.readAllLines(list, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.split("\t")[0].split(":"))
                .map(c -> c[1] + "-" + c[2]).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        Stream.concat(jars(input.resolve("lib")).stream(), javafxJars.stream()).map(p -> p.getFileName().toString())
                .filter(n -> !n.startsWith("runlens-"))
                .filter(n -> listed.stream().noneMatch(l -> n.equals(l + ".jar") || n.startsWith(l + "-")))
                .forEach(missing::add);
        require(missing.isEmpty(), "shipped jars missing from " + list.getFileName() + ": " + missing);
        return null;
    }

    // ------------------------------------------------------------------ 2. modules

    private List<String> checkModules(Path input, List<Path> javafxJars) throws IOException {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", String.valueOf(Runtime.version().feature()),
                "--module-path", javafxJars.stream().map(Path::toString).collect(Collectors.joining(java.io.File.pathSeparator))));
        jars(input).forEach(j -> args.add(j.toString()));
        jars(input.resolve("lib")).forEach(j -> args.add(j.toString()));
        String out = tool("jdeps", args).strip();
        List<String> answer = List.of(out.substring(out.lastIndexOf('\n') + 1).split(","));
        Path file = project.resolve("packaging/modules.txt");
        List<String> expected = Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        require(new TreeSet<>(answer).equals(new TreeSet<>(expected)),
                "jdeps' answer changed: it says the app needs " + String.join(",", answer) + " but " + project.relativize(file)
                        + " lists " + String.join(",", expected) + ". Check why (a new dependency? a removed one?) and update the file.");
        return expected;
    }

    // ------------------------------------------------------------------ 3. JavaFX jmods

    private Path javafxJmods(List<Path> javafxJars) throws IOException {
        Path jmods = work.resolve("jmods");
        Path unpacked = work.resolve("javafx-unpacked");
        deleteTree(jmods);
        deleteTree(unpacked);
        Files.createDirectories(jmods);
        for (Path jar : javafxJars) {
            Path classes = unpacked.resolve(jar.getFileName() + "-classes");
            Path libs = unpacked.resolve(jar.getFileName() + "-libs");
            Files.createDirectories(classes);
            Files.createDirectories(libs);
            String module = unpack(jar, classes, libs);
            List<String> args = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
            if (!list(libs, "").isEmpty()) args.addAll(List.of("--libs", libs.toString()));
            args.add(jmods.resolve(module + ".jmod").toString());
            tool("jmod", args);
        }
        return jmods;
    }

    /** Classes and resources to {@code classes}, native libraries to {@code libs}; returns the module name. */
    private static String unpack(Path jar, Path classes, Path libs) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                String name = e.getName();
                if (e.isDirectory() || name.startsWith("META-INF/substrate/") || name.equals("javafx-swt.jar")) continue;
                boolean nativeLib = !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dll") || name.endsWith(".dylib"));
                if (nativeLib && jdkHasNative(name)) continue; // e.g. the MSVC runtime DLLs on Windows: two copies would clash in jlink
                Path to = (nativeLib ? libs : classes).resolve(name).normalize();
                if (!to.startsWith(nativeLib ? libs : classes)) throw new IOException("unsafe entry " + name + " in " + jar);
                Files.createDirectories(to.getParent());
                try (InputStream in = zip.getInputStream(e)) {
                    Files.copy(in, to);
                }
            }
        }
        String fileName = jar.getFileName().toString(); // javafx-graphics-21.0.5-linux.jar -> javafx.graphics
        return "javafx." + fileName.substring("javafx-".length(), fileName.indexOf('-', "javafx-".length()));
    }

    private static boolean jdkHasNative(String name) {
        Path home = Path.of(System.getProperty("java.home"));
        return Files.exists(home.resolve("bin").resolve(name)) || Files.exists(home.resolve("lib").resolve(name));
    }

    // ------------------------------------------------------------------ 4. jlink

    private Path jlink(List<String> modules, Path javafxJmods) throws IOException {
        Path runtime = work.resolve("runtime");
        deleteTree(runtime);
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        require(Files.isDirectory(jdkJmods), jdkJmods + " is missing: jlink needs the JDK's jmods (Debian: openjdk-17-jdk-headless)");
        tool("jlink", List.of("--module-path", jdkJmods + java.io.File.pathSeparator + javafxJmods,
                "--add-modules", String.join(",", modules),
                "--strip-debug", "--no-header-files", "--no-man-pages", "--strip-native-commands",
                "--compress=2", "--output", runtime.toString()));
        return runtime;
    }

    // ------------------------------------------------------------------ 5. jpackage

    private Path jpackage(String type, Path input, Path runtime, Path dest) throws IOException, InterruptedException {
        deleteTree(dest);
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", os == Os.WINDOWS ? "jpackage.exe" : "jpackage").toString());
        command.add("@packaging/args/common.txt");
        command.add("@packaging/args/" + os.id + ".txt");
        if (!type.equals("app-image")) command.add("@packaging/args/" + os.id + "-" + type + ".txt");
        command.addAll(List.of("--type", type, "--app-version", appVersion(version, os),
                "--input", input.toString(), "--runtime-image", runtime.toString(), "--dest", dest.toString()));
        log(String.join(" ", command));
        Process p = new ProcessBuilder(command).directory(project.toFile()).inheritIO().start();
        require(p.waitFor() == 0, "jpackage --type " + type + " failed (exit " + p.exitValue() + ")");
        return dest;
    }

    /**
     * jpackage wants up to three numbers: the Maven version without its qualifier (0.1.0-SNAPSHOT
     * becomes 0.1.0). macOS' CFBundleVersion must not start with 0, so there a 0.x version becomes 1.x;
     * the About dialog and --version always show the real one.
     */
    static String appVersion(String mavenVersion, Os os) {
        String[] parts = mavenVersion.split("[-+]")[0].split("\\.");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < Math.min(3, parts.length); i++) numbers.add(parts[i].replaceAll("\\D", "").isEmpty() ? "0" : parts[i].replaceAll("\\D", ""));
        if (os == Os.MACOS && numbers.get(0).equals("0")) numbers.set(0, "1");
        return String.join(".", numbers);
    }

    // ------------------------------------------------------------------ 6. sums

    private Void sums(Path dest) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Path f : list(dest, "")) {
            if (!Files.isRegularFile(f) || f.getFileName().toString().equals("SHA256SUMS")) continue;
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = Files.newInputStream(f)) {
                byte[] buf = new byte[1 << 16];
                for (int n; (n = in.read(buf)) > 0; ) sha.update(buf, 0, n);
            }
            out.append(HexFormat.of().formatHex(sha.digest())).append("  ").append(f.getFileName()).append('\n');
            log(String.format(Locale.ROOT, "%s  %,d bytes", f.getFileName(), Files.size(f)));
        }
        Files.writeString(dest.resolve("SHA256SUMS"), out.toString(), StandardCharsets.UTF_8);
        log("wrote " + dest.resolve("SHA256SUMS"));
        return null;
    }

    // ------------------------------------------------------------------ helpers

    private interface Step<T> {
        T run() throws Exception;
    }

    private <T> T step(String name, Step<T> step) throws Exception {
        long start = System.nanoTime();
        log(name + " ...");
        T result = step.run();
        timings.put(name, (System.nanoTime() - start) / 1_000_000);
        return result;
    }

    private static String tool(String name, List<String> args) {
        ToolProvider tool = ToolProvider.findFirst(name).orElseThrow(() -> new PackagingException(name + " is not in this JDK"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintWriter o = new PrintWriter(out, true, StandardCharsets.UTF_8); PrintWriter e = new PrintWriter(err, true, StandardCharsets.UTF_8)) {
            code = tool.run(o, e, args.toArray(String[]::new));
        }
        String text = out.toString(StandardCharsets.UTF_8);
        require(code == 0, name + " " + String.join(" ", args) + " failed (exit " + code + "):\n" + text + err.toString(StandardCharsets.UTF_8));
        return text;
    }

    private static List<Path> jars(Path dir) throws IOException {
        return list(dir, ".jar");
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (i + 1 < args.length) o.put(args[i], args[++i]);
            else throw new PackagingException("option " + args[i] + " needs a value");
        }
        return o;
    }

    private static void require(boolean ok, String message) {
        if (!ok) throw new PackagingException(message);
    }

    private static void log(String s) {
        System.out.println("[packager] " + s);
    }

    private static final class PackagingException extends RuntimeException {
        PackagingException(String message) {
            super(message);
        }
    }
}
