package io.beyondwords.examples;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The quickstart's command-line switches. */
record QuickstartArguments(boolean write, boolean debug, boolean help, Optional<String> mediaUrl,
        OptionalLong project) {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: ./quickstart.sh [--write] [--project ID] [--media-url URL] [--debug]",
            "  (no BEYONDWORDS_API_KEY)  run against a local stand-in of the API",
            "  BEYONDWORDS_API_KEY=...   run against the real API, read-only",
            "  --write                   with a key: also turn a short article into audio (one content item, which",
            "                            counts against your plan and stays in the project) and create and update",
            "                            one background track (the API has no delete for those)",
            "  --project ID              with a key: the project to use (default: the first one listed)",
            "  --media-url URL           with --write: the audio file the new track uses",
            "  --debug                   print stack traces on errors");

    static QuickstartArguments parse(List<String> args) {
        boolean write = false;
        boolean debug = false;
        boolean help = false;
        String mediaUrl = null;
        OptionalLong project = OptionalLong.empty();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--write" -> write = true;
                case "--debug" -> debug = true;
                case "--help", "-h" -> help = true;
                case "--media-url" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--media-url needs a URL");
                    }
                    mediaUrl = args.get(++i);
                }
                case "--project" -> {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--project needs a project id");
                    }
                    String id = args.get(++i);
                    try {
                        project = OptionalLong.of(Long.parseLong(id));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--project needs a numeric project id, not " + id);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        return new QuickstartArguments(write, debug, help, Optional.ofNullable(mediaUrl), project);
    }
}
