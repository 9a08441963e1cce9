package io.beyondwords.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that installs Prism and Mockoon: version gate, the up-to-date check, and the missing-Node failure. */
class NodeSetupTest {

    @Test
    void nodeVersionGate() {
        int[] min = NodeSetup.MIN_NODE;
        assertThat(NodeSetup.atLeast("v20.20.2", min)).isTrue();
        assertThat(NodeSetup.atLeast("v20.16.0", min)).isTrue();
        assertThat(NodeSetup.atLeast("v20.15.1", min)).isFalse();
        assertThat(NodeSetup.atLeast("v20.9.0", min)).isFalse();
        assertThat(NodeSetup.atLeast("v18.20.1", min)).isFalse();
        assertThat(NodeSetup.atLeast("v16.20.2", min)).isFalse();
        assertThat(NodeSetup.atLeast("v22.0.0\n", min)).isTrue();
        assertThat(NodeSetup.atLeast("not a version", min)).isFalse();
    }

    /**
     * The gate is the strictest {@code engines.node} lower bound of any package {@code npm ci} installs, so the README's
     * "Node.js 20.16+" is what the installed packages themselves declare, and a lockfile update that raises it fails
     * here first.
     */
    @Test
    void theGateIsTheStrictestEngineOfTheLockfile() throws IOException {
        JsonObject packages = JsonParser.parseString(Files.readString(ItPaths.moduleDir().resolve("package-lock.json")))
                .getAsJsonObject().getAsJsonObject("packages");
        int[] strictest = {0, 0, 0};
        String declaredBy = "";
        Pattern lowerBound = Pattern.compile("^\\s*(?:>=\\s*|\\^)?(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");
        for (Map.Entry<String, JsonElement> entry : packages.entrySet()) {
            JsonObject engines = entry.getValue().getAsJsonObject().getAsJsonObject("engines");
            if (engines == null || !engines.has("node")) {
                continue;
            }
            Matcher m = lowerBound.matcher(engines.get("node").getAsString());
            if (!m.find()) {
                continue;
            }
            int[] bound = new int[3];
            for (int i = 0; i < 3; i++) {
                bound[i] = m.group(i + 1) == null ? 0 : Integer.parseInt(m.group(i + 1));
            }
            if (Arrays.compare(bound, strictest) > 0) {
                strictest = bound;
                declaredBy = entry.getKey() + " (" + engines.get("node").getAsString() + ")";
            }
        }
        assertThat(NodeSetup.MIN_NODE).as("the strictest engines.node, declared by %s", declaredBy)
                .containsExactly(strictest);
    }

    @Test
    void missingNodeFailsWithInstallInstructions(@TempDir Path module) {
        assertThatThrownBy(() -> NodeSetup.run(module, false, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`node` was not found on PATH")
                .hasMessageContaining("Install Node.js 20.16 or newer");
    }

    @Test
    void upToDateOnlyWhenTheMarkerMatchesAndPrismAndMockoonAreThere(@TempDir Path module) throws IOException {
        Path packageJson = Files.writeString(module.resolve("package.json"), "{}");
        Path lock = Files.writeString(module.resolve("package-lock.json"), "{\"lockfileVersion\":3}");
        Path nodeModules = Files.createDirectories(module.resolve("node_modules"));
        Path marker = nodeModules.resolve(NodeSetup.MARKER);
        String fingerprint = NodeSetup.fingerprint(packageJson, lock, "v20.20.2");

        assertThat(NodeSetup.upToDate(nodeModules, marker, fingerprint)).as("no marker").isFalse();

        Files.writeString(marker, fingerprint + "\n");
        assertThat(NodeSetup.upToDate(nodeModules, marker, fingerprint)).as("no prism").isFalse();

        Files.createDirectories(NodeSetup.prismBin(nodeModules).getParent());
        Files.writeString(NodeSetup.prismBin(nodeModules), "");
        Files.createDirectories(nodeModules.resolve("@stoplight/prism-cli"));
        Files.writeString(nodeModules.resolve("@stoplight/prism-cli/package.json"), "{}");
        assertThat(NodeSetup.upToDate(nodeModules, marker, fingerprint)).as("no mockoon").isFalse();

        Files.writeString(NodeSetup.mockoonBin(nodeModules), "");
        Files.createDirectories(nodeModules.resolve("@mockoon/cli"));
        Files.writeString(nodeModules.resolve("@mockoon/cli/package.json"), "{}");
        assertThat(NodeSetup.upToDate(nodeModules, marker, fingerprint)).as("all present").isTrue();

        Files.writeString(lock, "{\"lockfileVersion\":3,\"changed\":true}");
        String changed = NodeSetup.fingerprint(packageJson, lock, "v20.20.2");
        assertThat(changed).isNotEqualTo(fingerprint);
        assertThat(NodeSetup.upToDate(nodeModules, marker, changed)).as("lockfile changed").isFalse();
        assertThat(NodeSetup.fingerprint(packageJson, lock, "v22.1.0")).as("node changed").isNotEqualTo(changed);
    }

    @Test
    void theCommittedLockfilePinsPrism514() throws IOException {
        Path module = ItPaths.moduleDir();
        assertThat(Files.readString(module.resolve("package.json")))
                .contains("\"@stoplight/prism-cli\": \"5.14.2\"");
        assertThat(Files.readString(module.resolve("package-lock.json")))
                .contains("\"node_modules/@stoplight/prism-cli\": {\n      \"version\": \"5.14.2\"");
    }

    @Test
    void theCommittedLockfilePinsMockoonCli990() throws IOException {
        Path module = ItPaths.moduleDir();
        assertThat(Files.readString(module.resolve("package.json")))
                .contains("\"@mockoon/cli\": \"9.9.0\"");
        assertThat(Files.readString(module.resolve("package-lock.json")))
                .contains("\"node_modules/@mockoon/cli\": {\n      \"version\": \"9.9.0\"");
    }
}
