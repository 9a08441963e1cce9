package io.beyondwords.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import io.beyondwords.cli.Main;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The child JVM of {@link ImportMemoryMain}: runs the CLI with the given arguments in this JVM, then writes its exit
 * code, time and heap figures to {@code OUT}: the peak heap used (the sum of each heap pool's peak, an upper bound:
 * garbage included, the pools may peak at different moments) and the most heap used right after a collection (what
 * the import kept alive), from the GC MXBeans' notifications.
 *
 * <pre>java -Xmx128m -cp benchmarks.jar io.beyondwords.benchmarks.ImportMemoryChild OUT import FILE ...</pre>
 */
public final class ImportMemoryChild {
  private ImportMemoryChild() {
  }

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[0]);
    AtomicLong maxAfterGc = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
          return;
        }
        GarbageCollectionNotificationInfo info =
            GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
          if (isHeap(pool.getKey())) {
            used += pool.getValue().getUsed();
          }
        }
        maxAfterGc.accumulateAndGet(used, Math::max);
      }, null, null);
    }
    long start = System.nanoTime();
    int exit = Main.run(Arrays.copyOfRange(args, 1, args.length));
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long collections = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
    }
    Properties p = new Properties();
    p.setProperty("cli.exit", Integer.toString(exit));
    p.setProperty("seconds", String.format(Locale.ROOT, "%.3f", seconds));
    p.setProperty("heap.max", Long.toString(Runtime.getRuntime().maxMemory()));
    p.setProperty("heap.peakUsed", Long.toString(peak));
    p.setProperty("heap.maxUsedAfterGc", Long.toString(maxAfterGc.get()));
    p.setProperty("gc.collections", Long.toString(collections));
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      p.setProperty("cpuSeconds", String.format(Locale.ROOT, "%.3f", os.getProcessCpuTime() / 1e9));
    }
    try (OutputStream stream = Files.newOutputStream(out)) {
      p.store(stream, "written by io.beyondwords.benchmarks.ImportMemoryChild");
    }
    System.exit(exit);
  }

  private static boolean isHeap(String poolName) {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
  }
}
