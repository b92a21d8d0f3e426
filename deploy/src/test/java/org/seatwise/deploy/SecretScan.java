package org.seatwise.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks through committed files for what must never be committed: private keys, signed tokens, cloud and
 * forge access keys, passwords in URLs, and literal credentials (or non-empty defaults of credential
 * variables) in configuration. Credentials are generated at start (deploy/local/keys.sh, the tests' key
 * pairs) or come from the operators' Secrets; the empty database password of PostgreSQL's trust auth is the
 * one default we ship, as {@code ${SEATWISE_DB_PASSWORD:}}.
 */
final class SecretScan {

    /** One suspicious line: where, and which rule it breaks. */
    record Finding(String file, int line, String rule) {
        @Override
        public String toString() {
            return file + ":" + line + " " + rule;
        }
    }

    private record Rule(String name, Pattern pattern) {
    }

    private static final List<Rule> ANYWHERE = List.of(
            new Rule("private key", Pattern.compile("-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----")),
            new Rule("signed token (JWT)", Pattern.compile("eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}")),
            new Rule("access key", Pattern.compile("AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{36}|xox[abprs]-[A-Za-z0-9-]{10,}"
                    + "|sk_live_[A-Za-z0-9]{16,}|AIza[0-9A-Za-z_-]{35}")),
            new Rule("password in a URL", Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^/\\s:@'\"$]+:[^/\\s@'\"]+@")));

    /** key = value or key: value, whose key names a credential. */
    private static final Pattern CREDENTIAL_SETTING = Pattern.compile(
            "^\\s*(?:-\\s+)?(?:export\\s+)?([\\w.%\"-]*(?:password|passwd|pwd|secret|token|api[-_]?key|access[-_]?key"
                    + "|private[-_]?key|credentials?)[\\w.\"-]*)\\s*[=:]\\s*(.*?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[A-Za-z_][\\w.-]*(?::-?([^}]*))?}");
    private static final Set<String> CONFIGURATION = Set.of(".properties", ".yaml", ".yml", ".env", ".conf", ".ini",
            ".toml", ".sh", ".json");
    /**
     * Keys of Kubernetes manifests that name a Secret or a key inside one, never a credential itself; and
     * switches whose value is a boolean.
     */
    private static final Set<String> REFERENCES = Set.of("secretname", "secretkeyref", "secretref", "secret");

    private SecretScan() {
    }

    /** The files Git tracks under {@code root}. */
    static List<Path> trackedFiles(Path root) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile()).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (git.waitFor() != 0) {
                throw new IllegalStateException("git ls-files failed: " + out);
            }
            return Arrays.stream(out.split("\0")).filter(s -> !s.isBlank()).map(root::resolve).filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static List<Finding> scan(Path root, List<Path> files) {
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > 4_000_000 || new String(bytes, 0, Math.min(bytes.length, 8000), StandardCharsets.ISO_8859_1).indexOf('\0') >= 0) {
                continue; // binary or data, not configuration
            }
            String name = root.relativize(file).toString().replace('\\', '/');
            boolean configuration = CONFIGURATION.stream().anyMatch(ext -> name.toLowerCase(Locale.ROOT).endsWith(ext));
            String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i];
                for (Rule rule : ANYWHERE) {
                    if (rule.pattern().matcher(line).find()) {
                        findings.add(new Finding(name, i + 1, rule.name()));
                    }
                }
                if (configuration && !line.trim().startsWith("#")) {
                    String problem = literalCredential(line);
                    if (problem != null) {
                        findings.add(new Finding(name, i + 1, problem));
                    }
                }
            }
        }
        return findings;
    }

    /** Null when the line sets no credential, or takes it from elsewhere (a variable without default, a file, a Secret). */
    private static String literalCredential(String line) {
        Matcher m = CREDENTIAL_SETTING.matcher(line);
        if (!m.matches()) {
            return null;
        }
        String key = m.group(1).replace("\"", "");
        String value = m.group(2).replaceAll("^[\"']|[\"']$", "");
        if (REFERENCES.contains(key.toLowerCase(Locale.ROOT)) || value.isEmpty() || value.startsWith("$(")
                || value.matches("(?i)true|false|\\d+|null|~|\\{}|\\[]|\\|") || value.startsWith("/") || value.startsWith("&")) {
            return null;
        }
        Matcher placeholder = PLACEHOLDER.matcher(value);
        if (placeholder.matches()) {
            String fallback = placeholder.group(1);
            return fallback == null || fallback.isEmpty() || fallback.startsWith("/") || fallback.equals("NONE") ? null
                    : "credential " + key + " defaults to a literal value";
        }
        if (value.startsWith("$") || value.startsWith("${")) {
            return null;
        }
        return "credential " + key + " set to a literal value";
    }
}
