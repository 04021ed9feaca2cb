package cn.kepu.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Files in table {@code attachment_content}, one row per attachment: the store of the embedded set-up and of a
 * few instances on one PostgreSQL. Its keys are "attachment/ID", the row's attachment id.
 */
class DatabaseFileStore implements FileStore {

    static final String NAME = "database";
    private static final String PREFIX = "attachment/";
    private static final int CHUNK = 1024 * 1024;

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

    /**
     * Reads the row a megabyte at a time: the drivers hold a whole {@code bytea} value in memory, so a 50 MB video read
     * in one piece would be 50 MB of heap for each person watching it.
     */
    @Override
    public InputStream open(String key, long from) {
        long id = id(key);
        byte[] first = chunk(id, from).orElseThrow(() -> new MissingFile(key));
        return new InputStream() {
            private byte[] current = first;
            private int next;
            private long position = from;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                if (next == current.length) {
                    if (current.length < CHUNK) {
                        return -1;
                    }
                    current = chunk(id, position).orElse(new byte[0]);
                    next = 0;
                    if (current.length == 0) {
                        return -1;
                    }
                }
                int n = Math.min(length, current.length - next);
                System.arraycopy(current, next, into, offset, n);
                next += n;
                position += n;
                return n;
            }
        };
    }

    /**
     * Up to a megabyte from byte {@code from} on; empty if there is no such file. PostgreSQL's substring takes integers
     * and the driver sends a long as bigint, hence the casts (a bytea holds at most 1 GB, so the position fits).
     */
    private Optional<byte[]> chunk(long id, long from) {
        List<byte[]> found = jdbc.query(
                "select substring(content from cast(? as integer) for cast(? as integer)) from attachment_content where attachment_id = ?",
                (rs, i) -> rs.getBytes(1), Math.toIntExact(from + 1), CHUNK, id);
        return found.stream().findFirst();
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
