package io.beyondwords.cli;

import io.beyondwords.BeyondWordsClient;
import io.beyondwords.ClientOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command shares: where the API is, which project, and where the key comes from. The key is never
 * an option's value (it would show in {@code ps} and in shell history): it comes from {@code BEYONDWORDS_API_KEY}
 * or from a file.
 */
final class ConnectionOptions {
    static final String PROJECT_ENV = "BEYONDWORDS_PROJECT_ID";

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Read the API key from this file (default: the BEYONDWORDS_API_KEY environment variable).")
    Path apiKeyFile;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The API's base URL (default: BEYONDWORDS_BASE_URL, else " + ClientOptions.DEFAULT_BASE_URL
                    + ").")
    String baseUrl;

    @Option(names = {"-p", "--project"}, paramLabel = "ID",
            description = "The project's id (default: " + PROJECT_ENV + ").")
    Long project;

    /** Present only to refuse it with a reason, rather than as an unknown option. */
    @Option(names = "--api-key", hidden = true, paramLabel = "KEY")
    String apiKeyArgument;

    /** The project to work in, from {@code --project} or {@code BEYONDWORDS_PROJECT_ID}. */
    long project(CliContext context) {
        refuseKeyArgument();
        if (project != null) {
            return project;
        }
        String text = context.env(PROJECT_ENV).orElseThrow(() -> new CliException(ExitCodes.USAGE,
                "no project: give --project ID or set " + PROJECT_ENV));
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new CliException(ExitCodes.CONFIG, PROJECT_ENV + " is not a project id (a whole number)");
        }
    }

    /** A client for the configured API, or a {@link CliException} saying what is missing. */
    BeyondWordsClient client(CliContext context) {
        refuseKeyArgument();
        String key = apiKey(context);
        String url = baseUrl != null ? baseUrl
                : context.env(BeyondWordsClient.BASE_URL_ENV).orElse(ClientOptions.DEFAULT_BASE_URL);
        try {
            return context.adjust(BeyondWordsClient.builder().apiKey(key).baseUrl(url)).build();
        } catch (IllegalArgumentException e) {
            throw new CliException(ExitCodes.CONFIG, e.getMessage());
        }
    }

    private void refuseKeyArgument() {
        if (apiKeyArgument != null) {
            throw new CliException(ExitCodes.USAGE, "the API key is never given as an argument (it would show in ps"
                    + " and in shell history): set " + BeyondWordsClient.API_KEY_ENV + " or use --api-key-file FILE");
        }
    }

    private String apiKey(CliContext context) {
        if (apiKeyFile != null) {
            String key;
            try {
                key = Files.readString(apiKeyFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw new CliException(ExitCodes.CONFIG, "cannot read the API key file " + apiKeyFile + ": "
                        + e.getClass().getSimpleName());
            }
            if (key.isEmpty()) {
                throw new CliException(ExitCodes.CONFIG, "the API key file " + apiKeyFile + " is empty");
            }
            return key;
        }
        return context.env(BeyondWordsClient.API_KEY_ENV).map(String::strip).orElseThrow(() -> new CliException(
                ExitCodes.CONFIG, "no API key: set " + BeyondWordsClient.API_KEY_ENV + " or use --api-key-file FILE"));
    }
}
