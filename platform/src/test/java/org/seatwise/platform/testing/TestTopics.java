package org.seatwise.platform.testing;

/**
 * The name a topic has in this test run: the application's {@code seatwise.topic-prefix} (a
 * per-run prefix in the test profile) before the contract's name.
 */
public final class TestTopics {

    private TestTopics() {
    }

    public static String named(String topic) {
        String prefix;
        try {
            prefix = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("seatwise.topic-prefix", String.class).orElse("");
        } catch (RuntimeException | LinkageError noConfig) {
            prefix = System.getProperty("seatwise.topic-prefix", "");
        }
        return prefix + topic;
    }
}
