package kaohe.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.office.UnitCorrection;
import kaohe.plan.Plan;
import kaohe.shared.Period;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code correct --period P --unit CODE --reason TEXT}: 更正 of one unit's published result. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = "更正已发布结果中一个单位的结果：该单位按现有数据重新评分，生成更正后的单位报告和更正说明；"
                + "已发布的其他文件不变，不重新发布全期。")
final class CorrectCommand implements Callable<Integer> {

    @Mixin
    CommonOptions options;

    @Option(names = "--period", required = true, paramLabel = "P", description = "考核期，如 2019Q4")
    String period;

    @Option(names = "--unit", required = true, paramLabel = "CODE", description = "要更正的单位编码，如 330402 或 ZJJ")
    String unit;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "更正理由，写入更正说明和审计记录")
    String reason;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Period p = CommandInput.period(period);
        try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
            var reporting = CommandInput.unit(unit, context.getBean(Plan.class));
            UnitCorrection.Corrected corrected = context.getBean(UnitCorrection.class).correct(p, reporting.code(), reason);
            var out = spec.commandLine().getOut();
            out.printf("%s 第 %d 版第 %d 次更正：%s%n", p, corrected.version(), corrected.sequence(), reporting.name());
            corrected.notice().paragraphs().forEach(line -> out.println("  " + line));
            out.printf("更正后的单位报告和更正说明：%s（第 %d 版的已发布文件不变）%n", corrected.folder(), corrected.version());
            out.flush();
        }
        return ExitStatus.DONE;
    }
}
