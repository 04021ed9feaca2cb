package cn.kepu.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.kepu.support.KepuTest;
import cn.kepu.support.TestImages;

/**
 * Attachments as an instance with {@code kepu.files.store=s3} keeps them, against a real S3-compatible server: the
 * application's own repositories and database store (the shared context, which keeps the database store current),
 * with the S3 store made current for these tests.
 */
@KepuTest
class AttachmentsInObjectStoreTests {

    @RegisterExtension
    static final S3ProxyServer server = new S3ProxyServer();

    @Autowired
    StoredAttachments stored;
    @Autowired
    DatabaseFileStore database;
    @Autowired
    Attachments inDatabase;
    @Autowired
    Clock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private S3FileStore s3;
    private Attachments inBucket;
    private TransactionTemplate tx;
    private final Owner report = Owner.progressReport(900_101);
    private final Owner earlier = Owner.progressReport(900_102);

    @BeforeEach
    void storeInTheBucket() {
        s3 = server.store();
        inBucket = new Attachments(stored, new FileStores(List.of(database, s3), S3FileStore.NAME), clock, 60_000_000L);
        tx = new TransactionTemplate(transactions);
    }

    @AfterEach
    void removeWhatWasStored() {
        tx.executeWithoutResult(s -> {
            inBucket.removeAll(report);
            inBucket.removeAll(earlier);
        });
        s3.close();
    }

    @Test
    @DisplayName("上传的文件存入对象存储：数据库只留描述，读取按描述所记的存储；旧文件仍从数据库读出")
    void uploadsGoToTheBucket() throws IOException {
        byte[] png = TestImages.png(20, 20);
        byte[] pdf = "%PDF-1.4 总结".getBytes();
        List<Attachment> files = tx.execute(s -> inBucket.attach(report, AttachmentTests.EVIDENCE,
                List.of(new Upload("现场.png", png), new Upload("总结.pdf", pdf))));
        long pdfId = files.get(1).id();

        assertThat(storedIn(pdfId)).isEqualTo("s3");
        assertThat(jdbc.queryForObject("select count(*) from attachment_content where attachment_id in (?, ?)",
                Long.class, files.get(0).id(), pdfId)).isZero();
        try (InputStream in = s3.open(FileStores.key(pdfId))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }
        assertThat(inBucket.file(report, files.get(0).id()).bytes()).isEqualTo(png);
        assertThat(inBucket.file(report, pdfId).contentType()).isEqualTo("application/pdf");

        long old = tx.execute(s -> inDatabase.attach(earlier, AttachmentTests.EVIDENCE,
                List.of(new Upload("旧.pdf", "%PDF-1.4 旧".getBytes())))).get(0).id();
        assertThat(storedIn(old)).isEqualTo("database");
        assertThat(inBucket.file(earlier, old).bytes()).isEqualTo("%PDF-1.4 旧".getBytes());
    }

    @Test
    @DisplayName("删除在事务提交后才删对象：回滚的删除不丢文件")
    void objectsAreDeletedOnlyAfterTheCommit() {
        long pdf = tx.execute(s -> inBucket.attach(report, AttachmentTests.EVIDENCE,
                List.of(new Upload("总结.pdf", "%PDF-1.4 总结".getBytes())))).get(0).id();

        tx.executeWithoutResult(s -> {
            inBucket.remove(report, pdf);
            s.setRollbackOnly();
        });
        assertThat(inBucket.file(report, pdf).bytes()).isEqualTo("%PDF-1.4 总结".getBytes());

        tx.executeWithoutResult(s -> inBucket.remove(report, pdf));
        assertThatThrownBy(() -> s3.open(FileStores.key(pdf))).isInstanceOf(FileStore.MissingFile.class);
    }

    private String storedIn(long id) {
        return jdbc.queryForObject("select stored_in from attachment where id = ?", String.class, id);
    }
}
