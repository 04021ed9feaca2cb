package cn.kepu.attachment;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The store new files go to ({@code kepu.files.store}, database unless set) and the store each existing file is in:
 * the database one is always there, for files not yet moved out of it.
 */
class FileStores {

    private final List<FileStore> stores;
    private final FileStore current;

    FileStores(List<FileStore> stores, String current) {
        this.stores = stores;
        this.current = find(current).orElseThrow(() -> new IllegalStateException(
                "kepu.files.store=" + current + ": expected database or s3 (with kepu.files.s3.*)"));
    }

    /** Where new files are put. */
    FileStore current() {
        return current;
    }

    /** The store named in an attachment's {@code stored_in}. */
    FileStore named(String name) {
        return find(name).orElseThrow(() -> new IllegalStateException(
                "A file is in store " + name + ", which this instance is not configured for (kepu.files.store)"));
    }

    /**
     * Removes a file's bytes. Those in the database go with the transaction; an object store cannot take part in it,
     * so its object is deleted only once the attachment's row is gone for good — a rolled-back removal keeps a file
     * that can still be served, and at worst an object outlives its row.
     */
    void discard(String name, String key) {
        FileStore store = named(name);
        if (store instanceof DatabaseFileStore || !TransactionSynchronizationManager.isSynchronizationActive()) {
            store.delete(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                store.delete(key);
            }
        });
    }

    static String key(long attachmentId) {
        return "attachment/" + attachmentId;
    }

    private java.util.Optional<FileStore> find(String name) {
        return stores.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    @Configuration(proxyBeanMethods = false)
    static class Settings {

        @Bean
        DatabaseFileStore databaseFileStore(JdbcTemplate jdbc) {
            return new DatabaseFileStore(jdbc);
        }

        @Bean(destroyMethod = "close")
        @ConditionalOnProperty(name = "kepu.files.store", havingValue = S3FileStore.NAME)
        S3FileStore s3FileStore(@Value("${kepu.files.s3.endpoint:}") String endpoint,
                @Value("${kepu.files.s3.region:us-east-1}") String region,
                @Value("${kepu.files.s3.bucket}") String bucket,
                @Value("${kepu.files.s3.access-key}") String accessKey,
                @Value("${kepu.files.s3.secret-key}") String secretKey,
                @Value("${kepu.files.s3.path-style:false}") boolean pathStyle) {
            return S3FileStore.connect(endpoint, region, bucket, accessKey, secretKey, pathStyle);
        }

        @Bean
        FileStores fileStores(List<FileStore> stores,
                @Value("${kepu.files.store:" + DatabaseFileStore.NAME + "}") String current) {
            return new FileStores(stores, current);
        }
    }
}
