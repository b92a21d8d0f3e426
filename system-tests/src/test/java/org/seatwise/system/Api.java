package org.seatwise.system;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Plain HTTP calls the system tests make: JSON bodies, bounded waits, a Server-Sent Events reader. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    private Api() {
    }

    static HttpResponse<String> post(String url, String contentType, byte[] body, String token, Duration timeout) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = b.build();
        for (int attempt = 1;; attempt++) {
            try {
                return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (java.net.ConnectException notSent) {
                // The request never left: on a loaded machine a loopback connect can fail; try again, a few times.
                CONNECT_RETRIES.incrementAndGet();
                if (attempt == 5) {
                    throw notSent;
                }
                Thread.sleep(200L * attempt);
            }
        }
    }

    /** Connections that failed before a request was sent and were tried again (reported by the tests). */
    static final java.util.concurrent.atomic.AtomicInteger CONNECT_RETRIES = new java.util.concurrent.atomic.AtomicInteger();

    static HttpResponse<String> postJson(String url, Object body, String token) throws Exception {
        return post(url, "application/json", JSON.writeValueAsBytes(body), token, Duration.ofSeconds(30));
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode getJson(String url) throws Exception {
        return JSON.readTree(get(url).body());
    }

    static int status(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    /** Polls until the URL answers the status, within the timeout; returns the last status seen. */
    static int awaitStatus(String url, int wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = status(url);
        while (last != wanted && System.nanoTime() < deadline) {
            Thread.sleep(250);
            last = status(url);
        }
        return last;
    }

    /** One Server-Sent Event as a subscriber received it. */
    record SseEvent(String id, String name, String data) {
    }

    /** Reads a Server-Sent Events stream on a daemon thread into a list, until interrupted or closed. */
    static final class SseSubscriber implements AutoCloseable {
        final List<SseEvent> events = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private final InputStream body;

        SseSubscriber(String url) throws Exception {
            HttpResponse<InputStream> stream = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
            if (stream.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + stream.statusCode());
            }
            body = stream.body();
            reader = new Thread(this::read, "sse-subscriber");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String line;
                String id = null;
                String name = null;
                StringBuilder data = new StringBuilder();
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            events.add(new SseEvent(id, name, data.toString()));
                        }
                        id = null;
                        name = null;
                        data.setLength(0);
                    } else if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        name = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    }
                }
            } catch (Exception e) {
                // closed at the end of the test
            }
        }

        @Override
        public void close() {
            reader.interrupt();
            try {
                body.close();
            } catch (Exception ignored) {
                // already closed
            }
        }
    }
}
