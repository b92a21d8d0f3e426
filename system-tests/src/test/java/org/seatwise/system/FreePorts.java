package org.seatwise.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports nothing listens on, for the processes a test starts. */
final class FreePorts {

    private FreePorts() {
    }

    /**
     * {@code count} distinct free ports. They are held open together and only then released: one socket opened
     * and closed after another may be given the same port twice (RunScriptIT once started two services on one).
     */
    static List<Integer> take(int count) throws IOException {
        List<ServerSocket> held = new ArrayList<>();
        try {
            List<Integer> ports = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0);
                held.add(socket);
                ports.add(socket.getLocalPort());
            }
            return ports;
        } finally {
            for (ServerSocket socket : held) {
                socket.close();
            }
        }
    }
}
