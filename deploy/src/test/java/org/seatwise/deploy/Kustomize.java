package org.seatwise.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Renders a Kustomize directory with {@code kubectl kustomize}, which works offline. It never talks to a
 * cluster: KUBECONFIG points nowhere, because without a kubeconfig kubectl would probe localhost:8080, the
 * gateway's port on a developer's machine.
 */
final class Kustomize {

    private static final Map<Path, String> RENDERED = new ConcurrentHashMap<>();

    private Kustomize() {
    }

    /** The repository's root (the parent of the deploy module), as Maven passes it. */
    static Path root() {
        return Path.of(System.getProperty("seatwise.root", "..")).toAbsolutePath().normalize();
    }

    /** deploy/k8s/overlays/{name}, rendered once per test run. */
    static String overlay(String name) {
        return render(root().resolve("deploy/k8s/overlays").resolve(name));
    }

    static String render(Path directory) {
        return RENDERED.computeIfAbsent(directory.toAbsolutePath().normalize(), Kustomize::run);
    }

    private static String run(Path directory) {
        String kubectl = System.getProperty("seatwise.kubectl", "kubectl");
        Path err = null;
        try {
            err = Files.createTempFile("kustomize", ".err");
            ProcessBuilder builder = new ProcessBuilder(List.of(kubectl, "kustomize", directory.toString()))
                    .redirectError(err.toFile())
                    .directory(root().toFile());
            builder.environment().put("KUBECONFIG", "/dev/null");
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("kubectl kustomize " + directory + " did not finish in 60 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("kubectl kustomize " + directory + " failed (exit " + process.exitValue()
                        + "): " + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("could not run '" + kubectl + " kustomize' (kubectl 1.27+ renders the "
                    + "overlays offline; pass -Dkubectl=/path/to/kubectl if it is not on the PATH): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            if (err != null) {
                try {
                    Files.deleteIfExists(err);
                } catch (IOException ignored) {
                    // a temporary file left behind is harmless
                }
            }
        }
    }
}
