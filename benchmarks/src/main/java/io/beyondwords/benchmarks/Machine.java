package io.beyondwords.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** What the report says about the machine; every probe degrades to "unknown" rather than failing the report. */
final class Machine {
  private Machine() {
  }

  static String loadAverage() {
    return firstLine(Paths.get("/proc/loadavg")).replaceAll("^(\\S+ \\S+ \\S+).*$", "$1");
  }

  static int processors() {
    return Runtime.getRuntime().availableProcessors();
  }

  static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return "unknown";
  }

  static String memory() {
    try {
      for (String line : Files.readAllLines(Paths.get("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("\\D", ""));
          return String.format("%.1f GiB", kib / 1024.0 / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // fall through
    }
    return "unknown";
  }

  static String os() {
    return System.getProperty("os.name") + " " + System.getProperty("os.version") + " (" + System.getProperty("os.arch")
        + ")";
  }

  /** {@code java -version} of the JVM running this (the forks use the same one). */
  static String javaVersion() {
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    String out = run(List.of(java, "-version"));
    return out.isEmpty() ? System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") : out;
  }

  /**
   * The commit measured, with a note when the working tree has changes other than to {@code BENCHMARKS.md} (the
   * report itself, rewritten by every run).
   */
  static String commit() {
    String head = run(List.of("git", "rev-parse", "--short", "HEAD"));
    if (head.isEmpty()) {
      return "unknown";
    }
    String dirty = run(List.of("git", "status", "--porcelain", "--untracked-files=no", "--", ".",
        ":(exclude)BENCHMARKS.md"));
    return dirty.isEmpty() ? head : head + " + uncommitted changes";
  }

  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return "";
      }
      return new String(out, StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  private static String firstLine(Path file) {
    try {
      List<String> lines = Files.readAllLines(file);
      return lines.isEmpty() ? "unknown" : lines.get(0);
    } catch (IOException e) {
      return "unknown";
    }
  }
}
