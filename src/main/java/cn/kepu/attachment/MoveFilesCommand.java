package cn.kepu.attachment;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar kepu.jar move-files}, with {@code kepu.files.store=s3} and its settings: moves every file still
 * in the database into the object store. Instances may keep serving meanwhile — each file is readable from one
 * store or the other throughout — and it may be run again after an interruption.
 */
@Component
@Profile("move-files")
class MoveFilesCommand implements ApplicationRunner {

    private final FileMover mover;

    MoveFilesCommand(FileMover mover) {
        this.mover = mover;
    }

    @Override
    public void run(ApplicationArguments args) {
        FileMover.Moved moved = mover.moveAll();
        System.out.printf("已将 %d 个文件（%.1f MB）从数据库移至 %s%n", moved.files(), moved.bytes() / 1048576.0,
                moved.store());
    }
}
