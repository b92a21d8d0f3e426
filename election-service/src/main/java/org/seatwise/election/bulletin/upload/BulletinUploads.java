package org.seatwise.election.bulletin.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.seatwise.election.bulletin.BulletinService;
import org.seatwise.election.bulletin.BulletinValidator;
import org.seatwise.election.bulletin.DraftBulletin;
import org.seatwise.platform.problem.Problem;
import org.seatwise.platform.problem.ProblemException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Bulletins uploaded with {@code Prefer: respond-async}: the caller gets an upload resource at once
 * and follows it through VALIDATING (rows validated) and STORING (rows stored) to STORED (the
 * bulletin) or REJECTED (the same problem the synchronous upload answers). Validation and storing
 * are the synchronous path's own, so nothing is half-written either way.
 */
@ApplicationScoped
public class BulletinUploads {

    private static final Logger LOG = Logger.getLogger(BulletinUploads.class);

    private final BulletinService bulletins;
    private final UploadStore store;
    private final ObjectMapper json;
    private final UploadConfig config;
    private final ThreadPoolExecutor workers;
    private final Clock clock = Clock.systemUTC();

    public BulletinUploads(BulletinService bulletins, UploadStore store, ObjectMapper json, UploadConfig config) {
        this.bulletins = bulletins;
        this.store = store;
        this.json = json;
        this.config = config;
        AtomicInteger n = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 1, TimeUnit.MINUTES,
                new ArrayBlockingQueue<>(config.queue()), r -> {
                    Thread t = new Thread(r, "bulletin-upload-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
    }

    /** Records the upload and queues it; refuses with 503 when the queue is full. */
    public Upload start(DraftBulletin draft) {
        UUID id = UUID.randomUUID();
        int total = draft.rows() == null ? 0 : draft.rows().size();
        store.insert(id, total, clock.instant());
        try {
            workers.execute(() -> run(id, draft, total));
        } catch (RejectedExecutionException busy) {
            Problem problem = Problem.of(503, "uploads-busy", "Too many uploads in progress",
                    "Already " + (config.workers() + config.queue()) + " uploads are being validated or waiting; try again shortly.");
            store.finishedWithProblem(id, UploadStatus.FAILED, write(problem), clock.instant());
            throw new ProblemException(problem);
        }
        return find(id).orElseThrow();
    }

    /** The upload as it is now; one whose instance stopped without finishing it is reported failed. */
    public Optional<Upload> find(UUID id) {
        return store.find(id).map(u -> !u.status().finished() && u.updatedAt().isBefore(clock.instant().minus(config.staleAfter()))
                ? new Upload(u.id(), UploadStatus.FAILED, u.total(), u.rowsValidated(), u.rowsStored(), null, null,
                        write(Problem.of(500, "upload-interrupted", "Upload interrupted", "No progress since " + u.updatedAt()
                                + ": the service that took the upload stopped. Nothing was stored; upload it again.")),
                        u.receivedAt(), u.updatedAt())
                : u);
    }

    private void run(UUID id, DraftBulletin draft, int total) {
        long start = System.nanoTime();
        try {
            BulletinValidator.Outcome outcome = bulletins.validate(draft, throttled(n -> store.validated(id, n, clock.instant()), total));
            if (outcome instanceof BulletinValidator.Invalid invalid) {
                store.finishedWithProblem(id, UploadStatus.REJECTED, write(BulletinService.problem(invalid)), clock.instant());
                return;
            }
            long validated = System.nanoTime();
            store.storing(id, clock.instant());
            var valid = ((BulletinValidator.Valid) outcome).bulletin();
            BulletinService.Submission s = bulletins.submit(valid, throttled(n -> store.stored(id, n, clock.instant()), total));
            store.finishedStored(id, s.bulletin().id(), s.created(), s.created() ? s.bulletin().rowCount() : 0, clock.instant());
            LOG.infof("upload %s of %d rows: validated in %d ms, stored and committed in %d ms", id, total,
                    (validated - start) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
        } catch (RuntimeException e) {
            LOG.errorf(e, "upload %s failed", id);
            store.finishedWithProblem(id, UploadStatus.FAILED, write(Problem.of(500, "upload-failed", "Upload failed",
                    "The upload could not be stored; nothing was stored. The failure is logged.")), clock.instant());
        }
    }

    /** Passes on counts every {@code progressEvery} rows and the last one, so progress costs a few writes. */
    private IntConsumer throttled(IntConsumer progress, int total) {
        int[] last = { 0 };
        return n -> {
            if (n - last[0] >= config.progressEvery() || n == total && n != last[0]) {
                last[0] = n;
                progress.accept(n);
            }
        };
    }

    private String write(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        workers.shutdownNow();
    }
}
