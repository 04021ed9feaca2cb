package cn.kepu.plan;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kepu.jar recount}: after a data repair (activities fixed or deleted in the database, a quota
 * link restored from a backup), every derived source's actuals are replaced by a recount from scratch. Prints what
 * it found; safe to run at any time and on any instance — it is one transaction.
 */
@Component
@Profile("recount")
class RecountCommand implements ApplicationRunner {

    private final QuotaCounting counting;

    RecountCommand(QuotaCounting counting) {
        this.counting = counting;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (QuotaCounting.Recounted r : counting.recountAll()) {
            System.out.printf("重新计数 %s：%d 条计数，修正 %d 条%n", r.source(), r.contributions(), r.mended());
        }
    }
}
