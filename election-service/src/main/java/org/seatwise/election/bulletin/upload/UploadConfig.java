package org.seatwise.election.bulletin.upload;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Asynchronous bulletin uploads ({@code Prefer: respond-async}). */
@ConfigMapping(prefix = "seatwise.upload")
public interface UploadConfig {

    /** Uploads validated and stored at the same time (each holds its rows in memory and a connection). */
    @WithDefault("2")
    int workers();

    /** Uploads that may wait for a worker; beyond them an upload is refused with 503 and Retry-After. */
    @WithDefault("4")
    int queue();

    /** An unfinished upload without progress for this long is reported failed: the instance that took it stopped. */
    @WithDefault("PT2M")
    Duration staleAfter();

    /** Progress is written after at least this many more rows (and at each change of status). */
    @WithDefault("5000")
    int progressEvery();
}
