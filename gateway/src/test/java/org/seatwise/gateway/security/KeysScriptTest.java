package org.seatwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;

/** deploy/local/keys.sh makes the local analyst's token with openssl; SmallRye JWT must accept it as the gateway would. */
class KeysScriptTest {

    private static final Path SCRIPT = Path.of("..", "deploy", "local", "keys.sh");

    @Test
    @DisplayName("the local run's token verifies against the public key it prints: issuer seatwise, group analyst, 12 hours")
    void localToken() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(SCRIPT), "deploy/local/keys.sh is beside the gateway");
        Path state = Files.createTempDirectory(Path.of("target"), "keys-script");
        String token = run(state, "token");
        Path publicKey = Path.of(run(state, "public-key"));
        assertThat(publicKey).isEqualTo(state.resolve("keys/public.pem").toAbsolutePath());
        assertThat(run(state, "token")).isNotEqualTo(token);
        assertThat(Path.of(run(state, "public-key"))).hasSameTextualContentAs(publicKey);

        JWTAuthContextInfo context = new JWTAuthContextInfo(read(publicKey), "seatwise");
        JsonWebToken jwt = new DefaultJWTParser(context).parse(token);
        assertThat(jwt.getGroups()).containsExactly("analyst");
        assertThat(jwt.getName()).isEqualTo("local-analyst");
        assertThat(jwt.getExpirationTime() - jwt.getIssuedAtTime()).isEqualTo(12 * 3600);
    }

    private static String run(Path state, String command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString(), command)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("SEATWISE_STATE", state.toAbsolutePath().toString());
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }

    private static PublicKey read(Path pem) throws Exception {
        String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
