package cn.kepu;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.modulith.Modulithic;

import cn.kepu.intake.IntakeCommand;

@SpringBootApplication
@EnableScheduling // the daily reminders (plan.Reminders) and any later module's jobs; without it none of them ever ran
@Modulithic(systemName = "Kepu 科普工作管理平台", sharedModules = "support")
public class KepuApplication {

    /**
     * Starts the web application, or runs one command and exits, without a web server:
     * {@code generate [--organizations=N --tasks=N --assignments=N]} fills the configured database with benchmark
     * data; {@code recount} replaces every derived quota actual with a recount from scratch (after a data repair);
     * {@code move-files} moves the files kept in the database into the object store ({@code kepu.files.store=s3});
     * {@code intake FILE} prints the parsed plan of a document as JSON, without starting anything.
     */
    public static void main(String[] args) {
        String command = args.length > 0 ? args[0] : "";
        String[] rest = args.length > 0 ? Arrays.copyOfRange(args, 1, args.length) : args;
        switch (command) {
            case "intake" -> System.exit(IntakeCommand.run(rest));
            case "generate", "recount", "move-files" -> new SpringApplicationBuilder(KepuApplication.class)
                    .web(WebApplicationType.NONE).profiles(command).run(rest).close();
            default -> SpringApplication.run(KepuApplication.class, args);
        }
    }
}
