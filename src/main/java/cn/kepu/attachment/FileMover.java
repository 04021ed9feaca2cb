package cn.kepu.attachment;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the files still in the database into the configured object store, one file per transaction: the object is
 * written, the attachment then names the store and its database copy goes, so a file is always readable from where
 * its row says, and a run stopped half-way is finished by running it again.
 */
@Component
class FileMover {

    private static final int BATCH = 100;

    private final JdbcTemplate jdbc;
    private final FileStores stores;
    private final TransactionTemplate transaction;

    FileMover(JdbcTemplate jdbc, FileStores stores, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.stores = stores;
        this.transaction = new TransactionTemplate(transactions);
    }

    record Moved(String store, int files, long bytes) {
    }

    Moved moveAll() {
        FileStore target = stores.current();
        if (target.name().equals(DatabaseFileStore.NAME)) {
            throw new IllegalStateException("kepu.files.store=database: set kepu.files.store=s3 and kepu.files.s3.* "
                    + "to move the files into an object store");
        }
        FileStore database = stores.named(DatabaseFileStore.NAME);
        int files = 0;
        long bytes = 0;
        long after = 0;
        for (List<Long> ids = next(after); !ids.isEmpty(); ids = next(after)) {
            for (long id : ids) {
                Long moved = transaction.execute(s -> move(id, database, target));
                if (moved != null) {
                    files++;
                    bytes += moved;
                }
                after = id;
            }
        }
        return new Moved(target.name(), files, bytes);
    }

    private List<Long> next(long after) {
        return jdbc.queryForList("select id from attachment where stored_in = ? and id > ? order by id limit " + BATCH,
                Long.class, DatabaseFileStore.NAME, after);
    }

    /** The bytes moved, or null if the attachment went meanwhile. */
    private Long move(long id, FileStore database, FileStore target) {
        List<String> type = jdbc.queryForList("select content_type from attachment where id = ? and stored_in = ?"
                + " for update", String.class, id, DatabaseFileStore.NAME);
        if (type.isEmpty()) {
            return null;
        }
        String key = FileStores.key(id);
        byte[] bytes;
        try (var in = database.open(key)) {
            bytes = in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        target.put(key, bytes, type.get(0));
        jdbc.update("update attachment set stored_in = ? where id = ?", target.name(), id);
        database.delete(key);
        return (long) bytes.length;
    }
}
