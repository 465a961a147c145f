package kaohe.plan;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plan the application assesses, loaded once at start-up; an invalid plan stops the start. */
@Configuration(proxyBeanMethods = false)
class PlanConfiguration {

    @Bean
    Plan plan(kaohe.KaoheProperties properties) {
        Path folder = new PlanCatalog(properties.plansDir()).locate(properties.plan());
        PlanLoad load = new PlanLoader().load(folder);
        if (!load.isValid()) {
            throw new IllegalStateException("the plan in " + folder + " has problems; run 'plan check': "
                    + load.problems().stream().limit(5).map(PlanProblem::toString).toList());
        }
        return load.plan();
    }
}
