package kaohe.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import kaohe.template.SealKeyring;
import kaohe.template.SealKeys;
import kaohe.template.TemplateSeal;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code seal-key status|rotate}: the template seal keys held and the batches they sealed (README, "模板密钥"). */
@Command(name = "seal-key", mixinStandardHelpOptions = true, description = "查看或轮换报表模板的防伪密钥。",
        subcommands = {SealKeyCommand.Status.class, SealKeyCommand.Rotate.class})
final class SealKeyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "seal-key needs a sub-command: status or rotate");
    }

    private static int withKeys(CommonOptions options, java.util.function.Consumer<SealKeys> action) {
        try (ConfigurableApplicationContext context = options.startApplication(Map.of())) {
            action.accept(context.getBean(SealKeys.class));
        }
        return ExitStatus.DONE;
    }

    private static void describe(CommandLine.Model.CommandSpec spec, SealKeys keys, SealKeyring ring) {
        var out = spec.commandLine().getOut();
        out.printf("当前密钥：%s（指纹 %s）%n", keys.folder().currentSource(), ring.current().map(TemplateSeal::fingerprint).orElse("无"));
        ring.keys().stream().skip(ring.current().isPresent() ? 1 : 0)
                .forEach(key -> out.printf("停用密钥（仍用于核验它盖章的模板）：指纹 %s，在 %s%n", key.fingerprint(), keys.folder().retiredFolder()));
        Map<String, Integer> issued = keys.issuedBatches();
        if (issued.isEmpty()) {
            out.println("尚未发出过模板");
        }
        issued.forEach((key, batches) -> out.printf("已发出模板 %d 批，由密钥 %s 盖章%n", batches, key));
        out.flush();
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "列出现有密钥（按指纹）及各自盖章的模板批次。")
    static final class Status implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return withKeys(options, keys -> describe(spec, keys, keys.checked()));
        }
    }

    @Command(name = "rotate", mixinStandardHelpOptions = true,
            description = "停用当前密钥（保留，用于核验它盖章的模板），并生成新密钥供此后的模板使用。")
    static final class Rotate implements Callable<Integer> {

        @Mixin
        CommonOptions options;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return withKeys(options, keys -> {
                SealKeyring ring = keys.rotate();
                spec.commandLine().getOut().println("已轮换模板密钥：此后生成的模板用新密钥盖章，已发出的模板仍可核验。请立即备份 secret/ 文件夹。");
                describe(spec, keys, ring);
            });
        }
    }
}
