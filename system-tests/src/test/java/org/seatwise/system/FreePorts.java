package org.seatwise.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Ports nothing listens on, for the processes a test starts. */
final class FreePorts {

    /** Lowest port taken: below it, the well-known and registered services' usual ports. */
    private static final int FROM = 10_000;

    private FreePorts() {
    }

    /**
     * {@code count} distinct free ports below the kernel's ephemeral range. They are held open together and only then
     * released: one socket opened and closed after another may be given the same port twice (RunScriptIT once started
     * two services on one). Not from the ephemeral range, where a port the kernel handed to the test was later given to
     * an outgoing connection (a Kafka or JDBC client) before the service bound it (RunScriptIT: model-service "port in use").
     */
    static List<Integer> take(int count) throws IOException {
        int below = ephemeralRangeStart();
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            Random random = new Random();
            for (int attempt = 0; ports.size() < count; attempt++) {
                if (attempt > 10_000) {
                    throw new IOException("no " + count + " free ports between " + FROM + " and " + below);
                }
                int port = FROM + random.nextInt(below - FROM);
                try {
                    held.add(new ServerSocket(port));
                    ports.add(port);
                } catch (IOException taken) {
                    // in use: draw another
                }
            }
            return ports;
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }

    /** The first port the kernel hands to outgoing connections (Linux; 32768 when it cannot be read). */
    private static int ephemeralRangeStart() {
        try {
            String range = Files.readString(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).trim();
            int start = Integer.parseInt(range.split("\\s+")[0]);
            return start > FROM + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }
}
