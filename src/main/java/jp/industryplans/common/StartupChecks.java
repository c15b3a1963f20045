package jp.industryplans.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses to start a service that could not do its job — one that would listen, report ready and
 * then fail every write, say — with one line naming each setting at fault. The checks run before
 * any other start-up work (the seeds), and Quarkus prints a configuration error as that line alone
 * and exits with status 1.
 */
@ApplicationScoped
public class StartupChecks {

    void check(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event,
               Instance<StartupCheck> checks) {
        List<String> problems = new ArrayList<>();
        for (StartupCheck check : checks) {
            problems.addAll(check.problems());
        }
        if (!problems.isEmpty()) {
            throw new ConfigurationException("Refusing to start: " + String.join(" Also: ", problems));
        }
    }
}
