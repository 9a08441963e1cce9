package io.beyondwords.testkit;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * The stand-in as a program, for a shell session, another tool or a test suite that is not on the JVM:
 * {@code java -jar beyondwords-testkit-VERSION-standalone.jar [--port N] [--api-key KEY] [--seed N]}.
 *
 * <p>It listens on 127.0.0.1 (port 0, the default, picks a free one), prints one line
 * {@code BeyondWords stand-in listening on http://127.0.0.1:PORT/v1} once it serves, and runs until it is stopped
 * (Ctrl-C or a signal). {@code --seed N} adds N background tracks, as {@link BeyondWordsStandIn#seed(int)} does.
 */
public final class StandInServer {

    private StandInServer() {
    }

    /**
     * Starts the stand-in and serves until the process is stopped.
     *
     * @param args {@code --port N}, {@code --api-key KEY}, {@code --seed N}, {@code --help}
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        int port = 0;
        int seed = 0;
        BeyondWordsStandIn.Builder builder = BeyondWordsStandIn.builder();
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port":
                        port = Integer.parseInt(value(args, ++i));
                        break;
                    case "--api-key":
                        builder.apiKey(value(args, ++i));
                        break;
                    case "--seed":
                        seed = Integer.parseInt(value(args, ++i));
                        break;
                    case "--help":
                        usage(System.out);
                        return;
                    default:
                        throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (port < 0 || port > 65_535 || seed < 0) {
                throw new IllegalArgumentException("--port must be 0 to 65535 and --seed not negative");
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            usage(System.err);
            System.exit(2);
            return;
        }
        BeyondWordsStandIn standIn = builder.build().start(port);
        standIn.seed(seed);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            standIn.close();
            stopped.countDown();
        }, "beyondwords-stand-in-shutdown"));
        System.out.println("BeyondWords stand-in listening on " + standIn.baseUrl());
        System.out.flush();
        stopped.await();
    }

    private static String value(String[] args, int index) {
        if (index >= args.length) {
            throw new IllegalArgumentException(args[index - 1] + " needs a value");
        }
        return args[index];
    }

    private static void usage(PrintStream out) {
        out.println("usage: java -jar beyondwords-testkit-VERSION-standalone.jar [--port N] [--api-key KEY]"
                + " [--seed N]");
        out.println("  --port N       the loopback port to listen on (default 0: a free one)");
        out.println("  --api-key KEY  the key requests must send in X-Api-Key (default "
                + BeyondWordsStandIn.DEFAULT_API_KEY + ")");
        out.println("  --seed N       add N background tracks (default 0)");
    }
}
