package cn.kepu.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files in table {@code attachment_content}, one row per attachment: the store of the embedded set-up and of a
 * few instances on one PostgreSQL. Its keys are "attachment/ID", the row's attachment id.
 */
class DatabaseFileStore implements FileStore {

    static final String NAME = "database";
    private static final String PREFIX = "attachment/";

    private final JdbcTemplate jdbc;

    DatabaseFileStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Streams the bytes into the row: a 50 MB video is never a 50 MB array. */
    @Override
    public void put(String key, InputStream content, long length, String contentType) {
        long id = id(key);
        jdbc.update("delete from attachment_content where attachment_id = ?", id);
        jdbc.update("insert into attachment_content (attachment_id, content) values (?, ?)", ps -> {
            ps.setLong(1, id);
            ps.setBinaryStream(2, content, length);
        });
    }

    @Override
    public InputStream open(String key) {
        List<byte[]> found = jdbc.query("select content from attachment_content where attachment_id = ?",
                (rs, i) -> rs.getBytes(1), id(key));
        if (found.isEmpty()) {
            throw new MissingFile(key);
        }
        return new ByteArrayInputStream(found.get(0));
    }

    @Override
    public void delete(String key) {
        jdbc.update("delete from attachment_content where attachment_id = ?", id(key));
    }

    private static long id(String key) {
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("The database keeps attachments only, not " + key);
        }
        return Long.parseLong(key.substring(PREFIX.length()));
    }
}
