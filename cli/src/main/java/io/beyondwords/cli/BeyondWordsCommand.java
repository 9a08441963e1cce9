package io.beyondwords.cli;

import io.beyondwords.errors.BeyondWordsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top command, {@code beyondwords}: its subcommands do the work. */
@Command(name = "beyondwords", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Works with BeyondWords content from the shell, on the beyondwords-java SDK.",
        subcommands = {ImportCommand.class, ExportCommand.class, StatusCommand.class, DeleteCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "The API key comes from BEYONDWORDS_API_KEY or --api-key-file, never from an argument.",
                "More: docs/cli.md"})
final class BeyondWordsCommand implements Runnable {
    private final CliContext context;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    BeyondWordsCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: import, export, status or"
                + " delete (beyondwords --help lists them)");
    }

    /** Runs one command line in this context and returns its exit code. */
    static int run(String[] args, CliContext context) {
        CommandLine commandLine = new CommandLine(new BeyondWordsCommand(context));
        Map<String, String> exitCodes = new LinkedHashMap<>();
        for (String entry : ExitCodes.HELP) {
            int colon = entry.indexOf(':');
            exitCodes.put(entry.substring(0, colon), entry.substring(colon + 1));
        }
        List<CommandLine> commands = new ArrayList<>(commandLine.getSubcommands().values());
        commands.add(commandLine);
        for (CommandLine command : commands) {
            command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
        }
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof CliException problem) {
                line.getErr().println("beyondwords: " + problem.getMessage());
                return problem.exitCode();
            }
            if (e instanceof BeyondWordsException api) {
                CliException problem = ApiFailures.stopping(api);
                line.getErr().println("beyondwords: " + problem.getMessage());
                return problem.exitCode();
            }
            throw e;
        });
        int code = commandLine.execute(args);
        context.out().flush();
        context.err().flush();
        return code;
    }
}
