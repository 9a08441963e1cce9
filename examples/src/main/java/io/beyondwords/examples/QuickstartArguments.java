package io.beyondwords.examples;

import java.util.List;
import java.util.Optional;

/** The quickstart's command-line switches. */
record QuickstartArguments(boolean write, boolean debug, boolean help, Optional<String> mediaUrl) {
    static final String USAGE = String.join(System.lineSeparator(),
            "usage: ./quickstart.sh [--write] [--media-url URL] [--debug]",
            "  (no BEYONDWORDS_API_KEY)  run against a local stand-in of the API",
            "  BEYONDWORDS_API_KEY=...   run against the real API, read-only",
            "  --write                   with a key: also create and update one track (the API has no delete)",
            "  --media-url URL           with --write: the audio file the new track uses",
            "  --debug                   print stack traces on errors");

    static QuickstartArguments parse(List<String> args) {
        boolean write = false;
        boolean debug = false;
        boolean help = false;
        String mediaUrl = null;
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
                default -> throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        return new QuickstartArguments(write, debug, help, Optional.ofNullable(mediaUrl));
    }
}
