package org.seatwise.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The images that quarkus-container-image-jib builds are the images the manifests run: each service module
 * has the extension, names its image {@code seatwise/<application name>}, builds it only on request, and the
 * kustomize {@code images:} of each overlay tag exactly those names (dev with the project's version).
 */
@DisplayName("Container images")
class ContainerImagesTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    @DisplayName("every service module builds seatwise/<its name> with Jib, and only when asked (-Dquarkus.container-image.build=true)")
    void everyServiceBuildsItsImageWithJibOnRequest() throws IOException {
        for (String module : ServiceModule.MODULES) {
            Path dir = Kustomize.root().resolve(module);
            assertThat(Files.readString(dir.resolve("pom.xml")))
                    .as(module + "/pom.xml").contains("<artifactId>quarkus-container-image-jib</artifactId>");
            Properties p = properties(dir.resolve("src/main/resources/application.properties"));
            assertThat(p.getProperty("quarkus.container-image.build", "false")).as(module + ": image build off by default")
                    .isEqualTo("false");
            assertThat(imageOf(p)).as(module).isEqualTo("seatwise/" + p.getProperty("quarkus.application.name"));
        }
    }

    @Test
    @DisplayName("the overlays tag exactly the four images the build makes, dev with the project's version")
    void overlaysTagTheBuiltImages() throws IOException {
        Map<String, String> built = new TreeMap<>();
        for (String module : ServiceModule.MODULES) {
            built.put(imageOf(properties(Kustomize.root().resolve(module).resolve("src/main/resources/application.properties"))), module);
        }
        String version = projectVersion();
        for (String overlay : List.of("dev", "prod")) {
            JsonNode images = YAML.readTree(Kustomize.root().resolve("deploy/k8s/overlays").resolve(overlay)
                    .resolve("kustomization.yaml").toFile()).path("images");
            Map<String, String> tags = new TreeMap<>();
            images.forEach(i -> tags.put(i.path("name").asText(), i.path("newTag").asText()));
            assertThat(tags.keySet()).as(overlay).isEqualTo(built.keySet());
            if (overlay.equals("dev")) {
                assertThat(tags.values()).as("dev tags").containsOnly(version);
            }
        }
    }

    /** group/name as Quarkus resolves them here: ${quarkus.application.name} is the only placeholder we use. */
    private static String imageOf(Properties p) {
        String name = p.getProperty("quarkus.container-image.name", "${quarkus.application.name}")
                .replace("${quarkus.application.name}", p.getProperty("quarkus.application.name"));
        return p.getProperty("quarkus.container-image.group", "<user name>") + "/" + name;
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(Kustomize.root().resolve("pom.xml"));
        int end = pom.indexOf("</version>");
        return pom.substring(pom.lastIndexOf("<version>", end) + "<version>".length(), end).trim();
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }
}
