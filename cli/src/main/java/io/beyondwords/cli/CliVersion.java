package io.beyondwords.cli;

import picocli.CommandLine.IVersionProvider;

/** The tool's version, from the jar's manifest (a build from the classes directory has none). */
final class CliVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = CliVersion.class.getPackage().getImplementationVersion();
        return new String[] {"beyondwords " + (version != null ? version : "(development build)")};
    }
}
