package cn.kepu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(systemName = "Kepu 科普工作管理平台", sharedModules = "support")
public class KepuApplication {

    /**
     * Starts the web application; {@code generate [--organizations=N --tasks=N --assignments=N]} instead fills the
     * configured database with benchmark data and exits, without a web server; {@code intake FILE} prints the
     * parsed plan of a document as JSON, without starting anything.
     */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("intake")) {
            System.exit(cn.kepu.intake.IntakeCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && args[0].equals("generate")) {
            new org.springframework.boot.builder.SpringApplicationBuilder(KepuApplication.class)
                    .web(org.springframework.boot.WebApplicationType.NONE).profiles("generate")
                    .run(java.util.Arrays.copyOfRange(args, 1, args.length)).close();
            return;
        }
        SpringApplication.run(KepuApplication.class, args);
    }
}
