package kaohe;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring application behind the jobs: the datasource, Flyway (which owns the whole schema,
 * Spring Batch's tables included) and Boot's auto-configured job repository in the same database.
 * Commands that need no database (plan check, plan export) never start it.
 */
@SpringBootApplication
@org.springframework.boot.context.properties.EnableConfigurationProperties(KaoheProperties.class)
public class KaoheApplication {

    /** Where long runs report how far they are (a log line, or a bar on a terminal that the command line sets). */
    @org.springframework.context.annotation.Bean
    kaohe.shared.ProgressBoard progressBoard() {
        return new kaohe.shared.ProgressBoard();
    }

    /** Starts the application against {@code database}, with {@code home} as the runtime folder. */
    public static ConfigurableApplicationContext start(Path home, DatabaseSettings database) {
        return start(home, database, Map.of());
    }

    /**
     * Starts the application; {@code overrides} are further properties (plan, limits). All are passed
     * as command-line properties, so they take precedence over application.properties and environment.
     */
    public static ConfigurableApplicationContext start(Path home, DatabaseSettings database, Map<String, Object> overrides) {
        Map<String, Object> properties = new java.util.LinkedHashMap<>(database.springProperties());
        properties.put("kaohe.home", home.toString());
        properties.putAll(overrides);
        return new SpringApplicationBuilder(KaoheApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    }
}
