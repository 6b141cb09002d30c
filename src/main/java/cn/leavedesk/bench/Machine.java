package cn.leavedesk.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What the figures were measured on: cores, memory, OS, JDK and, on Linux, the CPU model. */
public record Machine(int cores, long memoryBytes, String os, String jdk, Optional<String> cpuModel) {
    public static Machine current() {
        long memory = 0;
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            memory = os.getTotalMemorySize();
        }
        String osText = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new Machine(Runtime.getRuntime().availableProcessors(), memory, osText, jdk,
                cpuModel(Path.of("/proc/cpuinfo")));
    }

    static Optional<String> cpuModel(Path cpuinfo) {
        try {
            List<String> lines = Files.readAllLines(cpuinfo);
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).filter(s -> !s.isEmpty());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** One line for the top of the report. */
    public String describe() {
        return String.format("%d cores, %.1f GB memory, %s, %s, CPU: %s", cores, memoryBytes / 1e9, os, jdk,
                cpuModel.orElse("not reported (no /proc/cpuinfo)"));
    }
}
