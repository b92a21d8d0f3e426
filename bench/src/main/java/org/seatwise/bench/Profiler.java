package org.seatwise.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.seatwise.bench.startup.ServiceProcesses;
import org.seatwise.system.SeatwiseSystem;
import org.seatwise.system.SeatwiseSystem.Part;

/**
 * With {@code SEATWISE_BENCH_JFR=<folder>}, a Flight Recorder recording ({@code settings=profile}) of
 * every service during the measured runs, one {@code <service>.jfr} each; read them with
 * {@code jfr print --events jdk.ExecutionSample} or {@code jfr summary}. Off by default: it costs CPU.
 */
final class Profiler {

    private final SeatwiseSystem system;
    private final Path folder;

    private Profiler(SeatwiseSystem system, Path folder) {
        this.system = system;
        this.folder = folder;
    }

    static Profiler fromEnvironment(SeatwiseSystem system) {
        String folder = System.getenv("SEATWISE_BENCH_JFR");
        return new Profiler(system, folder == null || folder.isBlank() ? null : Path.of(folder).toAbsolutePath());
    }

    void start() throws Exception {
        if (folder == null) {
            return;
        }
        Files.createDirectories(folder);
        for (Part part : Part.values()) {
            jcmd(part, "JFR.start", "name=bench", "settings=profile",
                    "filename=" + folder.resolve(ServiceProcesses.module(part) + ".jfr"));
        }
    }

    void stop() throws Exception {
        if (folder == null) {
            return;
        }
        for (Part part : Part.values()) {
            jcmd(part, "JFR.stop", "name=bench");
        }
        System.out.println("JFR recordings in " + folder);
    }

    private void jcmd(Part part, String... command) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        List<String> args = new java.util.ArrayList<>(List.of(jcmd, String.valueOf(ServiceProcesses.process(system, part).pid())));
        args.addAll(List.of(command));
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", args) + ": " + out);
        }
    }
}
