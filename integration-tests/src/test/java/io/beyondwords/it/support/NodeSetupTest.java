package io.beyondwords.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build step that installs Prism and Mockoon: version gate, the up-to-date check, and the missing-Node failure. */
class NodeSetupTest {

    @Test
    void nodeVersionGate() {
        int[] min = NodeSetup.MIN_NODE;
        assertThat(NodeSetup.atLeast("v20.20.2", min)).isTrue();
        assertThat(NodeSetup.atLeast("v18.20.1", min)).isTrue();
        assertThat(NodeSetup.atLeast("v18.20.0", min)).isFalse();
        assertThat(NodeSetup.atLeast("v18.9.9", min)).isFalse();
        assertThat(NodeSetup.atLeast("v16.20.2", min)).isFalse();
        assertThat(NodeSetup.atLeast("v22.0.0\n", min)).isTrue();
        assertThat(NodeSetup.atLeast("not a version", min)).isFalse();
    }

    @Test
    void missingNodeFailsWithInstallInstructions(@TempDir Path module) {
        assertThatThrownBy(() -> NodeSetup.run(module, false, ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("`node` was not found on PATH")
                .hasMessageContaining("Install Node.js 18.20.1 or newer");
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
