package org.seatwise.platform.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may change data in a service called directly (the gateway checks too, before forwarding). */
@ConfigMapping(prefix = "seatwise.auth")
public interface AuthConfig {

    /**
     * Refuse every write under the API without a valid analyst's token (see {@link RequestKind}). Off
     * only in a service's own %test profile, where a dedicated test profile turns it back on.
     */
    @WithDefault("true")
    boolean writesNeedToken();
}
