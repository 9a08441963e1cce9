package io.beyondwords.it.support;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build step, run by exec-maven-plugin before the tests: installs Prism and the Mockoon CLI into
 * {@code integration-tests/node_modules} with {@code npm ci} from the committed {@code package-lock.json}. Never
 * installs anything globally.
 *
 * <p>Fails the build, with a message saying what to install, when {@code node} or {@code npm} is missing or Node is
 * older than the installed packages' minimum. {@code npm ci} is skipped only when a marker written after the last successful
 * {@code npm ci} holds the SHA-256 of exactly the current {@code package.json}, {@code package-lock.json} and
 * {@code node --version}, and the entry points of Prism and Mockoon are present ({@code npm ci} deletes
 * {@code node_modules} first, so a stale marker cannot survive a reinstall).
 *
 * <p>Arguments: the module directory, then {@code auto} (default) or {@code always}.
 */
public final class NodeSetup {

    /**
     * The strictest {@code engines.node} of the installed tree: jsep 1.6.0 (under Prism's and Mockoon's
     * jsonpath-plus) declares {@code >= 20.16.0}; Prism itself says 18.20.1, which its dependencies do not honour.
     * {@code NodeSetupTest} checks this against {@code package-lock.json}.
     */
    static final int[] MIN_NODE = {20, 16, 0};
    static final String MARKER = ".beyondwords-npm-ci.sha256";
    private static final String INSTALL_HINT = "Install Node.js 20.16 or newer (it includes npm) from https://nodejs.org/"
            + " and make sure `node` and `npm` are on PATH; the integration tests need it to run the Prism and Mockoon"
            + " mock servers.";

    private NodeSetup() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            throw new IllegalArgumentException("usage: NodeSetup <module dir> [auto|always]");
        }
        Path moduleDir = Path.of(args[0]).toAbsolutePath().normalize();
        boolean always = args.length > 1 && "always".equalsIgnoreCase(args[1].trim());
        run(moduleDir, always);
    }

    static void run(Path moduleDir, boolean always) throws IOException, InterruptedException {
        run(moduleDir, always, System.getenv("PATH"));
    }

    /** {@code pathEnv} is the PATH to search for node and npm (a parameter so a test can give an empty one). */
    static void run(Path moduleDir, boolean always, String pathEnv) throws IOException, InterruptedException {
        Path node = findOnPath(pathEnv, windows() ? List.of("node.exe") : List.of("node"))
                .orElseThrow(() -> new IllegalStateException("`node` was not found on PATH. " + INSTALL_HINT));
        String nodeVersion = capture(List.of(node.toString(), "--version")).trim();
        if (!atLeast(nodeVersion, MIN_NODE)) {
            throw new IllegalStateException("Node.js " + nodeVersion + " is too old. " + INSTALL_HINT);
        }
        Path npm = findOnPath(pathEnv, windows() ? List.of("npm.cmd", "npm.exe") : List.of("npm"))
                .orElseThrow(() -> new IllegalStateException("`npm` was not found on PATH (node is " + nodeVersion
                        + " at " + node + "). " + INSTALL_HINT));

        Path lock = moduleDir.resolve("package-lock.json");
        Path packageJson = moduleDir.resolve("package.json");
        if (!Files.isRegularFile(lock) || !Files.isRegularFile(packageJson)) {
            throw new IllegalStateException("Expected the committed " + packageJson + " and " + lock
                    + "; they pin the Prism and Mockoon versions the tests run.");
        }
        // Two builds of this module at once (e.g. two terminals) must not run npm ci over each other.
        Path lockFile = moduleDir.resolve("target").resolve("npm-ci.lock");
        Files.createDirectories(lockFile.getParent());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = channel.lock()) {
            install(moduleDir, always, npm, nodeVersion, packageJson, lock);
        }
    }

    private static void install(Path moduleDir, boolean always, Path npm, String nodeVersion, Path packageJson,
                                Path lock) throws IOException, InterruptedException {
        Path nodeModules = moduleDir.resolve("node_modules");
        Path marker = nodeModules.resolve(MARKER);
        String expected = fingerprint(packageJson, lock, nodeVersion);

        if (!always && upToDate(nodeModules, marker, expected)) {
            log("node_modules matches package-lock.json (" + expected.substring(0, 12) + "…, node " + nodeVersion
                    + "); skipping npm ci. Use -Dbeyondwords.npmCi=always to force it.");
            return;
        }

        log("Installing Prism and Mockoon: npm ci in " + moduleDir + " (node " + nodeVersion + ")");
        long start = System.nanoTime();
        ProcessBuilder pb = new ProcessBuilder(npm.toString(), "ci", "--no-audit", "--no-fund")
                .directory(moduleDir.toFile())
                .inheritIO();
        Process p = pb.start();
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("`npm ci` in " + moduleDir + " failed with exit code " + exit
                    + " (see its output above). It installs the Prism and Mockoon versions pinned in"
                    + " package-lock.json.");
        }
        for (Path bin : List.of(prismBin(nodeModules), mockoonBin(nodeModules))) {
            if (!Files.exists(bin)) {
                throw new IllegalStateException("`npm ci` succeeded but " + bin + " is missing.");
            }
        }
        Files.writeString(marker, expected + "\n", StandardCharsets.UTF_8);
        log(String.format(Locale.ROOT, "npm ci took %.1f s", (System.nanoTime() - start) / 1e9));
    }

    static boolean upToDate(Path nodeModules, Path marker, String expected) throws IOException {
        if (!Files.isRegularFile(marker) || !Files.exists(prismBin(nodeModules))
                || !Files.isRegularFile(nodeModules.resolve("@stoplight/prism-cli/package.json"))
                || !Files.exists(mockoonBin(nodeModules))
                || !Files.isRegularFile(nodeModules.resolve("@mockoon/cli/package.json"))) {
            return false;
        }
        return Files.readString(marker, StandardCharsets.UTF_8).trim().equals(expected);
    }

    /** The npm-created launcher for Prism in a {@code node_modules} directory. */
    public static Path prismBin(Path nodeModules) {
        return nodeModules.resolve(".bin").resolve(windows() ? "prism.cmd" : "prism");
    }

    /** The npm-created launcher for the Mockoon CLI in a {@code node_modules} directory. */
    public static Path mockoonBin(Path nodeModules) {
        return nodeModules.resolve(".bin").resolve(windows() ? "mockoon-cli.cmd" : "mockoon-cli");
    }

    static String fingerprint(Path packageJson, Path lock, String nodeVersion) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(packageJson));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(lock));
            sha.update((byte) 0);
            sha.update(nodeVersion.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code v20.20.2} against {20, 16, 0}. An unparseable version counts as too old. */
    static boolean atLeast(String version, int[] min) {
        Matcher m = Pattern.compile("^v?(\\d+)\\.(\\d+)\\.(\\d+)").matcher(version.trim());
        if (!m.find()) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            int part = Integer.parseInt(m.group(i + 1));
            if (part != min[i]) {
                return part > min[i];
            }
        }
        return true;
    }

    static Optional<Path> findOnPath(String path, List<String> names) {
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) {
                continue;
            }
            for (String name : names) {
                Path candidate = Path.of(dir, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static String capture(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("`" + String.join(" ", command) + "` did not finish in 30 s");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException("`" + String.join(" ", command) + "` failed with exit code "
                    + p.exitValue() + ": " + new String(out, StandardCharsets.UTF_8).trim() + ". " + INSTALL_HINT);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    private static void log(String message) {
        System.out.println("[NodeSetup] " + message);
    }
}
