package cn.kepu;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@Modulithic(systemName = "Kepu 科普工作管理平台", sharedModules = "support")
public class KepuApplication {

    public static void main(String[] args) {
        SpringApplication.run(KepuApplication.class, args);
    }
}
