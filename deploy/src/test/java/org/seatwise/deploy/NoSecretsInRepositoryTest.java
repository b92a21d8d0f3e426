package org.seatwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OWASP API8 (security misconfiguration): no secret or default credential is committed. */
class NoSecretsInRepositoryTest {

    @Test
    @DisplayName("no committed file holds a private key, a signed token, an access key or a literal credential")
    void repositoryIsClean() {
        Path root = Kustomize.root();
        List<Path> files = SecretScan.trackedFiles(root);
        assertThat(files).as("files tracked by Git").hasSizeGreaterThan(100)
                .anyMatch(f -> f.endsWith("census-service/src/main/resources/application.properties"));
        assertThat(SecretScan.scan(root, files)).isEmpty();
    }

    @Test
    @DisplayName("the scan finds each kind of secret planted in a file, and lets through what only points at one")
    void findsPlantedSecrets(@TempDir Path dir) throws IOException {
        // Assembled at run time, so that this file itself holds none of them.
        String header = "-----BEGIN " + "RSA PRIVATE KEY-----";
        String jwt = "eyJ" + "hbGciOiJSUzI1NiJ9" + ".eyJ" + "zdWIiOiJhbmFseXN0In0" + ".c2lnbmF0dXJlLWJ5dGVz";
        Files.writeString(dir.resolve("key.txt"), "hello\n" + header + "\nMIIEow==\n");
        Files.writeString(dir.resolve("README.md"), "Try: curl -H 'Authorization: Bearer " + jwt + "'\n");
        Files.writeString(dir.resolve("cloud.txt"), "aws " + "AKIA" + "ABCDEFGHIJKLMNOP\n");
        Files.writeString(dir.resolve("application.properties"), String.join("\n",
                "quarkus.datasource.password=hunter2",
                "quarkus.datasource.password=${SEATWISE_DB_PASSWORD:postgres}",
                "quarkus.datasource.jdbc.url=jdbc:postgresql://admin:" + "s3cret@db:5432/seatwise",
                "# a comment about password=example is fine",
                "quarkus.datasource.password=${SEATWISE_DB_PASSWORD:}",
                "mp.jwt.verify.publickey.location=${SEATWISE_JWT_PUBLIC_KEY:NONE}",
                "seatwise.auth.writes-need-token=false", ""));
        Files.writeString(dir.resolve("deployment.yaml"), String.join("\n",
                "  - name: SEATWISE_DB_PASSWORD", "    valueFrom:", "      secretKeyRef:", "        name: census-db-app",
                "        key: password", "  secretName: seatwise-cluster-ca-cert", "  apiToken: abc123", ""));
        List<Path> files;
        try (var walk = Files.list(dir)) {
            files = walk.sorted().toList();
        }
        assertThat(SecretScan.scan(dir, files)).extracting(Object::toString).containsExactlyInAnyOrder(
                "application.properties:1 credential quarkus.datasource.password set to a literal value",
                "application.properties:2 credential quarkus.datasource.password defaults to a literal value",
                "application.properties:3 password in a URL",
                "cloud.txt:1 access key",
                "deployment.yaml:7 credential apiToken set to a literal value",
                "key.txt:2 private key",
                "README.md:1 signed token (JWT)");
    }
}
