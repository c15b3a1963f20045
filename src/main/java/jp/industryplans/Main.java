package jp.industryplans;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** 起動 — the service's entry point: Quarkus, with one setting that must be made before it loads. */
@QuarkusMain
public final class Main {

    /** The system property by which Quarkus leaves the request-target check to the application. */
    private static final String OWN_URI_CHECK = "vertx.disableURIValidation";

    public static void main(String... args) {
        // Quarkus refuses every request whose target java.net.URI rejects, raw UTF-8 included, with
        // an empty 400 before any route runs. EdgeRoutes checks the target itself instead: it
        // percent-encodes what clients send raw and refuses the rest with a problem+json answer.
        System.setProperty(OWN_URI_CHECK, "true");
        Quarkus.run(args);
    }
}
