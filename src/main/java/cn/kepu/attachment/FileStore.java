package cn.kepu.attachment;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Where attachments' bytes are kept, by key ("attachment/12"): the database (one instance or several on one
 * PostgreSQL, backed up with it) or an S3-compatible object store (files too many or too large for the database).
 * Chosen by {@code kepu.files.store}; each attachment records which one holds it, so files stay readable while
 * {@code move-files} moves them.
 */
interface FileStore {

    /** The value of {@code kepu.files.store} and of {@code attachment.stored_in} for this store. */
    String name();

    /** Keeps {@code length} bytes read from {@code content} under the key, replacing what was there. */
    void put(String key, InputStream content, long length, String contentType);

    default void put(String key, byte[] bytes, String contentType) {
        put(key, new ByteArrayInputStream(bytes), bytes.length, contentType);
    }

    /**
     * The bytes under the key from byte {@code from} on (a video player asks for the part it plays next), to be
     * closed by the caller; {@link MissingFile} if there are none.
     */
    InputStream open(String key, long from);

    default InputStream open(String key) {
        return open(key, 0);
    }

    /** Removes the key's bytes; nothing happens if there are none. */
    void delete(String key);

    /** Nothing is stored under the key: shown to people as any file that is not there, with the key for the log. */
    final class MissingFile extends cn.kepu.support.NotFoundException {

        private final String key;

        MissingFile(String key) {
            super("文件");
            this.key = key;
        }

        String key() {
            return key;
        }
    }
}
