package org.seatwise.system;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Polls a condition of the running system until it holds, or fails the test naming what did not happen. */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration timeout, Callable<Boolean> done) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + " not within " + timeout);
            }
            Thread.sleep(200);
        }
    }
}
